"""The one way into knowledge search for views, the API and templates.

It decides who the reader may see (audience is enforced inside every backend query), uses
the engine when one is configured and answering, and otherwise the database backend,
saying so in the results. Labels for facet values come from the taxonomy here, so both
backends return only codes and slugs.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from cen_portal.taxonomy import Country, KeyPrinciple, PracticeArea, Region

from .audience import audiences_for
from .database import DatabaseBackend
from .engine import EngineBackend
from .flavour import EngineUnavailable, get_flavour
from .models import IndexSync
from .query import KINDS, FacetValue, SearchResults, parse_text

logger = logging.getLogger(__name__)

# After a failure the engine is left alone for a while, so each search does not wait on it.
ENGINE_RETRY_SECONDS = 30
ENGINE_DOWN_KEY = "search:engine-down-until"
CATCH_UP_KEY = "search:catch-up-requested"

database = DatabaseBackend()


def engine_configured():
    return bool(settings.SEARCH_URL)


def get_engine(check_recent_failure=True):
    """The engine backend, or None when none is configured or it is known to be down."""
    if not engine_configured():
        return None
    if check_recent_failure and cache.get(ENGINE_DOWN_KEY, 0) > time.time():
        return None
    try:
        flavour = get_flavour()
    except EngineUnavailable as error:
        engine_failed(error)
        return None
    return EngineBackend(flavour, settings.SEARCH_INDEX, replicas=settings.SEARCH_INDEX_REPLICAS)


def engine_failed(error):
    logger.warning("Knowledge search engine unavailable, using the database: %s", error)
    cache.set(ENGINE_DOWN_KEY, time.time() + ENGINE_RETRY_SECONDS, ENGINE_RETRY_SECONDS)


def engine_errors(engine):
    return engine.flavour.errors + (EngineUnavailable, ConnectionError, TimeoutError)


def catch_up():
    """The engine answers again: apply updates queued while it was away (at most every 30 s)."""
    if cache.add(CATCH_UP_KEY, True, ENGINE_RETRY_SECONDS) and IndexSync.objects.pending_engine().exists():
        from .tasks import process_index_updates

        process_index_updates.enqueue()


def run(method, *args):
    """Ask the engine, or the database when the engine cannot answer; returns (answer, fallback)."""
    engine = get_engine()
    if engine is not None:
        try:
            answer = getattr(engine, method)(*args)
        except engine_errors(engine) as error:
            engine_failed(error)
        else:
            catch_up()
            return answer, False
    return getattr(database, method)(*args), engine_configured()


def search(query, user):
    parsed = parse_text(query.text)
    results, fallback = run("search", query, audiences_for(user), parsed)
    results.fallback = fallback
    label_facets(results)
    return results


def autocomplete(text, user, limit=8):
    parsed = parse_text(text)
    if not parsed.words:
        return []
    suggestions, _fallback = run("autocomplete", " ".join(parsed.words), audiences_for(user), limit)
    return suggestions


def related(key, user, limit=4):
    hits, _fallback = run("related", key, audiences_for(user), limit)
    return hits


# Labels ----------------------------------------------------------------------------------


def facet_labels():
    """Display labels for every facet value, in the taxonomy's own order."""
    return {
        "kind": {key: str(label) for key, label in KINDS.items()},
        "principle": dict(KeyPrinciple.objects.values_list("slug", "name")),
        "area": {area.slug: str(area) for area in PracticeArea.objects.all()},
        "country": dict(Country.objects.values_list("iso_code", "name")),
        "region": dict(Region.objects.values_list("slug", "name")),
    }


CANONICAL_ORDER = {"principle", "area", "region", "kind"}


def label_facets(results: SearchResults):
    labels = facet_labels()
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
