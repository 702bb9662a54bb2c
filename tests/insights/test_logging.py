"""Searches on the page and through the API are logged without the reader's identity, and a
result opened from the page is noted against its search."""

import pytest
from django.test import Client

from insights.models import SearchLog, SearchOpen
from tests.factories import CaseStudyPageFactory, member
from tests.search.conftest import reindex_all, using_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(sections):
    with using_backend("database"):
        study = CaseStudyPageFactory(
            parent=sections["case_studies"], title="Recovering a hijacked page", summary="Vendor escalation."
        )
        reindex_all()
        yield study


def test_a_search_is_logged_with_its_counts_and_the_kind_of_reader_only(indexed):
    reader = member(user__email="reader@emb.example.org")
    client = Client()
    client.force_login(reader)
    client.get("/en/search/", {"q": "Hijacked  page", "kind": "case-study"})
    entry = SearchLog.objects.get()
    assert (entry.text, entry.normalised, entry.result_count, entry.backend) == (
        "Hijacked page",
        "hijacked page",
        1,
        "database",
    )
    assert entry.filters == {"kind": ["case-study"]} and entry.audience == "member" and entry.via == "page"
    stored = str(SearchLog.objects.values().get())
    assert "reader@emb.example.org" not in stored and str(reader.pk) not in {str(v) for v in entry.filters.values()}


def test_turning_pages_and_empty_searches_are_not_new_searches(client, indexed):
    client.get("/en/search/")
    client.get("/api/v1/search", {"q": "hijacked", "page": "2"})
    assert not SearchLog.objects.exists()


def test_a_result_opened_from_the_page_is_noted_and_followed(client, indexed):
    page = client.get("/en/search/", {"q": "hijacked"}).content.decode()
    entry = SearchLog.objects.get()
    link = f"/en/search/open/{entry.pk}/page:{indexed.pk}/?rank=1"
    assert f'href="{link}"' in page.replace("&amp;", "&")
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == indexed.url
    assert SearchOpen.objects.get().rank == 1
    assert client.get(f"/en/search/open/{entry.pk}/page:99999/").status_code == 404
    assert SearchOpen.objects.count() == 1


def test_api_searches_are_logged_too(client, indexed):
    client.get("/api/v1/search", {"q": "zzzyqx"})
    entry = SearchLog.objects.get()
    assert entry.via == "api" and entry.result_count == 0 and entry.audience == "anonymous"


def test_a_result_opened_from_the_french_page_keeps_the_reader_in_french(client, indexed):
    client.get("/fr/search/", {"q": "hijacked"})
    entry = SearchLog.objects.get()
    response = client.get(f"/fr/search/open/{entry.pk}/page:{indexed.pk}/?rank=1")
    assert indexed.url.startswith("/en/")
    assert response["Location"] == "/fr/" + indexed.url.removeprefix("/en/")
