"""Search in French, on both backends: translations and translated terms published later
reach search. Each test adds to its own items and indexes the change."""

import pytest

from cen_portal.taxonomy import KeyPrinciple, save_translation
from search import service
from search.sources import document_for_key, page_key
from tests.factories import CaseStudyPageFactory
from tests.search.bilingual_corpus import build_bilingual, search, translate
from tests.search.conftest import index_now
from tests.search.contract_corpus import titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def bilingual(sections, backend):
    return build_bilingual(sections)


def test_a_translation_published_later_is_found(bilingual):
    english = CaseStudyPageFactory(
        parent=bilingual["rumours_en"].get_parent(), title="Braille ballot guides", summary="Guides in braille."
    )
    index_now()
    translate(english, title="Guides de vote en braille", summary="Des guides en braille pour les électeurs aveugles.")
    index_now()
    assert titles(search("aveugles")) == ["Guides de vote en braille"]


def test_a_french_reader_finds_the_english_version_while_there_is_no_french_one(bilingual):
    english = CaseStudyPageFactory(
        parent=bilingual["rumours_en"].get_parent(), title="Braille ballot guides", summary="Guides in braille."
    )
    english.save_revision().publish()
    index_now()
    assert titles(search("braille")) == ["Braille ballot guides"]
    french = translate(english, title="Guides de vote en braille", summary="Des guides en braille.")
    index_now()
    assert titles(search("braille")) == ["Guides de vote en braille"]
    assert titles(search("braille", language="en")) == ["Braille ballot guides"]
    french.refresh_from_db()  # the publish above went through a revision
    french.unpublish()
    index_now()
    assert titles(search("braille")) == ["Braille ballot guides"]
    french.save_revision().publish()
    index_now()
    assert titles(search("braille")) == ["Guides de vote en braille"]
    french.delete()
    index_now()
    assert titles(search("braille")) == ["Braille ballot guides"]


def test_translated_principles_are_guidance_in_french_and_name_the_items_tagged_with_them(sections, bilingual):
    responsive = KeyPrinciple.objects.get(slug="responsive")
    translate(sections["principles"], title="Principes clés")
    french = save_translation(responsive, "fr", {"name": "Réactif", "summary": "Répondre vite et bien aux électeurs."})
    index_now()
    document = document_for_key(f"principle:{french.pk}")
    assert document["language"] == "fr" and document["principles"] == ["responsive"]
    assert document["url"].startswith("/fr/")
    # The English item tagged with the principle carries its French name too.
    english = document_for_key(page_key(bilingual["rumours_en"]))
    assert "Réactif" in english["names"]["fr"] and "Responsive" in english["names"]["en"]
    found = titles(search("réactif", filters={"kind": ["guidance", "case-study"]}))
    # The guidance once, in French; the tagged study in its French version.
    assert found == ["Réactif", "Contrer la désinformation au Kenya le jour du scrutin"]
    # An English reader gets the English guidance, and the study in English.
    found = titles(search("responsive", language="en", filters={"kind": ["guidance", "case-study"]}))
    assert "Réactif" not in found and found[0] == "Responsive"


def test_related_practice_leaves_out_the_items_own_translations_and_shows_each_in_the_readers_language(bilingual):
    studies = bilingual["rumours_en"].get_parent()
    sibling_en = CaseStudyPageFactory(
        parent=studies,
        title="Radio call-in shows against rumours",
        summary="Listeners asked the commission about rumours on air.",
        countries=[bilingual["rumours_en"].countries.first()],
        principles=[bilingual["rumours_en"].principles.first()],
    )
    sibling_fr = translate(sibling_en, title="Des émissions de radio contre les rumeurs", summary="Les auditeurs.")
    index_now()
    from_french = [hit.key for hit in service.related(page_key(bilingual["rumours_fr"]), None, language="fr")]
    assert page_key(bilingual["rumours_en"]) not in from_french
    assert page_key(sibling_fr) in from_french and page_key(sibling_en) not in from_french
    from_english = [hit.key for hit in service.related(page_key(bilingual["rumours_en"]), None, language="en")]
    assert page_key(bilingual["rumours_fr"]) not in from_english
    assert page_key(sibling_en) in from_english and page_key(sibling_fr) not in from_english
