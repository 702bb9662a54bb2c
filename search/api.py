"""The JSON API: GET /api/v1/search, described by /api/v1/openapi.json.

It answers exactly what the search page answers, to exactly the same reader (the session
decides the audience), so nothing member-only is reachable through it anonymously.
"""

import math
from typing import Literal

from django.utils import translation
from django.utils.translation import gettext as _
from ninja import Field, NinjaAPI, Query, Schema
from ninja.errors import ValidationError

from cen_portal.filters import api_form_data
from cen_portal.kinds import KINDS
from insights.models import SearchLog
from insights.records import record_search

from . import service
from .contract import FACETS, LANGUAGES
from .forms import SearchForm

api = NinjaAPI(
    title="CEN Knowledge Portal API",
    version="1",
    description="Search the Commonwealth Electoral Network's shared practice.",
    urls_namespace="api-v1",
    docs_url=None,  # The interactive docs load scripts from a CDN; the schema is enough.
)


class SearchParameters(Schema):
    q: str = ""
    kind: list[str] = []
    principle: list[str] = []
    area: list[str] = []
    country: list[str] = []
    region: list[str] = []
    year: list[str] = []
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


class Problem(Schema):
    detail: str
    messages: list[str]


@api.get("/search", response={200: SearchResponse, 422: Problem}, summary="Search knowledge items")
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
    record_search(request, query, results, via=SearchLog.Via.API)
    return {
        "query": query.text,
        "total": results.total,
        "page": query.page,
        "pages": max(1, math.ceil(results.total / query.per_page)),
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


class FilterProblem(Exception):
    def __init__(self, messages):
        super().__init__(_("Some parameters could not be used."))
        self.messages = messages


@api.exception_handler(FilterProblem)
def filter_problem(request, error):
    return api.create_response(request, {"detail": str(error), "messages": error.messages}, status=422)


@api.exception_handler(ValidationError)
def invalid_parameters(request, error):
    """Parameters of the wrong type (a page that is not a number) get the documented 422."""
    # A list parameter's location ends with the item's position: name the parameter itself.
    names = sorted(
        {next((part for part in reversed(problem["loc"]) if isinstance(part, str)), "") for problem in error.errors}
        - {""}
    )
    messages = [_("The parameter “%(name)s” has a value that cannot be used.") % {"name": name} for name in names]
    if "lang" in names:
        messages.append(_("Languages available: %(languages)s.") % {"languages": ", ".join(LANGUAGES)})
    return api.create_response(request, {"detail": str(FilterProblem(messages)), "messages": messages}, status=422)
