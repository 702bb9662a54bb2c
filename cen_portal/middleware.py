from django.apps import apps
from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from . import admin_scope
from .filters import parse_id, parse_ids


class RequestSizeLimitMiddleware:
    """Refuse a request body larger than MAX_REQUEST_SIZE before anything reads it, with a page
    that says why (Django's own limits leave file uploads unbounded)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_SIZE:
            return render(request, "413.html", {"limit": settings.MAX_REQUEST_SIZE}, status=413)
        return self.get_response(request)


ADMIN_PREFIX = "/admin/"
# URL arguments that name a page, wherever they occur in the admin's URLs.
PAGE_ID_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk")
# Form fields that name a page: a copy's destination, a bulk move's.
COPY_DESTINATION_FIELD = "new_parent_page"
BULK_MOVE_DESTINATION_FIELD = "chooser"


class AdminScopeMiddleware:
    """The admin views that have no hook to narrow what they show still name pages, documents
    and images by id: the page chooser's parent page and its choices, revisions compared, move
    and copy destinations, bulk actions. An id the person may not see (`admin_scope.py`) is
    refused (403) before the view runs, so its title is never shown."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        if not request.path.startswith(ADMIN_PREFIX) or user is None or not user.is_authenticated:
            return None
        if names_only_visible(request, user):
            return None
        raise PermissionDenied


def names_only_visible(request, user):
    """Whether every page, document and image the request names by id is in the user's sight."""
    match = request.resolver_match
    page_ids = named_page_ids(request, match)
    if match.view_name == "wagtail_bulk_action":
        model = bulk_action_model(match.kwargs)
        ids = request.GET.getlist("id")
        if model is not None and issubclass(model, Page):
            page_ids += posted(request, BULK_MOVE_DESTINATION_FIELD)
            if "all" in ids:
                return whole_listing_visible(user, request) and ids_visible(user, Page, page_ids)
            page_ids += ids
        elif model in (get_document_model(), get_image_model()) and "all" not in ids:
            # ("all" documents or images are those the user may change: Wagtail's own listing.)
            return ids_visible(user, model, ids) and ids_visible(user, Page, page_ids)
    return ids_visible(user, Page, page_ids)


def ids_visible(user, model, values):
    ids = parse_ids(values)
    if len(ids) != len(values):
        return False
    if model is Page:
        return admin_scope.all_pages_visible(user, ids)
    return admin_scope.all_files_visible(user, model, ids)


def named_page_ids(request, match):
    ids = [str(match.kwargs[name]) for name in PAGE_ID_ARGUMENTS if name in match.kwargs]
    if match.view_name == "wagtailadmin_pages:revisions_compare":
        ids.append(match.kwargs["pk"])
    if match.view_name == "wagtailadmin_choose_page_chosen_multiple":
        ids += request.GET.getlist("id")
    if match.view_name == "wagtailadmin_pages:copy":
        ids += posted(request, COPY_DESTINATION_FIELD)
    return ids


def posted(request, field):
    return [request.POST[field]] if request.method == "POST" and request.POST.get(field) else []


def bulk_action_model(kwargs):
    try:
        return apps.get_model(kwargs["app_label"], kwargs["model_name"])
    except (KeyError, LookupError):
        return None


def whole_listing_visible(user, request):
    """A bulk action on "everything in this listing" takes the children of the listed page (its
    descendants when searching, the whole tree without one): all of them must be in sight."""
    parent_id = request.GET.get("childOf")
    if parent_id is None:
        pages = Page.objects.all()
    else:
        parent = Page.objects.filter(pk=parse_id(parent_id) or 0).first()
        if parent is None or not admin_scope.all_pages_visible(user, [parent.pk]):
            return False
        pages = parent.get_descendants() if request.GET.get("q") else parent.get_children()
    return not pages.exclude(pk__in=admin_scope.visible_pages(user).values("pk")).exists()
