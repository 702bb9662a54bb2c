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

        from . import signals  # noqa: F401
