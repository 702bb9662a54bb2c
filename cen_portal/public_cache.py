"""What the public site shows, kept in the shared cache: the main menu's sections and the privacy
notice (computed once per language) and whole pages for readers who are not signed in.

Everything is kept under one version, which any change to what the public site may show
replaces: a page saved, published, unpublished, moved or deleted, a view restriction, a
document, an image, a term, a snippet, a site. Every web process sees a new version at once
(the cache is shared between them in production), so nothing cached before a change is served
after it: each entry is stored beside the version it was made at, read with the current version
in one query (`current_entry`), and used only while that is still the current one.

A page is served from the cache only to a request that carries no session and no messages (so
nobody signed in, and nothing said to this reader alone), and stored only when Wagtail served a
live page without view restrictions on it or its ancestors (`mark_public`), answered 200, set
no cookie and used no form token: what is stored is what any other such reader would be given.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import DEFAULT_CACHE_ALIAS, cache, caches
from django.core.cache.backends.db import DatabaseCache
from django.core.exceptions import ObjectDoesNotExist
from django.db import connections, router
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from modelcluster.fields import ParentalKey
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

VERSION_KEY = "public-cache:version"
CHROME_TIMEOUT = 24 * 3600
PUBLIC_PAGE = "_public_page"

# Saves that never change what a reader who is not signed in is shown: people's accounts and
# sessions, members' forums, questions and pending submissions, search and task bookkeeping,
# the admin's drafts, logs and editing sessions, and what rendering a page makes for itself
# (image renditions, embeds). Every other save replaces the version: a stale public page costs
# more than a page rendered again.
UNSEEN_APPS = {
    "account",
    "auth",
    "django_tasks_database",
    "forums",
    "insights",
    "members",
    "mfa",
    "questions",
    "search",
    "sessions",
    "wagtail_localize",
}
UNSEEN_MODELS = {
    "casestudies.practicesubmission",
    "indicators.correction",
    "wagtailadmin.editingsession",
    "wagtailcore.comment",
    "wagtailcore.commentreply",
    "wagtailcore.modellogentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.pagesubscription",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.taskstate",
    "wagtailcore.uploadedfile",
    "wagtailcore.workflowstate",
    "wagtailembeds.embed",
    "wagtailforms.formsubmission",
    "wagtailimages.rendition",
    "wagtailsearch.indexentry",
    "wagtailsearch.sqliteftsindexentry",
    "wagtailusers.userprofile",
}
# A page saved with only these fields changed has a new draft, not new content for readers.
DRAFT_FIELDS = {
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def forget_everything(**kwargs):
    if cache_is_ready():
        cache.set(VERSION_KEY, uuid.uuid4().hex, None)


_cache_table_found = False


def cache_is_ready():
    """Whether the cache can be written. A database cache's table is made by `createcachetable`
    after the first migrations, which save rows before it exists; until then nothing was ever
    stored in it, so there is nothing to forget. Once found, the table is not looked for again."""
    global _cache_table_found
    backend = caches[DEFAULT_CACHE_ALIAS]
    if _cache_table_found or not isinstance(backend, DatabaseCache):
        return True
    _cache_table_found = (
        backend._table in connections[router.db_for_write(backend.cache_model_class)].introspection.table_names()
    )
    return _cache_table_found


def current_entry(key):
    """(the current version, what is stored under `key` if it was made at that version). Both
    come from one read of the cache: in production each read is a query, and a page served
    from the cache is otherwise only a few milliseconds of work."""
    found = cache.get_many([VERSION_KEY, key])
    version = found.get(VERSION_KEY) or current_version()
    made_at, value = found.get(key, (None, None))
    return version, value if made_at == version else None


def cached(name, compute):
    """`compute()` as of the current version of the public site (values must not be None)."""
    key = f"public-cache:{name}"
    version, value = current_entry(key)
    if value is None:
        value = compute()
        cache.set(key, (version, value), CHROME_TIMEOUT)
    return value


@receiver(post_save)
@receiver(post_delete)
def content_changed(sender, instance=None, update_fields=None, **kwargs):
    meta = sender._meta
    if meta.app_label in UNSEEN_APPS or meta.label_lower in UNSEEN_MODELS:
        return
    if isinstance(instance, Page) and update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    if unseen_draft(instance):
        return
    forget_everything()


def unseen_draft(instance):
    """Whether `instance` is a page that is not live, or one of its inline rows: Wagtail's editor
    saves such a page itself on every draft. Readers see it only once it is published (which
    forgets everything), unless pages below it are live and show it (a breadcrumb, a section)."""
    page = instance if isinstance(instance, Page) else None
    for field in type(instance)._meta.concrete_fields:
        if isinstance(field, ParentalKey) and issubclass(field.related_model, Page):
            try:
                page = getattr(instance, field.name)
            except ObjectDoesNotExist:
                return False
    return page is not None and not page.live and not page.get_descendants().live().exists()


@receiver(m2m_changed)
def content_relinked(sender, instance=None, **kwargs):
    content_changed(type(instance), instance)


# A move rewrites tree paths without saving the pages; publishing and unpublishing save them,
# but say so explicitly too.
post_page_move.connect(forget_everything)
page_published.connect(forget_everything)
page_unpublished.connect(forget_everything)


# Whole pages ------------------------------------------------------------------------------


def mark_public(page, request):
    """Called as Wagtail serves a page: whether its answer may be stored for every reader."""
    if request.method == "GET" and not page.get_view_restrictions().exists():
        setattr(request, PUBLIC_PAGE, True)


def page_key(request):
    """The cache key of this request's page, or None when it must not come from the cache."""
    if not settings.PAGE_CACHE_SECONDS or request.method != "GET":
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return None
    address = f"{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()
    return f"public-cache:page:{digest}"


def may_store(request, response):
    session = getattr(request, "session", None)
    return (
        getattr(request, PUBLIC_PAGE, False)
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and not len(getattr(request, "_messages", ()))
    )


class PublicPageCacheMiddleware:
    """Serves and stores public pages for readers who are not signed in (see the module's
    docstring). Placed after the middleware that reads the session and the language, and
    before those that add headers to every answer, so a stored page keeps them."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = page_key(request)
        if key is None:
            return self.get_response(request)
        version, response = current_entry(key)
        if response is not None:
            return response
        response = self.get_response(request)
        if may_store(request, response):
            # Stored with the version read before rendering: a change made meanwhile replaced
            # it, so the page is not served again.
            cache.set(key, (version, response), settings.PAGE_CACHE_SECONDS)
        return response
