"""The taxonomy in English and French: one canonical row per term that everything is tagged
with, and a French row (made through wagtail-localize) that only carries the French text."""

import pytest
from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region, save_translation
from questions.forms import QuestionForm
from tests.factories import (
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
    secretariat_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


@pytest.fixture
def principle():
    return KeyPrincipleFactory(
        name="Informative",
        slug="informative",
        summary="Voters get accurate information in good time.",
        description="<p>Say what is happening.</p><p>Correct what is false.</p>",
    )


@pytest.fixture
def french_principle(principle):
    return save_translation(
        principle,
        "fr",
        {
            "name": "Informatif",
            "summary": "Les électeurs reçoivent à temps une information exacte.",
            "description": ["Dire ce qui se passe.", "Corriger ce qui est faux."],
        },
    )


def test_existing_terms_are_in_the_default_locale():
    principle = KeyPrincipleFactory()
    assert principle.locale == Locale.get_default()
    assert principle.translation_key


def test_a_translation_made_with_localize_is_a_french_row_with_the_same_slug(principle, french_principle, french):
    assert french_principle.locale == french
    assert french_principle.slug == principle.slug
    assert french_principle.translation_key == principle.translation_key
    assert french_principle.description == "<p>Dire ce qui se passe.</p><p>Corriger ce qui est faux.</p>"
    assert principle.get_translation(french) == french_principle
    assert list(principle.get_translations()) == [french_principle]


def test_objects_is_the_canonical_taxonomy_and_the_default_manager_sees_every_locale(principle, french_principle):
    assert list(KeyPrinciple.objects.filter(slug="informative")) == [principle]
    assert set(KeyPrinciple._default_manager.filter(slug="informative")) == {principle, french_principle}


def test_a_translated_area_carries_no_relations_of_its_own(principle):
    area = PracticeAreaFactory(slug="fact-checking", title="Fact-checking")
    area.principles.add(principle)
    french_area = save_translation(area, "fr", {"title": "Vérification des faits"})
    assert french_area.slug == "fact-checking"
    assert list(french_area.principles.all()) == []
    assert list(principle.practice_areas.all()) == [area]


def test_a_translated_emb_keeps_the_country_and_website_of_the_original():
    emb = ElectionManagementBodyFactory(name="Elections Canada", abbreviation="", website="https://www.elections.ca")
    french_emb = save_translation(emb, "fr", {"name": "Élections Canada"})
    assert (french_emb.country, french_emb.website) == (emb.country, emb.website)
    assert list(ElectionManagementBody.objects.filter(country=emb.country)) == [emb]


def test_names_and_slugs_are_unique_within_a_language_with_a_clear_message(principle):
    duplicate = KeyPrinciple(name="Informative", slug="informative", summary="x", locale=principle.locale)
    with pytest.raises(ValidationError) as error:
        duplicate.full_clean()
    assert "already exists" in str(error.value)


def test_a_french_term_is_never_offered_as_a_choice(principle, french_principle):
    region = RegionFactory(name="Africa", slug="africa")
    french_region = save_translation(region, "fr", {"name": "Afrique"})
    emb = ElectionManagementBodyFactory(name="Elections Canada", country__region=region)
    save_translation(emb, "fr", {"name": "Élections Canada"})
    # The editor's forms are model forms: each relation to a term offers the canonical rows only.
    page_form = modelform_factory(CaseStudyPage, fields=["principles", "emb"])()
    assert list(page_form.fields["principles"].queryset) == [principle]
    assert list(page_form.fields["emb"].queryset) == [emb]
    area_form = modelform_factory(PracticeArea, fields=["principles"])()
    assert list(area_form.fields["principles"].queryset) == [principle]
    country_form = modelform_factory(Country, fields=["region"])()
    assert list(country_form.fields["region"].queryset) == [region]
    assert french_region in Region._default_manager.all()
    with translation.override("fr"):
        form = QuestionForm()
        assert [str(choice) for choice in form.fields["principles"].queryset] == ["Informatif"]
        assert [label for _value, label in form.fields["regions"].choices] == ["Afrique"]


def test_a_french_term_picked_anyway_is_refused_by_the_form(principle, french_principle):
    form_class = modelform_factory(CaseStudyPage, fields=["principles"])
    assert "principles" in form_class({"principles": [french_principle.pk]}).errors
    assert not form_class({"principles": [principle.pk]}).errors.get("principles")


def test_saving_a_translation_logs_no_task_failure(principle, caplog):
    save_translation(principle, "fr", {"name": "Informatif"})
    assert not [record for record in caplog.records if record.levelname == "ERROR"]


def test_the_snippet_chooser_offers_only_the_canonical_emb(client):
    emb = ElectionManagementBodyFactory(name="Elections Canada")
    save_translation(emb, "fr", {"name": "Élections Canada"})
    client.force_login(secretariat_user())
    response = client.get(reverse("wagtailsnippetchoosers_cen_portal_electionmanagementbody:choose"))
    assert response.status_code == 200
    content = response.json()["html"]
    assert "Elections Canada" in content
    assert "Élections Canada" not in content


def test_the_snippet_admin_lists_both_languages_with_its_locale_filter(client, principle, french_principle):
    client.force_login(secretariat_user())
    listing = client.get(reverse("wagtailsnippets_cen_portal_keyprinciple:list"), {"locale": "fr"})
    assert listing.status_code == 200
    assert "Informatif" in listing.content.decode()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_browse_listing_shows_each_principle_once(client, sections, principle, french_principle, language):
    response = client.get(f"/{language}/principles/")
    assert response.status_code == 200
    content = response.content.decode()
    assert content.count('href="/' + language + '/principles/informative/"') == 1
