"""Reading packs: the page of a pack (what it holds, then "Prepare the PDF", "preparing", or
the download), the reader's selection, and the download, which checks its reader again."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from wagtail.models import Page

from cen_portal.filters import parse_id
from cen_portal.privacy import readable_pages

from . import selection
from .models import PackBuild
from .sources import is_packable, may_open, page_pack, search_pack, selection_pack
from .tasks import build_pack, email_pack


def readable_page(request, pk):
    """A live page this request may open, or 404 (never saying whether a private one exists)."""
    page = readable_pages(Page.objects.live().filter(pk=pk), request).first()
    if page is None:
        raise Http404
    return page.specific


@never_cache
def from_page(request, pk):
    page = readable_page(request, pk)
    if not hasattr(page, "pack_pages"):
        raise Http404
    return pack_view(request, page_pack(page, request, get_language()))


@never_cache
def from_search(request):
    return pack_view(request, search_pack(request.GET, request, get_language()))


@never_cache
def from_selection(request):
    return pack_view(request, selection_pack(selection.page_ids(request), request, get_language()), chosen=True)


def pack_view(request, pack, chosen=False):
    """GET shows the pack; POST "prepare" queues it, POST "email" also sends it to the member."""
    build = PackBuild.objects.filter(key=pack.key).first()
    if request.method == "POST" and pack.pages:
        if build is None or build.status == PackBuild.Status.FAILED:
            build = start_build(pack, build)
        if request.POST.get("action") == "email" and request.user.is_authenticated:
            email_when_ready(build, request)
        return redirect(request.get_full_path())
    return render(request, "readingpacks/pack_page.html", {"pack": pack, "build": build, "chosen": chosen})


def start_build(pack, failed=None):
    if failed is not None:
        failed.delete()
    build = PackBuild.objects.create(
        key=pack.key,
        title=pack.title,
        made_from=pack.made_from,
        source_url=pack.url,
        language=pack.language,
        page_ids=[page.pk for page in pack.pages],
    )
    build_pack.enqueue(build.pk)
    build.refresh_from_db()  # the immediate backend has made it already
    return build


def email_when_ready(build, request):
    if build.status == PackBuild.Status.READY:
        email_pack.enqueue(build.pk, request.user.pk)
    else:
        build.email_to.add(request.user)
    messages.success(request, _("The pack will be emailed to %(email)s.") % {"email": request.user.email})


@never_cache
def download(request, key, filename):
    """The PDF, for a reader who may open every item in it; otherwise 404, so a shared link to
    a pack of private items shows nothing to someone outside their audience."""
    build = get_object_or_404(PackBuild, key=key, status=PackBuild.Status.READY)
    if not may_open(build, request):
        raise Http404
    PackBuild.objects.filter(pk=build.pk).update(used_at=timezone.now())
    response = FileResponse(
        build.file.open("rb"), as_attachment=True, content_type="application/pdf", filename=build.filename
    )
    response["Cache-Control"] = "private, no-store"
    return response


# The selection -----------------------------------------------------------------------------


def back(request, fallback):
    next_url = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return redirect(next_url)
    return redirect(fallback)


def add(request):
    """GET asks (item pages link here, so they carry no form and stay in the public cache);
    POST adds, from this page or a list of results."""
    page_id = parse_id(request.POST.get("page") if request.method == "POST" else request.GET.get("page"))
    page = readable_page(request, page_id) if page_id else None
    if page is None or not is_packable(page):
        raise Http404
    if request.method != "POST":
        return render(request, "readingpacks/add.html", {"page": page, "next": request.GET.get("next", "")})
    if selection.add(request, page):
        messages.success(request, _("“%(title)s” is in your reading pack.") % {"title": page.title})
    else:
        messages.error(request, _("A reading pack holds at most 50 items: remove one to add another."))
    return back(request, reverse("readingpacks:selection"))


@require_POST
def remove(request):
    page = request.POST.get("page", "")
    if page == "all":
        selection.clear(request)
    elif page_id := parse_id(page):
        selection.remove(request, page_id)
    return back(request, reverse("readingpacks:selection"))
