from django.apps import AppConfig


class CenPortalConfig(AppConfig):
    name = "cen_portal"
    verbose_name = "Portal and taxonomy"
