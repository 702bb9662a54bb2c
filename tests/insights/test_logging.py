"""Searches on the page and through the API are logged without the reader's identity, and a
result opened from the page is noted against its search."""

import re
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from insights.models import SearchLog, SearchOpen, open_signature
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


def result_links(page):
    return re.findall(r'href="(/en/search/open/[^"]+)"', page.replace("&amp;", "&"))


def test_a_result_opened_from_the_page_is_noted_and_followed(client, indexed):
    page = client.get("/en/search/", {"q": "hijacked"}).content.decode()
    entry = SearchLog.objects.get()
    (link,) = result_links(page)
    assert link.startswith(f"/en/search/open/{entry.pk}/page:{indexed.pk}/?rank=1&sig=")
    response = client.get(link)
    assert response.status_code == 302 and response["Location"] == indexed.url
    client.get(link)  # followed again: still one opening
    assert SearchOpen.objects.get().rank == 1
    assert client.get(f"/en/search/open/{entry.pk}/page:99999/").status_code == 404
    assert SearchOpen.objects.count() == 1


def test_only_links_the_page_handed_out_are_noted(client, indexed):
    """Anyone can type an address; only a signed one counts in the Secretariat's report."""
    client.get("/en/search/", {"q": "hijacked"})
    entry = SearchLog.objects.get()
    (link,) = result_links(client.get("/en/search/", {"q": "vendor"}).content.decode())
    other_search = SearchLog.objects.latest("pk")
    typed = [
        f"/en/search/open/{entry.pk}/page:{indexed.pk}/?rank=1",
        f"/en/search/open/{entry.pk}/page:{indexed.pk}/?rank=1&sig=forged",
        link.replace(f"/open/{other_search.pk}/", f"/open/{entry.pk}/"),  # another search's signature
        link.replace("rank=1", "rank=2"),
    ]
    for address in typed:
        assert client.get(address).status_code == 302  # still followed: the item is public
    assert not SearchOpen.objects.exists()


def test_a_private_item_is_not_found_through_the_click_through_by_who_may_not_read_it(client, indexed):
    restriction = PageViewRestriction.objects.create(page=indexed, restriction_type=PageViewRestriction.LOGIN)
    assert restriction.pk
    reindex_all()
    client.get("/en/search/", {"q": "hijacked"})  # finds nothing for an anonymous reader
    entry = SearchLog.objects.get()
    address = f"/en/search/open/{entry.pk}/page:{indexed.pk}/?rank=1&sig={open_signature(entry.pk, f'page:{indexed.pk}', '1')}"
    response = client.get(address)
    assert response.status_code == 404 and indexed.url not in response.content.decode()
    assert not SearchOpen.objects.exists()
    client.force_login(member())
    assert client.get(address)["Location"] == indexed.url


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    search_id=st.integers(min_value=1, max_value=2**31 - 1),
    key=st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=70),
    rank=st.text(max_size=8),
    sig=st.text(max_size=40),
)
def test_no_typed_click_through_is_noted_or_answers_with_an_error(indexed, search_id, key, rank, sig):
    response = Client().get(f"/en/search/open/{search_id}/{quote(key, safe='')}/", {"rank": rank, "sig": sig})
    assert response.status_code in {302, 404}
    assert not SearchOpen.objects.exists()


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
