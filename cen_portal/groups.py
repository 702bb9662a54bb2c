"""The names of the groups the kernel's rules name: the Secretariat reads every private place."""

SECRETARIAT_GROUP = "Secretariat"


def grant_to_secretariat(app_config, using, codenames=None):
    """From an app's post_migrate handler: give the Secretariat the app's model permissions (or
    those named). Django makes an app's permissions in a post_migrate handler of its own, which
    runs after ours (django.contrib.auth comes later in INSTALLED_APPS), so on a new database
    they would not exist yet: they are made first."""
    # Imported here: this module is read before the apps are ready.
    from django.contrib.auth.management import create_permissions
    from django.contrib.auth.models import Group, Permission

    create_permissions(app_config, verbosity=0, using=using)
    group, _created = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
    permissions = Permission.objects.filter(content_type__app_label=app_config.label)
    if codenames is not None:
        permissions = permissions.filter(codename__in=codenames)
    group.permissions.add(*permissions)
