from django.apps import AppConfig


class CenPortalConfig(AppConfig):
    name = "cen_portal"
    verbose_name = "Portal and taxonomy"

    def ready(self):
        # Signal receivers: translations' view restrictions (privacy) and the cached menu and
        # footer (site_chrome).
        from . import privacy, site_chrome  # noqa: F401
