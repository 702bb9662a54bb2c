"""The Secretariat curates the taxonomy in the Wagtail admin: listings filter and search."""

import pytest

from tests.factories import CountryFactory, ElectionManagementBodyFactory, RegionFactory, secretariat_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat_client(client):
    client.force_login(secretariat_user())
    return client


@pytest.fixture
def countries():
    pacific = RegionFactory(name="Pacific", slug="pacific")
    africa = RegionFactory(name="Africa", slug="africa")
    return {
        "fiji": CountryFactory(iso_code="FJ", name="Fiji", region=pacific),
        "samoa": CountryFactory(iso_code="WS", name="Samoa", region=pacific),
        "ghana": CountryFactory(iso_code="GH", name="Ghana", region=africa),
        "pacific": pacific,
    }


def listed(response):
    return {str(obj) for obj in response.context["object_list"]}


def test_country_listing_filters_by_region(secretariat_client, countries):
    response = secretariat_client.get("/admin/snippets/cen_portal/country/", {"region": countries["pacific"].pk})
    assert response.status_code == 200
    assert listed(response) == {"Fiji", "Samoa"}


def test_country_listing_searches_by_name_and_code(secretariat_client, countries):
    assert listed(secretariat_client.get("/admin/snippets/cen_portal/country/", {"q": "ghan"})) == {"Ghana"}
    assert listed(secretariat_client.get("/admin/snippets/cen_portal/country/", {"q": "WS"})) == {"Samoa"}


def test_emb_listing_filters_by_country_and_searches(secretariat_client, countries):
    ElectionManagementBodyFactory(name="Fijian Elections Office", abbreviation="FEO", country=countries["fiji"])
    ElectionManagementBodyFactory(name="Electoral Commission of Ghana", abbreviation="EC", country=countries["ghana"])
    by_country = secretariat_client.get(
        "/admin/snippets/cen_portal/electionmanagementbody/", {"country": countries["fiji"].pk}
    )
    by_search = secretariat_client.get("/admin/snippets/cen_portal/electionmanagementbody/", {"q": "ghana"})
    assert listed(by_country) == {"Fijian Elections Office"}
    assert listed(by_search) == {"Electoral Commission of Ghana"}


def test_a_bad_country_code_in_the_admin_form_is_explained(secretariat_client, countries):
    response = secretariat_client.post(
        "/admin/snippets/cen_portal/country/add/",
        {"name": "Atlantis", "iso_code": "A1", "region": countries["pacific"].pk},
    )
    assert response.status_code == 200
    assert "Use the two capital letters of ISO 3166-1, such as JM." in response.content.decode()


def test_taxonomy_is_not_open_to_anonymous_visitors(client):
    response = client.get("/admin/snippets/cen_portal/country/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")
