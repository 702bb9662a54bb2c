"""The search page, the autocomplete endpoint and the JSON API, with hostile input."""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from search.contract import KnowledgeQuery, SearchResults
from tests.factories import CaseStudyPageFactory, CountryFactory, KeyPrincipleFactory, member
from tests.search.conftest import reindex_all, using_backend

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(sections):
    with using_backend("database"):
        jamaica = CountryFactory(iso_code="JM", name="Jamaica")
        responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
        items = {
            "public": CaseStudyPageFactory(
                parent=sections["case_studies"],
                title="Recovering a hijacked Facebook page",
                summary="The commission regained its hijacked page with the platform vendor.",
                countries=[jamaica],
                principles=[responsive],
            ),
            "private": CaseStudyPageFactory(
                parent=sections["case_studies"],
                title="Hijacked account: members' escalation contacts",
                summary="Vendor contacts for a hijacked account, shared with members only.",
                countries=[jamaica],
            ),
        }
        for number in range(12):
            CaseStudyPageFactory(
                parent=sections["case_studies"], title=f"Puffin outreach {number}", summary="Puffin voters."
            )
        PageViewRestriction.objects.create(page=items["private"], restriction_type=PageViewRestriction.LOGIN)
        reindex_all()
        yield items


def test_search_page_shows_results_facets_and_highlights(client, library):
    response = client.get("/en/search/", {"q": "hijacked"})
    content = response.content.decode()
    assert response.status_code == 200
    assert "1 result" in content
    assert "Recovering a hijacked Facebook page" in content
    assert "<mark>hijacked</mark>" in content
    assert 'name="country" value="jm"' in content and 'Jamaica <span class="count">(1)</span>' in content
    assert "members&#x27; escalation" not in content and "members' escalation" not in content


def test_members_see_member_only_results_on_the_page(client, library):
    client.force_login(member())
    content = client.get("/en/search/", {"q": "hijacked"}).content.decode()
    assert "2 results" in content


def test_chosen_filters_become_removable_chips(client, library):
    content = client.get("/en/search/", {"q": "hijacked", "country": "JM", "principle": "responsive"}).content.decode()
    assert "Country: Jamaica" in content
    assert 'href="?q=hijacked&amp;principle=responsive"' in content
    assert 'name="country" value="jm" checked' in content


def test_pagination_keeps_the_question(client, library):
    first = client.get("/en/search/", {"q": "puffin"}).content.decode()
    assert "12 results" in first and "Page 1 of 2" in first
    assert 'href="?q=puffin&amp;page=2"' in first
    second = client.get("/en/search/", {"q": "puffin", "page": "2"}).content.decode()
    assert 'start="11"' in second and "Page 2 of 2" in second
    answer = client.get("/api/v1/search", {"q": "puffin", "page": "2"}).json()
    assert (answer["total"], answer["page"], answer["pages"]) == (12, 2, 2)


@given(total=st.integers(0, 10**7), per_page=st.integers(1, 100))
def test_results_fill_just_enough_pages_for_every_hit(total, per_page):
    results = SearchResults(hits=[], total=total, facets={}, query=KnowledgeQuery(per_page=per_page))
    assert results.pages >= 1
    assert (results.pages - 1) * per_page < max(total, 1) <= results.pages * per_page


@pytest.mark.parametrize(
    "params,message",
    [
        ({"q": "x" * 10_000}, "Your search was shortened to its first 200 characters."),
        ({"q": "puffin", "page": "1000000000"}, "Only the first 1000 pages of results can be shown"),
        ({"q": "puffin", "page": "abc"}, "There is no page “abc”; showing page 1."),
        ({"q": "puffin", "page": "7"}, "There is no page 7; showing page 2, the last."),
        ({"principle": "nope"}, "“nope” is not a known key principle, so that filter was ignored."),
        ({"kind": "<script>"}, "“&lt;script&gt;” is not a known type of item"),
        ({"year": "-1"}, "“-1” is not a known year"),
        ({"sort": "random"}, "Select a valid choice. random is not one of the available choices."),
    ],
)
def test_hostile_parameters_get_a_clear_message(client, library, params, message):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert message in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "q=%00%01%02",
        "q=%22%22%22%22",
        "q=title%3A(%2Bx+-y)+AND+OR+%5C%2F%7E*%3F",
        "q=" + "%F0%9F%97%B3" * 300,
        "country=%00&country=" + "Z" * 300,
        "page=-5&sort=&year=",
        "q=puffin&" + "&".join(f"region=r{n}" for n in range(300)),
    ],
)
def test_garbage_never_causes_an_error(client, library, query):
    assert client.get(f"/en/search/?{query}").status_code == 200
    assert client.get(f"/api/v1/search?{query}").status_code in {200, 422}
    assert client.get(f"/en/search/autocomplete/?{query}").status_code == 200


def test_the_search_page_says_when_the_engine_is_away(client, sections):
    with using_backend("engine", "http://127.0.0.1:9"):
        CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach")
        content = client.get("/en/search/", {"q": "puffin"}).content.decode()
    assert "Basic search in use" in content


def test_autocomplete_answers_json_for_what_the_reader_may_see(client, library):
    response = client.get("/en/search/autocomplete/", {"q": "hijack"})
    assert response["Content-Type"] == "application/json"
    assert [s["title"] for s in response.json()["suggestions"]] == ["Recovering a hijacked Facebook page"]
    client.force_login(member())
    assert len(client.get("/en/search/autocomplete/", {"q": "hijack"}).json()["suggestions"]) == 2


def test_api_returns_results_and_facets(client, library):
    response = client.get("/api/v1/search", {"q": "hijacked", "country": "jm"})
    assert response.status_code == 200
    data = response.json()
    assert data["total"] == 1
    result = data["results"][0]
    assert result["title"] == "Recovering a hijacked Facebook page"
    assert result["kind"] == "case-study" and result["kind_label"] == "Case study"
    assert result["url"].startswith("/en/case-studies/")
    assert any("<mark>" in snippet for snippet in result["snippets"])
    assert {"value": "JM", "label": "Jamaica", "count": 1, "selected": True} in data["facets"]["country"]


def test_api_never_shows_member_only_items_to_anonymous_callers(client, library):
    anonymous = client.get("/api/v1/search", {"q": "hijacked"}).json()
    assert [r["title"] for r in anonymous["results"]] == ["Recovering a hijacked Facebook page"]
    assert {f["value"]: f["count"] for f in anonymous["facets"]["country"]} == {"JM": 1}
    client.force_login(member())
    assert client.get("/api/v1/search", {"q": "hijacked"}).json()["total"] == 2


def test_api_refuses_unknown_filters_clearly(client, library):
    response = client.get("/api/v1/search", {"principle": "nope", "page": "1"})
    assert response.status_code == 422
    assert response.json()["messages"] == ["“nope” is not a known key principle, so that filter was ignored."]
    assert client.get("/api/v1/search", {"page": "abc"}).status_code == 422


def test_api_is_described_by_an_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    operation = schema["paths"]["/api/v1/search"]["get"]
    assert {parameter["name"] for parameter in operation["parameters"]} >= {"q", "principle", "country", "page", "sort"}
    assert "200" in operation["responses"] and "422" in operation["responses"]


def test_item_pages_show_related_practice(client, library, sections):
    with using_backend("database"):
        related = CaseStudyPageFactory(
            parent=sections["case_studies"],
            title="Another hijacking, another vendor",
            countries=list(library["public"].countries.all()),
            principles=list(library["public"].principles.all()),
        )
        reindex_all()
        content = client.get(library["public"].url).content.decode()
    assert "Related practice" in content
    assert related.title in content
    assert "members&#x27; escalation contacts" not in content


@pytest.fixture
def registration_shelf(sections, backend):
    CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Registering first-time voters in remote districts",
        summary="Mobile teams took registration to villages far from any office.",
    )
    reindex_all()
    return backend


@pytest.mark.parametrize("page", ["1", "1000000000"])
def test_query_syntax_gets_an_answer_from_page_api_and_autocomplete(client, registration_shelf, page):
    text = '"((( OR AND:*\\'
    assert client.get("/en/search/", {"q": text, "page": page}).status_code == 200
    api = client.get("/api/v1/search", {"q": text, "page": page})
    assert api.status_code == 200 and not api.json()["fallback"]
    assert client.get("/en/search/autocomplete/", {"q": text}).status_code == 200


def test_page_and_api_say_when_results_match_only_some_words(client, registration_shelf):
    content = client.get("/en/search/", {"q": "voter registration"}).content.decode()
    assert "showing results for some of your words" in content
    assert "Registering first-time voters in remote districts" in content
    assert "Basic search in use" not in content
    data = client.get("/api/v1/search", {"q": "voter registration"}).json()
    assert data["partial"] and not data["fallback"] and data["total"] >= 1
    whole = client.get("/api/v1/search", {"q": "registration"}).json()
    assert not whole["partial"] and not whole["fallback"]


@pytest.mark.django_db
def test_the_apis_messages_are_in_the_language_asked_for(client):
    for lang, message in [("fr", "n’est pas un principe clé connu"), ("en", "is not a known key principle")]:
        answer = client.get("/api/v1/search", {"q": "audit", "principle": "no-such-principle", "lang": lang}).json()
        assert message in answer["messages"][0]
