"""The case-study listing: filters from the query string, chips, pagination and bad input."""

import pytest

from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(sections):
    caribbean = RegionFactory(name="Caribbean and Americas", slug="caribbean-americas")
    pacific = RegionFactory(name="Pacific", slug="pacific")
    jamaica = CountryFactory(iso_code="JM", name="Jamaica", region=caribbean)
    fiji = CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    accessible = KeyPrincipleFactory(name="Accessible", slug="accessible")
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    security = PracticeAreaFactory(number="3.9", title="Security of information", slug="security-of-information")
    index = sections["case_studies"]
    return {
        "hacked": CaseStudyPageFactory(
            parent=index,
            title="Hacked account recovered",
            year=2016,
            countries=[jamaica],
            principles=[responsive],
            practice_areas=[security],
        ),
        "sms": CaseStudyPageFactory(
            parent=index, title="SMS for rural voters", year=2018, countries=[fiji], principles=[accessible]
        ),
        "audio": CaseStudyPageFactory(
            parent=index, title="Audio website", year=2018, countries=[jamaica], principles=[accessible, responsive]
        ),
    }


def titles(response):
    return [item.title for item in response.context["items"]]


def test_listing_shows_newest_first(client, library):
    response = client.get("/en/case-studies/")
    assert response.status_code == 200
    assert titles(response) == ["Audio website", "SMS for rural voters", "Hacked account recovered"]
    assert response.context["result_count"] == 3


@pytest.mark.parametrize(
    "query,expected",
    [
        ("principle=responsive", {"Hacked account recovered", "Audio website"}),
        (
            "principle=responsive&principle=accessible",
            {"Hacked account recovered", "SMS for rural voters", "Audio website"},
        ),
        ("principle=accessible&country=jm", {"Audio website"}),
        ("country=JM", {"Hacked account recovered", "Audio website"}),
        ("region=pacific", {"SMS for rural voters"}),
        ("area=security-of-information", {"Hacked account recovered"}),
        ("year=2018", {"SMS for rural voters", "Audio website"}),
        ("year=2018&region=caribbean-americas", {"Audio website"}),
    ],
)
def test_filters_combine_or_within_and_across(client, library, query, expected):
    response = client.get(f"/en/case-studies/?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected
    assert response.context["filter_messages"] == []


def test_filter_options_only_offer_values_in_use_and_mark_selected_ones(client, library):
    response = client.get("/en/case-studies/?principle=accessible")
    groups = {group["name"]: group for group in response.context["filter_groups"]}
    assert [c["value"] for c in groups["country"]["choices"]] == ["fj", "jm"]
    assert {c["value"]: c["selected"] for c in groups["principle"]["choices"]} == {
        "accessible": True,
        "responsive": False,
    }
    assert [c["value"] for c in groups["year"]["choices"]] == ["2018", "2016"]
    assert b'name="principle" value="accessible" checked' in response.content


def test_active_filter_chips_remove_one_filter_each(client, library):
    response = client.get("/en/case-studies/?principle=accessible&country=jm&page=1")
    chips = {chip["label"]: chip["remove_query"] for chip in response.context["active_filters"]}
    assert chips == {"Key principle: Accessible": "country=jm", "Country: Jamaica": "principle=accessible"}


@pytest.mark.parametrize(
    "query,message",
    [
        ("principle=made-up", "“made-up” is not a known key principle, so that filter was ignored."),
        ("country=ZZ", "“zz” is not a known country, so that filter was ignored."),
        ("year=abc", "“abc” is not a known year, so that filter was ignored."),
        ("year=1800", "“1800” is not a known year, so that filter was ignored."),
        ("region=%00%01", "“” is not a known region, so that filter was ignored."),
        ("area=" + "x" * 5000, "“" + "x" * 39 + "…” is not a known good-practice area, so that filter was ignored."),
    ],
)
def test_unknown_filter_values_are_ignored_with_a_clear_message(client, library, query, message):
    response = client.get(f"/en/case-studies/?{query}")
    assert response.status_code == 200
    assert response.context["filter_messages"] == [message]
    assert response.context["result_count"] == 3
    assert "Some of your filters could not be used" in response.content.decode()


def test_good_filters_still_apply_beside_bad_ones(client, library):
    response = client.get("/en/case-studies/?principle=accessible&principle=nonsense&year=2018")
    assert set(titles(response)) == {"SMS for rural voters", "Audio website"}
    assert len(response.context["filter_messages"]) == 1


@pytest.mark.parametrize("page,shown", [("2", 2), ("999999999", 2), ("abc", 1), ("-1", 2), ("1e9", 1)])
def test_pages_out_of_range_show_a_real_page_and_say_so(client, sections, page, shown):
    for number in range(14):
        CaseStudyPageFactory(parent=sections["case_studies"], title=f"Study {number:02}")
    response = client.get(f"/en/case-studies/?page={page}")
    assert response.status_code == 200
    assert response.context["items"].number == shown
    if page != "2":
        assert f"There is no page “{page[:11]}" in response.content.decode()


def test_pagination_links_keep_the_filters(client, sections):
    principle = KeyPrincipleFactory(name="Accessible", slug="accessible")
    for _ in range(14):
        CaseStudyPageFactory(parent=sections["case_studies"], principles=[principle])
    content = client.get("/en/case-studies/?principle=accessible").content.decode()
    assert 'href="?principle=accessible&amp;page=2"' in content
