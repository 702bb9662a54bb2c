from django.apps import AppConfig


class CenPortalConfig(AppConfig):
    name = "cen_portal"
    verbose_name = "Portal and taxonomy"

    def ready(self):
        # Signal receivers: the worker heartbeat (health) and translations' view restrictions (privacy).
        from . import health, privacy  # noqa: F401
