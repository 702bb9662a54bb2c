"""Recording searches and opened results. Nothing that identifies the reader is kept."""

from .models import SearchLog, SearchOpen, audience_class, normalise


def record_search(request, query, results, via=SearchLog.Via.PAGE):
    """Log one search (search.service tells of each: see apps.py) (only the first page of results: turning pages is not a new search)."""
    if query.page != 1 or not (query.text or query.filters):
        return None
    return SearchLog.objects.create(
        text=query.text[:200],
        normalised=normalise(query.text),
        filters={name: list(values) for name, values in query.filters.items() if values},
        backend=results.backend,
        fallback=results.fallback,
        result_count=results.total,
        audience=audience_class(request.user),
        via=via,
    )


def record_open(search_id, key, rank=None):
    """Note a result opened from a search: once, however often its link is followed."""
    search = SearchLog.objects.filter(pk=search_id).first()
    if search is not None:
        SearchOpen.objects.get_or_create(search=search, key=key[:64], defaults={"rank": rank})
