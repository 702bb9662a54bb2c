from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    name = "workinggroups"
    verbose_name = "Working groups"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.kinds import register_kind

        register_kind("working-group", _("Working group"), 20)
        register_kind("report", _("Working-group report"), 30)

        from search.sources import register_document_users

        from . import signals  # noqa: F401
        from .models import reports_using_document

        # A report's documents are searched with it: a changed file re-indexes its reports.
        register_document_users(reports_using_document)
