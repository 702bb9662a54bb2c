"""What a pack holds: the items of a reading path, a working group's reports, an event's
outputs, a search (its first 25 results, so a key principle, a practice area or a country too)
or the reader's own selection, each checked for this reader and in their language."""

import dataclasses
import hashlib
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.models import Locale, Page

from cen_portal.privacy import readable_pages
from search import service
from search.forms import SearchForm

MAX_ITEMS = 50
SEARCH_ITEMS = 25


@dataclass
class Pack:
    title: str
    made_from: str
    url: str
    language: str
    # The items in order, each a specific page in the reader's language where translated.
    pages: list = field(default_factory=list)

    @property
    def key(self):
        """Names the PDF: items at their published revisions, language and title. The audience
        is in it through the items: a reader gets a build only of items they may all open."""
        parts = [self.language, self.title, *(f"{page.pk}:{page.live_revision_id}" for page in self.pages)]
        return hashlib.sha256("\n".join(parts).encode()).hexdigest()


def is_packable(page):
    return getattr(page, "knowledge_kind", None) is not None


def readable_items(page_ids, request, language):
    """The live, readable knowledge items among `page_ids`, in that order, each once, in
    `language` where a readable translation exists."""
    wanted = list(dict.fromkeys(page_ids))[:MAX_ITEMS]
    readable = readable_pages(Page.objects.live().filter(pk__in=wanted), request).specific()
    found = {page.pk: page for page in readable if is_packable(page)}
    locale = Locale.objects.filter(language_code=language).first()
    items, seen = [], set()
    for pk in wanted:
        page = found.get(pk)
        if page is None or page.translation_key in seen:
            continue
        seen.add(page.translation_key)
        if locale is not None and page.locale_id != locale.pk:
            translation = readable_pages(
                Page.objects.live().filter(translation_key=page.translation_key, locale=locale), request
            ).first()
            page = translation.specific if translation else page
        items.append(page)
    return items


def may_open(build, request):
    """Whether this reader may open every item a pack holds, live as it was made."""
    wanted = set(build.page_ids)
    return readable_pages(Page.objects.live().filter(pk__in=wanted), request).count() == len(wanted)


def page_pack(page, request, language):
    """A reading path's steps, a working group's reports or an event's outputs (the page says which,
    through its `pack_pages`)."""
    return Pack(
        title=page.title,
        made_from=page.pack_made_from(),
        url=request.get_full_path(),
        language=language,
        pages=readable_items([item.pk for item in page.pack_pages()], request, language),
    )


def search_pack(params, request, language):
    """The first results of the search `params` (a query string's QueryDict) asks for."""
    form = SearchForm(params)
    query = dataclasses.replace(form.to_query(language=language), page=1, per_page=SEARCH_ITEMS)
    results = service.search(query, request.user)
    described = [query.text] if query.text else []
    described += [chip["label"] for chip in form.active_filters(params)]
    page_ids = [int(hit.key.split(":", 1)[1]) for hit in results.hits if hit.key.startswith("page:")]
    return Pack(
        title=_("Search: %(what)s") % {"what": "; ".join(described)} if described else _("Search of the portal"),
        made_from=_("The first %(count)s results of a search of the portal") % {"count": SEARCH_ITEMS},
        url=request.get_full_path(),
        language=language,
        pages=readable_items(page_ids, request, language),
    )


def selection_pack(page_ids, request, language):
    return Pack(
        title=_("My reading pack"),
        made_from=_("Items chosen by the reader"),
        url=request.get_full_path(),
        language=language,
        pages=readable_items(page_ids, request, language),
    )
