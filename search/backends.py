"""The two backends and which one answers: the database instance, the engine when one is
configured and answering, and the timer that leaves a failed engine alone for a while.

Both the search service (reading) and the sync code (writing) use this module; it imports
neither of them, so there is no import cycle between reading, writing and the task queue.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from .database import DatabaseBackend
from .engine import EngineBackend
from .flavour import EngineUnavailable, get_flavour

logger = logging.getLogger(__name__)

# After a failure the engine is left alone for a while, so each search does not wait on it.
ENGINE_RETRY_SECONDS = 30
ENGINE_DOWN_KEY = "search:engine-down-until"

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
    """The exceptions that mean "the engine could not answer" (for `except`)."""
    return engine.flavour.errors + (EngineUnavailable, ConnectionError, TimeoutError)
