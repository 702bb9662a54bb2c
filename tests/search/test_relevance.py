"""The judged queries over the demo content, on both backends, for English and for French
readers: nDCG@5 and MRR must not fall below the figures recorded in the README (`make
relevance` prints them side by side)."""

import io

import pytest
from django.core.management import call_command

from search import service
from search.contract import KnowledgeQuery
from tests.demo_world import load_demo
from tests.search.conftest import BACKENDS, index_now, world_on
from tests.search.judged_queries import FRENCH_JUDGED_QUERIES, JUDGED_QUERIES
from tests.search.relevance import JUDGED_SETS, MRR_DEPTH, evaluate, recorded_floors

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", params=BACKENDS)
def demo_index(request, django_db_setup, django_db_blocker):
    with world_on(request.param, django_db_blocker):
        load_demo()
        call_command("rebuild_knowledge_index", stdout=io.StringIO())
        index_now()
        yield request.param


def test_there_are_enough_judged_queries():
    assert len(JUDGED_QUERIES) >= 60
    assert len(FRENCH_JUDGED_QUERIES) >= 20
    for queries in JUDGED_SETS.values():
        assert all(set(judgements.values()) <= {1, 2} and 2 in judgements.values() for _t, judgements in queries)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_judged_queries_keep_their_recorded_ndcg_and_mrr(demo_index, language):
    def top_results(text):
        results = service.search(KnowledgeQuery(text=text, per_page=MRR_DEPTH, language=language), None)
        assert results.backend == demo_index and not results.fallback
        return [(hit.url, hit.title) for hit in results.hits]

    figures = evaluate(top_results, language)
    floor_ndcg, floor_mrr = recorded_floors()[demo_index, language]
    worst = sorted(figures.queries, key=lambda result: result.ndcg)[:5]
    detail = "; ".join(f"{r.text!r} nDCG {r.ndcg:.2f} got {r.titles[:3]}" for r in worst)
    assert figures.ndcg >= floor_ndcg, f"nDCG@5 {figures.ndcg:.3f} < {floor_ndcg} (worst: {detail})"
    assert figures.mrr >= floor_mrr, f"MRR {figures.mrr:.3f} < {floor_mrr} (worst: {detail})"
