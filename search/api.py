"""Search in the JSON API: GET /api/v1/search, described by /api/v1/openapi.json.

It answers exactly what the search page answers, to exactly the same reader (the session
decides the audience), so nothing member-only is reachable through it anonymously.
"""

from typing import Literal

from django.utils import translation
from ninja import Field, Query, Router, Schema

from cen_portal.api import FilterProblem, Problem
from cen_portal.filters import api_form_data
from cen_portal.kinds import KINDS

from . import service
from .contract import FACETS
from .forms import SearchForm

router = Router()


class SearchParameters(Schema):
    q: str = ""
    kind: list[str] = []
    principle: list[str] = []
    area: list[str] = []
    country: list[str] = []
    region: list[str] = []
    year: list[str] = []
    upcoming: bool = Field(False, description="Only events not yet over.")
    sort: Literal["relevance", "newest", "oldest"] = "relevance"
    page: int = Field(1, ge=1)
    lang: Literal["en", "fr"] = Field(
        "en", description="The reader's language: items in it come first, facet labels are in it."
    )


class FacetCount(Schema):
    value: str
    label: str
    count: int
    selected: bool


class Result(Schema):
    key: str
    title: str
    url: str
    kind: str
    kind_label: str
    summary: str
    snippets: list[str]
    matched_in_attachment: bool
    year: int | None
    countries: list[str]
    principles: list[str]
    language: str


class SearchResponse(Schema):
    query: str
    total: int
    page: int
    pages: int
    results: list[Result]
    facets: dict[str, list[FacetCount]]
    corrected_query: str | None
    partial: bool = Field(description="No item matched all of the words: these results match some of them.")
    fallback: bool
    messages: list[str]


@router.get("/search", response={200: SearchResponse, 422: Problem}, summary="Search knowledge items")
def search(request, params: Query[SearchParameters]):
    """Full-text search with facet filters (OR within a facet, AND across facets).

    Snippets are HTML with `<mark>` around matched words; everything else in them is escaped."""
    # Messages and labels in the language asked for.
    with translation.override(params.lang):
        return search_in_language(request, params)


def search_in_language(request, params):
    form = SearchForm(api_form_data(params))
    query = form.to_query(language=params.lang)
    if form.errors:
        raise FilterProblem(form.error_messages())
    results = service.search(query, request.user)
    service.record(request, query, results, via="api")
    return {
        "query": query.text,
        "total": results.total,
        "page": query.page,
        "pages": results.pages,
        "results": [
            {
                **hit.__dict__,
                "kind_label": str(KINDS.get(hit.kind, hit.kind)),
                "snippets": hit.highlights,
            }
            for hit in results.hits
        ],
        "facets": {name: [value.__dict__ for value in results.facets.get(name, [])] for name in FACETS},
        "corrected_query": results.corrected_text or None,
        "partial": results.partial,
        "fallback": results.fallback,
        "messages": form.messages(),
    }
