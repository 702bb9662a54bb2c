from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IndicatorsConfig(AppConfig):
    name = "indicators"
    verbose_name = "Comparable practice data"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.services import EVERYONE, register_service

        register_service(
            "indicators:compare",
            _("Compare practice"),
            _("Set election management bodies side by side on comparable practice data, and download the table."),
            EVERYONE,
            10,
        )
