"""Browsing by principle, practice area and country, and the home page."""

import pytest
from wagtail.models import PageViewRestriction

from cen_portal.taxonomy import SocialAccount
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    ElectionManagementBodyFactory,
    InstrumentPageFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    ProvisionPageFactory,
    ReportPageFactory,
    WorkingGroupPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def responsive():
    return KeyPrincipleFactory(name="Responsive", slug="responsive", summary="Answer the public quickly.")


def test_principles_page_lists_every_principle(client, sections, responsive):
    KeyPrincipleFactory(name="Accessible", slug="accessible")
    response = client.get("/en/principles/")
    assert response.status_code == 200
    assert b"Responsive" in response.content and b"Accessible" in response.content
    assert b'href="/en/principles/responsive/"' in response.content


def test_principle_page_shows_everything_tagged_with_it(client, sections, responsive):
    area = PracticeAreaFactory(number="3.9", title="Security of information")
    area.principles.add(responsive)
    CaseStudyPageFactory(
        parent=sections["case_studies"], title="Recovering a hijacked account", principles=[responsive]
    )
    group = WorkingGroupPageFactory(parent=sections["working_groups"])
    ReportPageFactory(parent=group, title="Rumour control on polling day", principles=[responsive])
    instrument = InstrumentPageFactory(parent=sections["instruments"], title="Universal Declaration of Human Rights")
    ProvisionPageFactory(
        parent=instrument, reference="Article 19", title="Freedom of expression", principles=[responsive]
    )
    CaseStudyPageFactory(parent=sections["case_studies"], title="Untagged study")

    response = client.get("/en/principles/responsive/")

    assert response.status_code == 200
    content = response.content.decode()
    assert '<h1 lang="en">Responsive</h1>' in content
    assert "Recovering a hijacked account" in content
    assert "Rumour control on polling day" in content
    assert "Freedom of expression" in content
    assert "3.9 Security of information" in content
    assert "Untagged study" not in content


def test_principle_page_hides_private_and_draft_items(client, sections, responsive):
    private = CaseStudyPageFactory(parent=sections["case_studies"], title="Members-only study", principles=[responsive])
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = CaseStudyPageFactory(parent=sections["case_studies"], title="Draft study", principles=[responsive])
    draft.unpublish()

    content = client.get("/en/principles/responsive/").content.decode()

    assert "Members-only study" not in content
    assert "Draft study" not in content
    assert "Nothing has been tagged with this yet." in content


def test_principle_page_links_to_the_full_filtered_listing_when_there_are_many(client, sections, responsive):
    for number in range(8):
        CaseStudyPageFactory(parent=sections["case_studies"], title=f"Study {number}", principles=[responsive])
    content = client.get("/en/principles/responsive/").content.decode()
    assert content.count('class="card"') == 6
    assert 'href="/en/case-studies/?principle=responsive"' in content
    assert "See all 8 case studies" in content


def test_unknown_principle_is_not_found(client, sections):
    response = client.get("/en/principles/no-such-thing/")
    assert response.status_code == 404
    assert b"Page not found" in response.content


def test_country_page_shows_its_embs_and_case_studies(client, sections):
    fiji = CountryFactory(iso_code="FJ", name="Fiji")
    emb = ElectionManagementBodyFactory(name="Fijian Elections Office", country=fiji, website="https://www.feo.org.fj")
    SocialAccount.objects.create(emb=emb, platform="facebook", url="https://www.facebook.com/fijianelectionsoffice")
    CaseStudyPageFactory(parent=sections["case_studies"], title="Voter information by SMS", countries=[fiji])

    response = client.get("/en/countries/fj/")

    content = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Fiji</h1>" in content
    assert 'href="https://www.feo.org.fj"' in content
    assert "Facebook" in content
    assert "Voter information by SMS" in content
    assert client.get("/en/countries/FJ/").status_code == 200


@pytest.mark.parametrize("path", ["/en/countries/zz/", "/en/countries/fiji/", "/en/countries/%00/"])
def test_unknown_country_is_not_found(client, sections, path):
    assert client.get(path).status_code == 404


def test_countries_page_groups_countries_by_region(client, sections):
    CountryFactory(iso_code="FJ", name="Fiji", region__name="Pacific", region__slug="pacific")
    CountryFactory(iso_code="GH", name="Ghana", region__name="Africa", region__slug="africa")
    content = client.get("/en/countries/").content.decode()
    assert content.index("Africa") < content.index("Ghana") < content.index("Pacific") < content.index("Fiji")


def test_practice_area_page_shows_its_guidance_and_principles(client, sections, responsive):
    area = PracticeAreaFactory(
        number="3.9",
        title="Security of information",
        slug="security-of-information",
        guidance="<p>Limit administrators.</p>",
    )
    area.principles.add(responsive)
    content = client.get("/en/practice-areas/security-of-information/").content.decode()
    assert "Limit administrators." in content
    assert 'href="/en/principles/responsive/"' in content
    assert "3.9" in content


def test_home_page_offers_principles_and_latest_items(client, sections, responsive):
    CaseStudyPageFactory(parent=sections["case_studies"], title="Youth turnout on their own platforms")
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on New Media")
    ReportPageFactory(parent=group, title="Suva meeting report")
    InstrumentPageFactory(parent=sections["instruments"], title="Commonwealth Charter", year=2012)

    content = client.get("/en/").content.decode()

    assert content.count("<h1") == 1
    for text in [
        "Responsive",
        "Youth turnout on their own platforms",
        "Suva meeting report",
        "Working Group on New Media",
        "Commonwealth Charter",
    ]:
        assert text in content


def test_breadcrumbs_lead_back_home(client, sections):
    study = CaseStudyPageFactory(parent=sections["case_studies"], title="A study")
    content = client.get(study.url).content.decode()
    assert 'aria-label="Breadcrumb"' in content
    assert '<a href="/en/">Home</a>' in content
    assert '<a href="/en/case-studies/">Case studies</a>' in content
