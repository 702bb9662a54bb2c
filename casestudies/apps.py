from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
    verbose_name = "Case studies"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.drafts import register_draft_place
        from cen_portal.home import register_home_section
        from cen_portal.kinds import register_kind
        from cen_portal.services import MEMBERS, register_service
        from cen_portal.uploads import register_upload_collection

        from . import signals  # noqa: F401
        from .models import CaseStudyIndexPage, CaseStudyPage, latest_case_studies
        from .sharing import PENDING_COLLECTION, used_by_pages

        register_kind("case-study", _("Case study"), 10)
        register_home_section("latest_case_studies", latest_case_studies)
        register_service(
            "casestudies:share",
            _("Share your practice"),
            _("Send a case study from your EMB: the Secretariat reviews it before it is published."),
            MEMBERS,
            40,
        )
        register_draft_place(
            "case-study", CaseStudyIndexPage, CaseStudyPage, attach_document=CaseStudyPage.draft_fields_from_document
        )
        register_upload_collection(PENDING_COLLECTION, used_by_pages)
