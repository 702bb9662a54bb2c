from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstrumentsConfig(AppConfig):
    name = "instruments"
    verbose_name = "International instruments"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.home import register_home_section
        from cen_portal.kinds import register_kind

        from .models import instruments_by_year

        register_kind("instrument", _("International instrument"), 40)
        register_kind("provision", _("Provision of an instrument"), 50)
        register_home_section("instruments", instruments_by_year)
