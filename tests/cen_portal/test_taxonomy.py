import pytest
from django.core.exceptions import ValidationError

from cen_portal.taxonomy import Country, PracticeArea, SocialAccount
from tests.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
)

pytestmark = pytest.mark.django_db


def test_country_codes_are_stored_in_capitals():
    country = CountryFactory(iso_code="jm", name="Jamaica")
    country.refresh_from_db()
    assert country.iso_code == "JM"
    assert country.slug == "jm"


@pytest.mark.parametrize("code", ["J", "J1", "JAM", "éé"])
def test_country_codes_must_be_two_letters(code):
    country = Country(iso_code=code, name="Nowhere", region=RegionFactory())
    with pytest.raises(ValidationError) as error:
        country.full_clean()
    assert "iso_code" in error.value.message_dict


@pytest.mark.parametrize("number,valid", [("3.9", True), ("3.10", True), ("3", True), ("3.", False), ("three", False)])
def test_practice_area_numbers_are_section_numbers(number, valid):
    area = PracticeArea(number=number, title="Security of information", slug=f"area-{len(number)}", summary="x")
    if valid:
        area.full_clean(exclude=["principles"])
    else:
        with pytest.raises(ValidationError):
            area.full_clean(exclude=["principles"])


def test_practice_areas_carry_the_principles_they_serve():
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    appropriate = KeyPrincipleFactory(name="Appropriate use", slug="appropriate-use")
    area = PracticeAreaFactory(number="3.9", title="Security of information")
    area.principles.set([responsive, appropriate])
    assert set(responsive.practice_areas.all()) == {area}
    assert str(area) == "3.9 Security of information"


def test_practice_areas_are_listed_in_guide_order():
    PracticeAreaFactory(number="3.2", slug="b", sort_order=2)
    PracticeAreaFactory(number="3.10", slug="c", sort_order=10)
    PracticeAreaFactory(number="3.1", slug="a", sort_order=1)
    assert [area.number for area in PracticeArea.objects.all()] == ["3.1", "3.2", "3.10"]


def test_emb_names_its_country():
    emb = ElectionManagementBodyFactory(
        name="Fijian Elections Office", country=CountryFactory(iso_code="FJ", name="Fiji")
    )
    SocialAccount.objects.create(emb=emb, platform="facebook", url="https://www.facebook.com/example")
    assert emb.country.embs.get() == emb
    assert str(emb.social_accounts.get()) == "Facebook: https://www.facebook.com/example"


def test_knowledge_items_take_their_regions_from_their_countries(home):
    caribbean = RegionFactory(name="Caribbean and Americas", slug="caribbean-americas", sort_order=3)
    africa = RegionFactory(name="Africa", slug="africa", sort_order=1)
    case_study = CaseStudyPageFactory(
        parent=CaseStudyIndexPageFactory(parent=home),
        countries=[
            CountryFactory(iso_code="JM", region=caribbean),
            CountryFactory(iso_code="TT", region=caribbean),
            CountryFactory(iso_code="GH", region=africa),
        ],
    )
    assert case_study.regions == [africa, caribbean]
