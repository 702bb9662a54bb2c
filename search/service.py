"""The one way into knowledge search for views, the API and templates.

It decides who the reader may see (audience is enforced inside every backend query), asks
the backend `backends` chooses (the engine when configured and answering, else the
database, saying so in the results), and relaxes a multi-word query that finds nothing.
Labels for facet values come from the taxonomy here, in the reader's language
(search/labels.py), so both backends return only codes and slugs.
"""

from django.core.cache import cache

from . import backends
from .audience import audiences_for
from .contract import DEFAULT_LANGUAGE, FacetValue, SearchResults, language_or_none, parse_text
from .labels import facet_labels
from .models import IndexSync, KnowledgeItem
from .sources import translation_keys
from .tasks import process_index_updates

CATCH_UP_KEY = "search:catch-up-requested"


def catch_up():
    """The engine answers again: apply updates queued while it was away (at most every 30 s)."""
    if cache.add(CATCH_UP_KEY, True, backends.ENGINE_RETRY_SECONDS) and IndexSync.objects.pending_engine().exists():
        process_index_updates.enqueue()


def run(method, *args):
    """Ask the engine, or the database when the engine cannot answer; returns (answer, fallback)."""
    engine = backends.get_engine()
    if engine is not None:
        try:
            answer = getattr(engine, method)(*args)
        except backends.engine_errors(engine) as error:
            backends.engine_failed(error)
        else:
            catch_up()
            return answer, False
    return getattr(backends.database, method)(*args), backends.engine_configured()


def search(query, user):
    """The reader's results. When requiring (most of) their words finds nothing, the items
    with any of the words are shown instead, marked `partial` so the page can say so."""
    parsed = parse_text(query.text)
    audiences = audiences_for(user)
    results, fallback = run("search", query, audiences, parsed)
    if results.total == 0 and parsed.can_relax:
        relaxed, relaxed_fallback = run("search", query, audiences, parsed.relaxed())
        if relaxed.total:
            relaxed.partial = True
            results, fallback = relaxed, fallback or relaxed_fallback
    results.fallback = fallback
    label_facets(results)
    return results


def autocomplete(text, user, limit=8, language=DEFAULT_LANGUAGE):
    """Titles starting with the reader's words, those in the reader's language first."""
    parsed = parse_text(text)
    if not parsed.words:
        return []
    suggestions, _fallback = run("autocomplete", " ".join(parsed.words), audiences_for(user), limit, language)
    return suggestions


def related(key, user, limit=4, language=DEFAULT_LANGUAGE):
    """Related practice: never the item's own translations; the reader's language first."""
    language = language_or_none(language) or DEFAULT_LANGUAGE
    hits, _fallback = run("related", key, audiences_for(user), limit, translation_keys(key), language)
    return hits


# Told of every search a reader makes, from the search page ("page") or the API ("api"): a
# function (request, query, results, via) that returns the record the page links its results
# through, or None. Insights fills it in its AppConfig.ready (the search log).
_recorder = None


def set_search_recorder(recorder):
    global _recorder
    _recorder = recorder


def record(request, query, results, via):
    return _recorder(request, query, results, via) if _recorder is not None else None


def readable_item(key, user):
    """The indexed item with this key, when search may show it to the reader; else None."""
    return backends.database.visible(KnowledgeItem.objects.filter(key=key), audiences_for(user)).first()


# Labels ----------------------------------------------------------------------------------

CANONICAL_ORDER = {"principle", "area", "region", "kind"}


def label_facets(results: SearchResults):
    labels = facet_labels(results.query.language)
    for facet, values in results.facets.items():
        facet_labels_ = labels.get(facet, {})
        selected = {str(value) for value in results.query.filters.get(facet, [])}
        present = {value.value for value in values}
        # A chosen value stays on the page (with its count of zero) so it can be unchosen.
        values.extend(FacetValue(value=value, count=0) for value in selected - present)
        for value in values:
            value.label = facet_labels_.get(value.value, value.value)
            value.selected = value.value in selected
        if facet in CANONICAL_ORDER:
            order = list(facet_labels_)
            values.sort(key=lambda v: order.index(v.value) if v.value in order else len(order))
        elif facet == "year":
            values.sort(key=lambda v: v.value, reverse=True)
    results.labels = labels
