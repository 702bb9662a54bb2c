import dataclasses

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from cen_portal.kinds import KINDS

from . import service
from .contract import DEFAULT_LANGUAGE, FACETS, SORTS, language_or_none
from .forms import SearchForm


def reader_language():
    """The language the page is shown in (/fr/search/ -> "fr"): its items come first."""
    return language_or_none(get_language()) or DEFAULT_LANGUAGE


@require_GET
def search(request):
    form = SearchForm(request.GET)
    query = form.to_query(language=reader_language())
    messages = form.messages()
    results = service.search(query, request.user)
    pages = results.pages
    if results.total and query.page > pages:
        messages.append(
            _("There is no page %(page)s; showing page %(last)s, the last.") % {"page": query.page, "last": pages}
        )
        query = dataclasses.replace(query, page=pages)
        results = service.search(query, request.user)
    search_log = service.record(request, query, results, via="page")
    keep = request.GET.copy()
    keep.pop("page", None)
    context = {
        "form": form,
        "query": query,
        "results": results,
        "messages_for_query": messages,
        "facets": [(name, FACETS[name], results.facets.get(name, [])) for name in FACETS],
        "active_filters": form.active_filters(request.GET),
        "kinds": KINDS,
        "sorts": SORTS,
        "pages": pages,
        "query_without_page": keep.urlencode(),
        "searched": bool(query.text or query.filters),
        "search_log": search_log,
    }
    return render(request, "search/search.html", context)


@require_GET
def autocomplete(request):
    suggestions = service.autocomplete(request.GET.get("q", ""), request.user, language=reader_language())
    return JsonResponse({"suggestions": suggestions})
