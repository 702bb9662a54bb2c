from django.apps import AppConfig


class CenPortalConfig(AppConfig):
    name = "cen_portal"
    verbose_name = "Portal and taxonomy"

    def ready(self):
        # Signal receivers: translations' view restrictions (privacy) and what the public site
        # shows, cached until it changes (public_cache).
        from . import privacy, public_cache  # noqa: F401
