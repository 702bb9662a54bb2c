"""What only the engine backend does: the flavour, the alias swap, and surviving outages.

The outage tests stop the real node that `make engine` started and start it again."""

import subprocess
import sys

import pytest
from wagtail.models import PageViewRestriction

from search import backends, service, sync
from search.contract import KnowledgeQuery
from search.flavour import get_flavour
from search.models import IndexSync
from search.status import status
from tests.factories import CaseStudyPageFactory
from tests.search.conftest import (
    ENGINE,
    REPO,
    index_now,
    reindex_all,
    reset_engine_state,
    running_engine_url,
    using_backend,
)

pytestmark = [pytest.mark.django_db, pytest.mark.engine]


@pytest.fixture
def engine_backend(engine_url):
    with using_backend("engine", engine_url):
        yield backends.get_engine()


@pytest.fixture
def studies(sections, engine_backend):
    pages = [
        CaseStudyPageFactory(
            parent=sections["case_studies"], title=f"Kestrel outreach {number}", summary="Kestrel voters."
        )
        for number in range(3)
    ]
    reindex_all()
    return pages


def titles(text, user=None):
    return [hit.title for hit in service.search(KnowledgeQuery(text=text), user).hits]


def test_the_flavour_comes_from_the_clusters_own_answer(engine_backend):
    flavour = get_flavour()
    assert flavour.name == ENGINE
    assert flavour.dsl.__name__.startswith("opensearchpy" if ENGINE == "opensearch" else "elasticsearch")
    assert engine_backend.status()["health"] in {"green", "yellow"}


def test_a_rebuild_moves_the_alias_to_a_complete_new_index(studies, engine_backend):
    first = engine_backend.alias_targets()
    counts = sync.rebuild()
    second = engine_backend.alias_targets()
    assert len(first) == len(second) == 1 and first != second
    assert not engine_backend.client.indices.exists(index=first[0])
    assert counts["engine"] == counts["database"]
    assert len(titles("kestrel")) == 3


def test_status_reports_health_counts_and_pending_updates(studies):
    report = status()
    assert report["engine"]["documents"] == report["database"]["documents"] > 0
    assert report["pending_engine"] == 0


def test_an_unreachable_engine_leaves_search_on_the_database_and_queues_updates(sections):
    with using_backend("engine", "http://127.0.0.1:9"):  # Nothing listens on the discard port.
        study = CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach", live=False)
        study.save_revision().publish()
        results = service.search(KnowledgeQuery(text="puffin"), None)
        assert results.fallback
        assert [hit.title for hit in results.hits] == ["Puffin outreach"]
        pending = IndexSync.objects.pending_engine().get(key=f"page:{study.pk}")
        assert pending.attempts >= 1 and pending.last_error


def engine_command(action):
    command = [sys.executable, str(REPO / "devtools" / "engine.py"), action, "--engine", ENGINE]
    subprocess.run(command, check=True, capture_output=True, timeout=240)


@pytest.fixture
def restart_afterwards():
    """Whatever a test does to the node, it is running again afterwards."""
    yield
    engine_command("start")
    reset_engine_state()


def test_updates_made_while_the_node_is_stopped_are_applied_when_it_returns(
    studies, restart_afterwards, sections, settings
):
    engine_command("stop")

    added = CaseStudyPageFactory(parent=sections["case_studies"], title="Kestrel census", live=False)
    added.save_revision().publish()
    studies[0].refresh_from_db()
    studies[0].unpublish()
    PageViewRestriction.objects.create(page=studies[1], restriction_type=PageViewRestriction.LOGIN)
    during = service.search(KnowledgeQuery(text="kestrel"), None)
    assert during.fallback
    assert sorted(hit.title for hit in during.hits) == ["Kestrel census", "Kestrel outreach 2"]
    assert IndexSync.objects.pending_engine().count() >= 3

    engine_command("start")
    settings.SEARCH_URL = running_engine_url()
    reset_engine_state()
    service.search(KnowledgeQuery(text="kestrel"), None)  # The first answer sets off the catch-up.
    index_now()

    after = service.search(KnowledgeQuery(text="kestrel"), None)
    assert not after.fallback and after.backend == "engine"
    assert sorted(hit.title for hit in after.hits) == ["Kestrel census", "Kestrel outreach 2"]
    assert IndexSync.objects.pending_engine().count() == 0


def test_a_node_stopped_mid_rebuild_leaves_the_old_index_answering(
    studies, engine_backend, restart_afterwards, settings
):
    before = engine_backend.alias_targets()
    documents = list(sync.iter_documents(sync.all_keys()))

    def stop_half_way():
        for number, document in enumerate(documents):
            if number == len(documents) // 2:
                engine_command("stop")
            yield document

    with pytest.raises(backends.engine_errors(engine_backend)):
        engine_backend.rebuild(stop_half_way())

    engine_command("start")
    settings.SEARCH_URL = running_engine_url()
    reset_engine_state()
    engine = backends.get_engine()
    assert engine.alias_targets() == before
    assert len(titles("kestrel")) == 3
    # The half-built index is cleared away by the next rebuild.
    sync.rebuild()
    assert len(engine.client.indices.get(index=f"{engine.alias}-*")) == 1


def test_the_admins_own_search_runs_on_the_same_cluster(studies, engine_url, settings):
    from casestudies.models import CaseStudyPage
    from search.admin_backend import SearchBackend

    backend = SearchBackend({"URLS": [engine_url], "INDEX_PREFIX": f"{settings.SEARCH_INDEX}-admin-"})
    assert type(backend).__module__ == get_flavour().admin_backend
    index = backend.get_index_for_model(CaseStudyPage)
    try:
        index.put()
        index.add_model(CaseStudyPage)
        index.add_items(CaseStudyPage, CaseStudyPage.objects.all())
        index.refresh()
        assert {page.title for page in backend.search("kestrel", CaseStudyPage)} == {page.title for page in studies}
    finally:
        index.delete()
