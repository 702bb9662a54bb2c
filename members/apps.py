from django.apps import AppConfig
from django.db.models.signals import post_migrate


def set_up_roles(sender, using, **kwargs):
    # Imported here, as in every handler beside an AppConfig: apps.py loads before the models.
    from .roles import ensure_review_workflow, ensure_secretariat_group, secretariat_reads_restricted_pages

    ensure_review_workflow(ensure_secretariat_group(using))
    secretariat_reads_restricted_pages()


class MembersConfig(AppConfig):
    name = "members"
    verbose_name = "Members"

    def ready(self):
        # Imported here: the models load after the app's config.
        from . import signals  # noqa: F401

        post_migrate.connect(set_up_roles, sender=self)
