"""Where knowledge-index documents come from.

Each indexed item has a key, "<source>:<id>" (for example "page:42" or "principle:3").
A source turns a key back into one denormalised document, or None when the item should
not be in the index (deleted, unpublished, or not a kind of knowledge item). Building
from the key, never from a stale copy, is what makes every sync idempotent.
"""

from django.utils import translation
from wagtail.models import Page

from cen_portal.kinds import knowledge_page_models
from cen_portal.models import PracticeAreaIndexPage, PrincipleIndexPage
from cen_portal.taxonomy import KeyPrinciple, PracticeArea

from .audience import PUBLIC, audience_of_page
from .contract import DEFAULT_LANGUAGE, language_or_none
from .labels import tag_names


def complete(document, *, key, kind, url, audience):
    """Fill in the fields every document has, so both backends store the same shape.

    `language` is the item's language ("en" unless its source says otherwise: a page's
    locale, a taxonomy row's locale, the site language a post was written in); `names`
    holds, for every language, the item's titles in that language's translations
    (`translation_titles`, given by the source) and the names of its principles, areas,
    countries and regions, so a French question also finds the English original of a
    French item and the English items tagged with what it names.

    `translated_into` lists the languages the item is also indexed in (its live translations,
    each a document of its own and, for pages, with the same audience): a reader of one of
    those languages finds the item through that translation only, one result per item."""
    document = {
        "key": key,
        "kind": kind,
        "url": url,
        "audience": list(audience),
        "summary": "",
        "body": "",
        "attachments": "",
        "principles": [],
        "practice_areas": [],
        "countries": [],
        "regions": [],
        "year": None,
        "date": None,
        "ends_at": None,
        "translated_into": [],
        **document,
    }
    document["language"] = language_or_none(document.get("language")) or DEFAULT_LANGUAGE
    document["translated_into"] = sorted(set(document["translated_into"]) - {document["language"]})
    titles = document.pop("translation_titles", {})
    document["names"] = {
        language: "\n".join(filter(None, [titles.get(language, ""), names]))
        for language, names in tag_names(document).items()
    }
    return document


def language_of(instance):
    """The content language of a page or a translatable row (its locale)."""
    locale = getattr(instance, "locale", None)
    return language_or_none(locale.language_code if locale is not None else None) or DEFAULT_LANGUAGE


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
        language = language_of(page)
        # Links inside the site follow the item's language (/fr/... for a French item).
        with translation.override(language):
            url = page.url
        if kind is None or url is None:
            return None
        titles = {}
        for translation_ in page.get_translations().live().select_related("locale"):
            titles.setdefault(language_of(translation_), []).append(translation_.title)
        return complete(
            {
                **page.search_document(),
                "language": language,
                "translation_titles": {code: "\n".join(names) for code, names in titles.items()},
                "translated_into": list(titles),
            },
            key=f"{self.prefix}:{page.pk}",
            kind=kind,
            url=url,
            audience=audience_of_page(page),
        )


class GuidanceSource:
    """The guidance written for each principle and practice area, on its browse page: every
    row, translations included (each a document in its own language, tagged as its
    canonical row is)."""

    def __init__(self, model, browse_page_model):
        self.model = model
        self.browse_page_model = browse_page_model
        self.prefix = model.search_key_prefix

    def rows(self):
        # The default manager sees every locale; `objects` may hold the canonical rows only.
        return self.model._default_manager.all()

    def keys(self):
        if not self.browse_page_model.objects.live().exists():
            return []
        return [f"{self.prefix}:{pk}" for pk in self.rows().values_list("pk", flat=True)]

    def url(self, term, language):
        """The term on the browse page in its own language, else on the canonical one."""
        page = self.browse_page_model.objects.live().filter(locale__language_code=language).first()
        with translation.override(language):
            if page is not None:
                return page.term_url(term)
            return self.browse_page_model.url_for(term.canonical_row())

    def document(self, pk):
        term = self.rows().filter(pk=pk).first()
        if term is None:
            return None
        language = language_of(term)
        url = self.url(term, language)
        if url is None:
            return None
        canonical = term.canonical_row().search_document()
        tags = {field: canonical[field] for field in ("principles", "practice_areas") if field in canonical}
        translated_into = [
            language_of(translation_) for translation_ in term.get_translations().select_related("locale")
        ]
        return complete(
            {**term.search_document(), **tags, "language": language, "translated_into": translated_into},
            key=f"{self.prefix}:{term.pk}",
            kind="guidance",
            url=url,
            audience=[PUBLIC],
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


# Functions naming the items that use a document file (its text is in their attachments): each
# takes a document and returns keys. Apps whose items attach files fill it in AppConfig.ready.
DOCUMENT_USERS = []


def register_document_users(users):
    DOCUMENT_USERS.append(users)


def keys_using_document(document):
    return [key for users in DOCUMENT_USERS for key in users(document)]


def document_for_key(key):
    prefix, _, pk = key.partition(":")
    source = SOURCES.get(prefix)
    if source is None or not pk.isdigit():
        return None
    return source.document(int(pk))


def all_keys():
    return [key for source in SOURCES.values() for key in source.keys()]


def translation_keys(key):
    """The keys of an item's translations (other pages sharing its translation key)."""
    prefix, _, pk = key.partition(":")
    page = Page.objects.filter(pk=pk).first() if prefix == PageSource.prefix and pk.isdigit() else None
    return [page_key(translation) for translation in page.get_translations()] if page else []


def page_key(page):
    return f"page:{page.pk}"
