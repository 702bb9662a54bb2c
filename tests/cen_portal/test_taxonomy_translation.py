"""The taxonomy in English and French: one canonical row per term that everything is tagged
with, and a French row (made through wagtail-localize) that only carries the French text."""

import pytest
from django.core.exceptions import ValidationError
from django.forms import modelform_factory
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from casestudies.models import CaseStudyPage
from cen_portal.taxonomy import (
    Country,
    ElectionManagementBody,
    KeyPrinciple,
    PracticeArea,
    Region,
    label_for,
    save_translation,
    term_labels,
)
from questions.forms import QuestionForm
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
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


# What readers see ---------------------------------------------------------------------------


def test_the_french_principle_page_shows_the_french_name_summary_and_description(client, sections, french_principle):
    response = client.get("/fr/principles/informative/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr"' in content
    assert '<h1 lang="fr">Informatif</h1>' in content
    assert "Les électeurs reçoivent à temps une information exacte." in content
    assert "<p>Corriger ce qui est faux.</p>" in content
    assert "Correct what is false." not in content


def test_the_english_principle_page_keeps_the_english_text(client, sections, french_principle):
    content = client.get("/en/principles/informative/").content.decode()
    assert '<h1 lang="en">Informative</h1>' in content
    assert "Informatif" not in content


def test_an_untranslated_principle_shows_in_english_on_the_french_page(client, sections, principle):
    response = client.get("/fr/principles/informative/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr"' in content
    assert '<h1 lang="en">Informative</h1>' in content
    assert "Voters get accurate information in good time." in content


def test_a_partly_translated_term_falls_back_field_by_field(principle):
    save_translation(principle, "fr", {"name": "Informatif"})
    with translation.override("fr"):
        assert principle.translated.name == "Informatif"
        assert principle.translated.summary == "Voters get accurate information in good time."


def test_the_french_practice_area_page_shows_its_french_title_guidance_and_principles(
    client, sections, french_principle
):
    area = PracticeAreaFactory(
        number="3.7", slug="fact-checking", title="Fact-checking", guidance="<p>Check first.</p>"
    )
    area.principles.add(french_principle.get_translation(Locale.get_default()))
    save_translation(area, "fr", {"title": "Vérification des faits", "guidance": ["Vérifier d’abord."]})
    content = client.get("/fr/practice-areas/fact-checking/").content.decode()
    assert '<h1 lang="fr">Vérification des faits</h1>' in content
    assert "Vérifier d’abord." in content
    assert ">Informatif</a>" in content
    listing = client.get("/fr/practice-areas/").content.decode()
    assert "3.7 Vérification des faits" in listing


def test_translated_labels_cost_one_query_per_model_and_language(principle, django_assert_num_queries):
    principles = [principle] + [KeyPrincipleFactory() for _ in range(5)]
    for term in principles:
        save_translation(term, "fr", {"name": f"Principe {term.pk}"})
    fresh = list(KeyPrinciple.objects.all())
    with translation.override("fr"), django_assert_num_queries(1):
        labels = [str(term) for term in fresh]
    assert labels == [f"Principe {term.pk}" for term in fresh]
    with translation.override("fr"), django_assert_num_queries(0):
        assert [str(term) for term in fresh] == labels


def test_a_saved_translation_shows_at_once(principle):
    with translation.override("fr"):
        assert str(principle) == "Informative"
        save_translation(principle, "fr", {"name": "Informatif"})
        assert str(KeyPrinciple.objects.get(pk=principle.pk)) == "Informatif"


@pytest.mark.parametrize(
    "code,english,french",
    [("ZA", "South Africa", "Afrique du Sud"), ("GB", "United Kingdom", "Royaume-Uni"), ("CM", "Cameroon", "Cameroun")],
)
def test_country_names_come_from_the_cldr_in_french_and_stay_as_stored_in_english(code, english, french):
    country = CountryFactory(iso_code=code, name=english)
    with translation.override("fr"):
        assert str(country) == french
    with translation.override("en"):
        assert str(country) == english
    assert label_for("country", code, "fr") == french


def test_the_countries_page_lists_french_names_in_french_alphabetical_order(client, sections):
    region = RegionFactory(name="Europe", slug="europe")
    for code, name in [("GB", "United Kingdom"), ("MT", "Malta"), ("CY", "Cyprus")]:
        CountryFactory(iso_code=code, name=name, region=region)
    content = client.get("/fr/countries/").content.decode()
    positions = [content.index(name) for name in ("Chypre", "Malte", "Royaume-Uni")]
    assert positions == sorted(positions)
    assert "United Kingdom" not in content


def test_filters_use_the_same_keys_in_both_languages_with_labels_in_the_readers(client, sections, french_principle):
    principle = KeyPrinciple.objects.get(slug="informative")
    tagged = CaseStudyPageFactory(parent=sections["case_studies"], title="Tagged study", principles=[principle])
    CaseStudyPageFactory(parent=sections["case_studies"], title="Other study")
    for language, label in [("en", "Informative"), ("fr", "Informatif")]:
        response = client.get(f"/{language}/case-studies/", {"principle": "informative"})
        content = response.content.decode()
        assert tagged.title in content
        assert "Other study" not in content
        assert label in content


def test_term_labels_give_every_kind_in_the_readers_language(principle, french_principle):
    region = RegionFactory(name="Africa", slug="africa")
    save_translation(region, "fr", {"name": "Afrique"})
    assert term_labels("principle", "fr") == {"informative": "Informatif"}
    assert term_labels("region", "fr") == {"africa": "Afrique"}
    with translation.override("fr"):
        assert label_for("principle", "informative") == "Informatif"
    assert label_for("principle", "informative", "en") == "Informative"
    assert label_for("principle", "no-such-principle", "fr") == "no-such-principle"


# The admin ----------------------------------------------------------------------------------


def test_the_secretariat_translates_a_key_principle_with_localizes_translate_action(client, sections, principle):
    client.force_login(secretariat_user())
    url = reverse("wagtail_localize:submit_snippet_translation", args=["cen_portal", "keyprinciple", principle.pk])
    assert client.get(url).status_code == 200
    french = Locale.objects.get(language_code="fr")
    response = client.post(url, {"locales": [french.pk]})
    assert response.status_code == 302
    french_principle = principle.get_translation(french)
    # The French row starts as a copy and is translated in localize's editor, string by string.
    assert response["Location"] == reverse("wagtailsnippets_cen_portal_keyprinciple:edit", args=[french_principle.pk])
    assert client.get(response["Location"]).status_code == 200
    save_translation(principle, "fr", {"name": "Informatif"})
    content = client.get("/fr/principles/informative/").content.decode()
    assert '<h1 lang="fr">Informatif</h1>' in content


def test_a_french_emb_row_has_no_pages_of_its_own(client):
    emb = ElectionManagementBodyFactory(name="Elections Canada")
    french_emb = save_translation(emb, "fr", {"name": "Élections Canada"})
    with translation.override("fr"):
        profile = client.get(reverse("indicators:emb", args=[emb.pk]))
        assert profile.status_code == 200
        assert "Élections Canada" in profile.content.decode()
        for name, args in [("emb", []), ("history", ["staff"]), ("suggest_value", ["staff"])]:
            assert client.get(reverse(f"indicators:{name}", args=[french_emb.pk, *args])).status_code == 404
