"""Search tests run against both backends: the database and a real engine node.

The engine is the node `make engine` (devtools/engine.py) started; each test gets an index
alias of its own and drops it afterwards. With CI=true a missing engine fails the run.
"""

import os
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import override_settings

from search import backends, service, sync
from search.flavour import EngineUnavailable, ask_cluster, forget_flavour
from tests.conftest import require

REPO = Path(__file__).resolve().parents[2]
ENGINE = os.environ.get("CEN_TEST_ENGINE", "opensearch")


def running_engine_url():
    url = os.environ.get("CEN_TEST_SEARCH_URL", "")
    url_file = REPO / ".cache" / "engine" / f"{ENGINE}.url"
    if not url and url_file.exists():
        url = url_file.read_text().strip()
    if not url:
        return None
    try:
        ask_cluster(url, timeout=3)
    except EngineUnavailable:
        return None
    return url


def reset_engine_state():
    forget_flavour()
    cache.delete(backends.ENGINE_DOWN_KEY)
    cache.delete(service.CATCH_UP_KEY)


@contextmanager
def using_backend(name, url=None):
    """Point knowledge search at the database alone, or at the engine under a fresh alias."""
    alias = f"test-{uuid.uuid4().hex[:10]}"
    with override_settings(SEARCH_URL=url if name == "engine" else "", SEARCH_INDEX=alias):
        reset_engine_state()
        try:
            yield
        finally:
            if name == "engine":
                engine = backends.get_engine(check_recent_failure=False)
                if engine is not None:
                    engine.drop()
            reset_engine_state()


@contextmanager
def world_on(backend, django_db_blocker):
    """Where a module-scoped fixture builds a world once for the tests that only read it, on one
    backend: in a transaction rolled back at the end (each test's own is a savepoint inside it,
    so what a test writes is undone after it). Only a test that never applies index updates may
    share it: the engine's index is not rolled back."""
    url = None
    if backend == "engine":
        url = running_engine_url()
        require(url, "No search engine is running; start one with `make engine`.")
    with django_db_blocker.unblock(), transaction.atomic(), using_backend(backend, url):
        yield
        transaction.set_rollback(True)


BACKENDS = ["database", pytest.param("engine", marks=pytest.mark.engine)]


@pytest.fixture(params=BACKENDS)
def backend(request):
    url = request.getfixturevalue("engine_url") if request.param == "engine" else None
    with using_backend(request.param, url):
        yield request.param


def index_now():
    """Apply pending updates and make them visible to searches at once."""
    sync.process_pending()
    engine = backends.get_engine(check_recent_failure=False)
    if engine is not None:
        engine.refresh()


def reindex_all():
    sync.rebuild()
    index_now()
