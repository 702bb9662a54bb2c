"""The judged queries over the demo content: each query's listed items are in its top five,
on both backends."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from cen_portal.taxonomy import PracticeArea
from search import service
from search.query import KnowledgeQuery
from tests.conftest import require
from tests.search.conftest import index_now, running_engine_url, using_backend
from tests.search.judged_queries import JUDGED_QUERIES

pytestmark = pytest.mark.django_db

TOP = 5


@pytest.fixture(scope="module", params=["database", pytest.param("engine", marks=pytest.mark.engine)])
def demo_index(request, django_db_setup, django_db_blocker):
    url = None
    if request.param == "engine":
        url = running_engine_url()
        require(url, "No search engine is running; start one with `make engine`.")
    with django_db_blocker.unblock(), transaction.atomic(), using_backend(request.param, url):
        call_command("load_demo_content", stdout=io.StringIO())
        call_command("rebuild_knowledge_index", stdout=io.StringIO())
        index_now()
        yield request.param
        transaction.set_rollback(True)


def expected_url(identifier):
    if identifier.startswith("area:"):
        return f"/practice-areas/{PracticeArea.objects.get(number=identifier[5:]).slug}/"
    return f"/{identifier}/"


def test_there_are_enough_judged_queries():
    assert len(JUDGED_QUERIES) >= 20


@pytest.mark.parametrize("text,expected", JUDGED_QUERIES, ids=[text for text, _ in JUDGED_QUERIES])
def test_judged_query_finds_its_items_in_the_top_five(demo_index, text, expected):
    results = service.search(KnowledgeQuery(text=text, per_page=TOP), None)
    urls = [hit.url for hit in results.hits]
    assert results.backend == demo_index
    missing = [item for item in expected if not any(url.endswith(expected_url(item)) for url in urls)]
    assert not missing, f"{text!r} missed {missing}; got {[hit.title for hit in results.hits]}"
