"""The taxonomy in the Wagtail admin (one menu group, each list filterable and searchable), the
dashboard's reviews panel, and what each person sees of pages and files (admin_scope.py)."""

from django.utils.translation import gettext_lazy as _
from laces.components import Component
from wagtail import hooks
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import admin_scope, privacy, public_cache
from .reviews import overdue_items
from .taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region


class KeyPrincipleViewSet(SnippetViewSet):
    model = KeyPrinciple
    icon = "pick"
    list_display = ["name", "summary", "sort_order"]
    search_fields = ["name", "summary"]
    search_backend_name = None
    ordering = ["sort_order"]


class PracticeAreaViewSet(SnippetViewSet):
    model = PracticeArea
    icon = "list-ol"
    list_display = ["number", "title", "summary"]
    list_filter = ["principles"]
    search_fields = ["number", "title", "summary"]
    search_backend_name = None
    ordering = ["sort_order", "number"]


class RegionViewSet(SnippetViewSet):
    model = Region
    icon = "globe"
    list_display = ["name", "slug"]
    search_fields = ["name"]
    search_backend_name = None


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "site"
    list_display = ["name", "iso_code", "region"]
    list_filter = ["region"]
    search_fields = ["name", "iso_code"]
    search_backend_name = None
    list_per_page = 60


class ElectionManagementBodyViewSet(SnippetViewSet):
    model = ElectionManagementBody
    icon = "group"
    menu_label = "EMBs"
    list_display = ["name", "abbreviation", "country"]
    list_filter = ["country__region", "country"]
    search_fields = ["name", "abbreviation", "country__name"]
    search_backend_name = None


class TaxonomyViewSetGroup(SnippetViewSetGroup):
    menu_label = "Taxonomy"
    menu_icon = "tag"
    menu_order = 300
    items = (KeyPrincipleViewSet, PracticeAreaViewSet, RegionViewSet, CountryViewSet, ElectionManagementBodyViewSet)


register_snippet(TaxonomyViewSetGroup)


class ReviewsDuePanel(Component):
    """The admin dashboard's list of items due for a lessons-learned review."""

    name = "reviews_due"
    order = 50
    template_name = "cen_portal/panels/reviews_due.html"

    def get_context_data(self, parent_context):
        return {"items": overdue_items()[:20]}


@hooks.register("construct_homepage_panels")
def add_reviews_due_panel(request, panels):
    if request.user.is_secretariat:
        panels.append(ReviewsDuePanel())


@hooks.register("register_log_actions")
def register_sharing_actions(actions):
    actions.register_action("casestudies.shared", _("Share practice"), _("Practice shared by a member"))


@hooks.register("before_serve_document")
def documents_follow_page_privacy(document, request):
    """A document is for the readers of the live pages that use it (see cen_portal/privacy.py)."""
    if not privacy.may_read(document, request):
        return privacy.refuse(request)
    return None


@hooks.register("before_serve_page")
def public_pages_may_be_cached(page, request, serve_args, serve_kwargs):
    """Wagtail's own privacy check runs in this hook too; a page without restrictions may be
    kept for readers who are not signed in (public_cache.py)."""
    public_cache.mark_public(page, request)


# What each person sees in the admin (admin_scope.py); views without a hook are guarded by
# middleware.AdminScopeMiddleware.


@hooks.register("construct_page_chooser_queryset")
def page_chooser_shows_visible_pages(pages, request):
    """The page chooser (browse and search, for links, moves and copies) lists only pages in sight."""
    return admin_scope.keep_visible_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def explorer_shows_visible_pages(parent_page, pages, request):
    return admin_scope.keep_visible_pages(pages, request.user)


class VisibleDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    def get_queryset(self):
        return admin_scope.keep_visible_files(super().get_queryset(), self.request.user)


class VisibleImagesAPIViewSet(ImagesAdminAPIViewSet):
    def get_queryset(self):
        return admin_scope.keep_visible_files(super().get_queryset(), self.request.user)


@hooks.register("construct_admin_api", order=100)
def admin_api_shows_visible_files(router):
    """Wagtail's admin API lists every document and image outside private collections; ours only
    those in sight. (Registered after Wagtail's own endpoints, which these replace.)"""
    router.register_endpoint("documents", VisibleDocumentsAPIViewSet)
    router.register_endpoint("images", VisibleImagesAPIViewSet)
