from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "guidance"
    verbose_name = "Guidance"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.drafts import register_draft_place
        from cen_portal.kinds import register_kind

        from .models import GuidanceIndexPage, GuidancePage

        register_kind("guidance", _("Guidance"), 60)
        register_draft_place(
            "guidance", GuidanceIndexPage, GuidancePage, attach_document=GuidancePage.draft_fields_from_document
        )
