from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cen_portal.admin import SecretariatMenuItem

from . import views


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("search-insights/", views.report, name="insights_report"),
        path("search-insights/start-guidance/", views.start_guidance, name="insights_start_guidance"),
    ]


@hooks.register("register_admin_menu_item")
def report_menu_item():
    return SecretariatMenuItem(_("What readers search for"), reverse("insights_report"), icon_name="search", order=930)
