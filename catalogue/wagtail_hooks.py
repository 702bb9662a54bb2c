from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .views import PERMISSION


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(PERMISSION)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("catalogue/", include(urls, namespace="catalogue"))]


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(_("Import documents"), reverse("catalogue:batches"), icon_name="doc-full-inverse", order=915)
