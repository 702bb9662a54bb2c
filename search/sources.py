"""Where knowledge-index documents come from.

Each indexed item has a key, "<source>:<id>" (for example "page:42" or "principle:3").
A source turns a key back into one denormalised document, or None when the item should
not be in the index (deleted, unpublished, or not a kind of knowledge item). Building
from the key, never from a stale copy, is what makes every sync idempotent.
"""

from wagtail.models import Page

from cen_portal.kinds import knowledge_page_models
from cen_portal.models import PracticeAreaIndexPage, PrincipleIndexPage
from cen_portal.taxonomy import KeyPrinciple, PracticeArea

from .audience import PUBLIC, audience_of_page

DEFAULT_LANGUAGE = "en"


def complete(document, *, key, kind, url, audience):
    """Fill in the fields every document has, so both backends store the same shape."""
    return {
        "key": key,
        "kind": kind,
        "url": url,
        "audience": list(audience),
        "language": DEFAULT_LANGUAGE,
        "summary": "",
        "body": "",
        "attachments": "",
        "principles": [],
        "practice_areas": [],
        "countries": [],
        "regions": [],
        "year": None,
        "date": None,
        **document,
    }


class PageSource:
    prefix = "page"

    def keys(self):
        types = knowledge_page_models()
        pages = Page.objects.live().type(*types) if types else Page.objects.none()
        return [f"{self.prefix}:{pk}" for pk in pages.values_list("pk", flat=True)]

    def document(self, pk):
        page = Page.objects.filter(pk=pk).first()
        if page is None or not page.live:
            return None
        page = page.specific
        kind = getattr(page, "knowledge_kind", None)
        if kind is None or page.url is None:
            return None
        return complete(
            page.search_document(),
            key=f"{self.prefix}:{page.pk}",
            kind=kind,
            url=page.url,
            audience=audience_of_page(page),
        )


class GuidanceSource:
    """The guidance written for each principle and practice area, on its browse page."""

    def __init__(self, model, browse_page_model):
        self.model = model
        self.browse_page_model = browse_page_model
        self.prefix = model.search_key_prefix

    def keys(self):
        if not self.browse_page_model.objects.live().exists():
            return []
        return [f"{self.prefix}:{pk}" for pk in self.model.objects.values_list("pk", flat=True)]

    def document(self, pk):
        term = self.model.objects.filter(pk=pk).first()
        url = self.browse_page_model.url_for(term) if term else None
        if url is None:
            return None
        return complete(
            term.search_document(), key=f"{self.prefix}:{term.pk}", kind="guidance", url=url, audience=[PUBLIC]
        )


SOURCES = {
    source.prefix: source
    for source in [
        PageSource(),
        GuidanceSource(KeyPrinciple, PrincipleIndexPage),
        GuidanceSource(PracticeArea, PracticeAreaIndexPage),
    ]
}


def register_source(source):
    """Let another app contribute documents of its own (the forums' threads): an object with a
    `prefix`, `keys()` and `document(pk)`. Its kind must be in cen_portal.kinds.KINDS."""
    SOURCES[source.prefix] = source


def document_for_key(key):
    prefix, _, pk = key.partition(":")
    source = SOURCES.get(prefix)
    if source is None or not pk.isdigit():
        return None
    return source.document(int(pk))


def all_keys():
    return [key for source in SOURCES.values() for key in source.keys()]


def page_key(page):
    return f"page:{page.pk}"
