from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def let_secretariat_choose_group_members(sender, **kwargs):
    """The Secretariat chooses each working group's members and collection. The permission is
    made here if missing: Django may not have made this app's permissions yet after a first migrate."""
    # Imported here, as in every handler beside an AppConfig: apps.py loads before the models.
    from django.contrib.auth.models import Group, Permission
    from django.contrib.contenttypes.models import ContentType

    from cen_portal.groups import SECRETARIAT_GROUP

    from .models import WorkingGroupPage

    permission, _created = Permission.objects.get_or_create(
        codename="manage_working_group_membership",
        content_type=ContentType.objects.get_for_model(WorkingGroupPage),
        defaults={"name": "Can choose a working group's members and collection"},
    )
    group, _created = Group.objects.get_or_create(name=SECRETARIAT_GROUP)
    group.permissions.add(permission)


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = "Working groups"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.drafts import register_draft_place
        from cen_portal.home import register_home_section
        from cen_portal.kinds import register_kind
        from search.sources import register_document_users

        from . import signals  # noqa: F401
        from .models import (
            ReportPage,
            WorkingGroupPage,
            latest_reports,
            reports_using_document,
            working_groups_by_title,
        )

        register_kind("working-group", _("Working group"), 20)
        register_kind("report", _("Working-group report"), 30)
        register_home_section("latest_reports", latest_reports)
        register_home_section("working_groups", working_groups_by_title)
        # A report drafted from a file goes under the working group a person chooses, its file
        # in the group's collection.
        register_draft_place(
            "report",
            WorkingGroupPage,
            ReportPage,
            attach_document=ReportPage.draft_fields_from_document,
            collection_of=lambda group: group.collection,
            parent_label=_("working group"),
            countries_of=WorkingGroupPage.participating_countries,
        )

        # A report's documents are searched with it: a changed file re-indexes its reports.
        register_document_users(reports_using_document)
        post_migrate.connect(let_secretariat_choose_group_members, sender=self)
