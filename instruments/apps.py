from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InstrumentsConfig(AppConfig):
    name = "instruments"
    verbose_name = "International instruments"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.drafts import register_draft_place
        from cen_portal.home import register_home_section
        from cen_portal.kinds import register_kind

        from .models import InstrumentIndexPage, InstrumentPage, instruments_by_year

        register_kind("instrument", _("International instrument"), 40)
        register_kind("provision", _("Provision of an instrument"), 50)
        register_home_section("instruments", instruments_by_year)
        register_draft_place(
            "instrument",
            InstrumentIndexPage,
            InstrumentPage,
            attach_document=InstrumentPage.draft_fields_from_document,
            asks=("adopting_body",),
        )
