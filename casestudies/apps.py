from django.apps import AppConfig


class CaseStudiesConfig(AppConfig):
    name = "casestudies"
    verbose_name = "Case studies"

    def ready(self):
        from . import signals  # noqa: F401
        from .sharing import PENDING_COLLECTION, used_by_pages
        from .uploads import register_upload_collection

        register_upload_collection(PENDING_COLLECTION, used_by_pages)
