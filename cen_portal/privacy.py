"""Who may open a page, a document or an image file.

Pages follow Wagtail's view restrictions (a working group's restricted pages are also open to
the Secretariat: members/roles.py keeps the Secretariat in every group restriction).

Documents and images follow the privacy of the pages that use them. A file is served to a reader who may open at least one live page that uses it, or who may edit
the collection it is in (its working group's editors, the Secretariat). Wagtail's reference index
says which pages use a file; it is built from each page's saved content, which for a live page is
its published version (drafts live in revisions). So the files of drafts, pending submissions and
restricted pages stay private until those pages are published, and unpublishing or restricting a
page makes its files private again at once: nothing is copied or moved.

Files used only in the guidance text of a key principle or practice area are public: that text is
shown on the public browse pages.

A page's translations share its view restrictions, whichever comes first:
- a restriction set on a page, or changed, is copied to each of its translations
  (`restrict_every_translation` below);
- a translation made of a page already under restrictions, its own or its ancestors', gets each
  of them its own ancestors do not already impose (`restrict_new_translation`). Wagtail copies
  a page's own restrictions only when the new parent has none: a French section open to every
  member would otherwise make a group's report in it readable by all of them.
Lifting a restriction is left to the editors, language by language, so a mistake can only keep
a page private.

Documents are served by Wagtail's document view (`/documents/<id>/<name>`), which runs the
`before_serve_document` hook in `wagtail_hooks.py`; image files are served only as renditions,
through `serve_rendition` below. Originals are never served from MEDIA_ROOT.
"""

from contextvars import ContextVar

from django.contrib.auth.views import redirect_to_login
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver
from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.views.decorators.http import require_GET
from wagtail.documents import get_document_model
from wagtail.documents.views.serve import serve as wagtail_serve_document
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex
from wagtail.permissions import policy_registry
from wagtail.signals import copy_for_translation_done

from .taxonomy import KeyPrinciple, PracticeArea

PUBLIC_SOURCES = (KeyPrinciple, PracticeArea)
EDIT_ACTIONS = ["change", "choose"]


@receiver(post_save, sender=PageViewRestriction)
def restrict_every_translation(sender, instance, created=False, raw=False, **kwargs):
    # A group restriction is saved before its groups are given: copying it then would take
    # the groups away from its twins (and Wagtail, copying a restriction to a new translation,
    # reads the source's groups only afterwards). Its groups arrive through m2m_changed below.
    if not raw and not (created and instance.restriction_type == PageViewRestriction.GROUPS):
        copy_restriction_to_translations(instance)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restrict_every_translation_to_the_same_groups(sender, instance, action, reverse=False, **kwargs):
    if action in ("post_add", "post_remove", "post_clear") and not reverse:
        copy_restriction_to_translations(instance)


# Set while copying, so the copies' own signals do not copy back half-made restrictions.
copying_restriction = ContextVar("copying_restriction", default=False)


def copy_restriction_to_translations(restriction):
    if copying_restriction.get():
        return
    token = copying_restriction.set(True)
    try:
        copy_to_each_translation(restriction)
    finally:
        copying_restriction.reset(token)


@receiver(copy_for_translation_done)
def restrict_new_translation(sender, source_obj, target_obj, **kwargs):
    if not isinstance(source_obj, Page):  # the taxonomy's snippets are translated too
        return
    token = copying_restriction.set(True)  # the new restrictions are not copied back to the source
    try:
        for restriction in source_obj.get_view_restrictions():
            if not any(imposes(existing, restriction) for existing in target_obj.get_view_restrictions()):
                copy = PageViewRestriction.objects.create(
                    page=target_obj, restriction_type=restriction.restriction_type, password=restriction.password
                )
                copy.groups.set(restriction.groups.all())
    finally:
        copying_restriction.reset(token)


def imposes(existing, wanted):
    """Whether the restriction `existing` keeps out everyone `wanted` keeps out."""
    if wanted.restriction_type == PageViewRestriction.LOGIN:
        return existing.restriction_type in (PageViewRestriction.LOGIN, PageViewRestriction.GROUPS)
    if wanted.restriction_type == PageViewRestriction.PASSWORD:
        return existing.restriction_type == wanted.restriction_type and existing.password == wanted.password
    return existing.restriction_type == wanted.restriction_type and set(existing.groups.all()) <= set(
        wanted.groups.all()
    )


def copy_to_each_translation(restriction):
    groups = set(restriction.groups.all())
    for translation in restriction.page.get_translations():
        twin = translation.view_restrictions.filter(restriction_type=restriction.restriction_type).first()
        if twin is None:
            twin = PageViewRestriction.objects.create(
                page=translation, restriction_type=restriction.restriction_type, password=restriction.password
            )
        elif twin.password != restriction.password:
            twin.password = restriction.password
            twin.save(update_fields=["password"])
        if set(twin.groups.all()) != groups:
            twin.groups.set(groups)


def live_pages_using(file):
    """The live pages whose published content uses the document or image."""
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.get_references_to(file).filter(base_content_type=page_type)
    return Page.objects.live().filter(pk__in=[int(pk) for pk in references.values_list("object_id", flat=True)])


def used_by_public_text(file):
    types = [ContentType.objects.get_for_model(model) for model in PUBLIC_SOURCES]
    return ReferenceIndex.get_references_to(file).filter(base_content_type__in=types).exists()


def may_view_page(page, request):
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def readable_pages(pages, request):
    """The `pages` this request may open: those under no view restriction it fails, checked as
    Wagtail checks a page view (`accept_request`), so a list never names a page its reader
    could not open. The restrictions are few; each is asked once."""
    refused = Q()
    for restriction in PageViewRestriction.objects.select_related("page"):
        if not restriction.accept_request(request):
            refused |= Q(path__startswith=restriction.page.path)
    return pages.exclude(refused) if refused else pages


class Reader:
    """What a view restriction asks of a request, for a reader known without one (a calendar
    feed fetched by a program): who they are, and no page passwords entered."""

    def __init__(self, user):
        self.user = user
        self.session = {}


def readable_pages_for(pages, user):
    """The `pages` this user may open, as `readable_pages` decides for their requests."""
    return readable_pages(pages, Reader(user))


def may_edit_collection(user, file):
    policy = policy_registry.get_by_type(type(file))
    return user.is_authenticated and policy.user_has_any_permission_for_instance(user, EDIT_ACTIONS, file)


def may_read(file, request):
    """Whether this request may open the file (see the module's docstring)."""
    if may_edit_collection(request.user, file) or used_by_public_text(file):
        return True
    return any(may_view_page(page, request) for page in live_pages_using(file))


def is_public(file):
    """Whether anyone at all may open the file, so shared caches may keep it."""
    return used_by_public_text(file) or live_pages_using(file).public().exists()


def refuse(request):
    """Anonymous readers are asked to sign in (a member may be allowed); others are told nothing."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    raise Http404("No such file.")


def mark_cacheability(response, file):
    if is_public(file):
        patch_cache_control(response, public=True, max_age=3600)
    else:
        patch_cache_control(response, private=True, no_cache=True)
    return response


def serve_document(request, document_id, document_filename):
    """Wagtail's document view (whose `before_serve_document` hooks decide who may read),
    telling caches whether the file is for everyone or for this reader only."""
    response = wagtail_serve_document(request, document_id, document_filename)
    if response.status_code == 200:
        mark_cacheability(response, get_document_model().objects.get(pk=document_id))
    return response


@require_GET
def serve_rendition(request, name):
    """An image rendition (`/media/images/<name>`), to readers who may see the image."""
    Rendition = get_image_model().get_rendition_model()
    rendition = Rendition.objects.filter(file=f"images/{name}").select_related("image").first()
    if rendition is None:
        raise Http404("No such image.")
    if not may_read(rendition.image, request):
        return refuse(request)
    try:
        handle = rendition.file.open("rb")
    except FileNotFoundError as error:
        raise Http404("No such image.") from error
    response = FileResponse(handle)
    response["X-Content-Type-Options"] = "nosniff"
    return mark_cacheability(response, rendition.image)
