"""The demo taxonomy in French: made through wagtail-localize, complete, and loaded once."""

import io

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.utils import translation
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation

from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple, PracticeArea, Region
from demo import taxonomy as demo

pytestmark = pytest.mark.django_db

TRANSLATED_MODELS = [KeyPrinciple, PracticeArea, Region, ElectionManagementBody]


def french_rows(model):
    return model._default_manager.filter(locale__language_code="fr")


def test_every_principle_area_and_region_has_its_french_text():
    assert {p.slug: p.name for p in french_rows(KeyPrinciple)} == {
        slug: data["name"] for slug, data in demo.FRENCH_PRINCIPLES.items()
    }
    assert {a.slug: a.title for a in french_rows(PracticeArea)} == {
        slug: data["title"] for slug, data in demo.FRENCH_PRACTICE_AREAS.items()
    }
    assert {r.slug: r.name for r in french_rows(Region)} == demo.FRENCH_REGIONS
    assert (KeyPrinciple.objects.count(), PracticeArea.objects.count()) == (8, 10)
    for principle in french_rows(KeyPrinciple):
        english = principle.get_translation(Locale.get_default())
        assert principle.summary != english.summary
        assert principle.description.count("<p>") == english.description.count("<p>") == 2


def test_elections_canada_has_its_official_french_name_and_the_others_keep_theirs():
    assert [emb.name for emb in french_rows(ElectionManagementBody)] == ["Élections Canada"]
    canada = ElectionManagementBody.objects.get(name="Elections Canada")
    jamaica = ElectionManagementBody.objects.get(name="Electoral Commission of Jamaica")
    with translation.override("fr"):
        assert (str(canada), str(jamaica)) == ("Élections Canada", "Electoral Commission of Jamaica")


def test_the_french_rows_are_localize_translations_the_admin_can_edit():
    french = Locale.objects.get(language_code="fr")
    translations = Translation.objects.filter(
        target_locale=french,
        source__specific_content_type__in=ContentType.objects.get_for_models(*TRANSLATED_MODELS).values(),
    )
    assert translations.count() == sum(french_rows(model).count() for model in TRANSLATED_MODELS)
    principle = KeyPrinciple.objects.get(slug="responsive")
    translation_of_it = translations.get(source__object_id=principle.translation_key)
    assert translation_of_it.get_progress() == (4, 4)  # name, summary and the description's two paragraphs
    assert StringTranslation.objects.filter(locale=french, data="Réactif").exists()


def test_loading_again_changes_no_french_row():
    before = {model: sorted(french_rows(model).values_list("pk", "translation_key")) for model in TRANSLATED_MODELS}
    call_command("load_demo_content", stdout=io.StringIO())
    after = {model: sorted(french_rows(model).values_list("pk", "translation_key")) for model in TRANSLATED_MODELS}
    assert after == before


def test_the_demo_principle_page_is_in_french_at_its_french_address(client):
    content = client.get("/fr/principles/informative/").content.decode()
    assert '<h1 lang="fr">Informatif</h1>' in content
    assert "comment s’inscrire sur les listes électorales" in content
    assert "3.8 Comprendre le public cible" in content
