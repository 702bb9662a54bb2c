from django.apps import AppConfig


class CenPortalConfig(AppConfig):
    name = "cen_portal"
    verbose_name = "Portal and taxonomy"

    def ready(self):
        from . import health  # noqa: F401  (connects the worker heartbeat to django-tasks' signal)
        from . import privacy  # noqa: F401  (gives a page's translations its view restrictions)
