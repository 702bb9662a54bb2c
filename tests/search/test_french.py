"""Search in French, on both backends: French analysis of French items, the reader's language
first (a boost, not a filter), facets shared across languages, and privacy that follows a
page into its translations. Every search asserts which backend answered.

These only search the items, built once per backend; test_french_changes.py adds to them."""

import pytest

from search import service
from search.sources import document_for_key, page_key
from tests.factories import make_home, make_sections, member
from tests.search.bilingual_corpus import build_bilingual, search
from tests.search.conftest import BACKENDS, world_on
from tests.search.contract_corpus import titles

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", params=BACKENDS)
def bilingual(request, django_db_setup, django_db_blocker):
    """Built once per backend for the tests here, which only search it."""
    with world_on(request.param, django_db_blocker):
        yield build_bilingual(make_sections(make_home()))


def test_every_document_carries_its_language(bilingual):
    assert document_for_key(page_key(bilingual["rumours_en"]))["language"] == "en"
    french = document_for_key(page_key(bilingual["rumours_fr"]))
    assert french["language"] == "fr"
    assert french["url"].startswith("/fr/")


def test_french_words_are_found_in_any_of_their_forms(bilingual):
    french = "Contrer la désinformation au Kenya le jour du scrutin"
    # Accents, elisions, plural and feminine forms, and French stop words.
    for text in ["desinformation", "DÉSINFORMATION", "l'élection", "l’élection", "électoral", "réseau social"]:
        assert french in titles(search(text)), text
    assert french in titles(search("la désinformation sur les réseaux sociaux"))


def test_a_french_question_finds_french_items_first_then_english_ones(bilingual):
    found = titles(search("désinformation"))
    assert found[:2] == [
        "Contrer la désinformation au Kenya le jour du scrutin",
        "Countering disinformation in Kenya on polling day",
    ]


def test_english_readers_get_english_items_first(bilingual):
    found = titles(search("Kenya disinformation", language="en"))
    assert found[:2] == [
        "Countering disinformation in Kenya on polling day",
        "Contrer la désinformation au Kenya le jour du scrutin",
    ]
    assert titles(search("Kenya disinformation", language="fr"))[0] == (
        "Contrer la désinformation au Kenya le jour du scrutin"
    )


def test_the_field_vocabulary_links_the_two_languages(bilingual):
    assert "Countering disinformation in Kenya on polling day" in titles(search("jour du scrutin"))
    assert "Online voter registration for citizens abroad" in titles(search("inscription sur les listes électorales"))


def test_facets_are_shared_across_languages(bilingual):
    results = search("Kenya", filters={"principle": ["responsive"]})
    assert set(titles(results)) == {
        "Contrer la désinformation au Kenya le jour du scrutin",
        "Countering disinformation in Kenya on polling day",
    }
    counts = {value.value: value.count for value in results.facets["principle"]}
    assert counts == {"responsive": 2, "accessible": 1}


def test_snippets_mark_french_words_as_written(bilingual):
    hit = search("élections").hits[0]
    assert "<mark>élections</mark>" in " ".join(hit.highlights)


def test_a_translation_of_a_restricted_page_is_restricted(client, bilingual):
    french = "Note aux membres sur l'escalade des signalements"
    anonymous = search("réseaux sociaux")
    assert french not in titles(anonymous)
    # Nor counted in a facet: the two public Kenya items (English and French) only.
    assert {value.value: value.count for value in anonymous.facets["country"]} == {"KE": 2}
    assert french not in [value["title"] for value in service.autocomplete("Note aux", None, language="fr")]
    api = client.get("/api/v1/search", {"q": "escalade membres", "lang": "fr"}).content.decode()
    page = client.get("/fr/search/", {"q": "escalade membres"}).content.decode()
    assert "escalade des signalements" not in api and "escalade des signalements" not in page
    assert french in titles(search("escalade membres", user=member()))


def test_autocomplete_puts_the_readers_language_first(bilingual):
    french_first = [s["title"] for s in service.autocomplete("contr", None, language="fr")]
    assert french_first == ["Contrer la désinformation au Kenya le jour du scrutin"]
    both = [s["title"] for s in service.autocomplete("co", None, language="fr")]
    assert both[0] == "Contrer la désinformation au Kenya le jour du scrutin"
    assert "Countering disinformation in Kenya on polling day" in both


def test_facet_labels_are_in_the_readers_language(bilingual):
    english = {value.value: value.label for value in search("Kenya", language="en").facets["kind"]}
    french = {value.value: value.label for value in search("Kenya", language="fr").facets["kind"]}
    assert english["case-study"] == "Case study"
    assert french["case-study"] == "Étude de cas"


def test_the_api_takes_the_readers_language(client, bilingual):
    french = client.get("/api/v1/search", {"q": "désinformation", "lang": "fr", "kind": "case-study"}).json()
    assert french["results"][0]["title"] == "Contrer la désinformation au Kenya le jour du scrutin"
    assert french["results"][0]["language"] == "fr"
    assert french["facets"]["kind"][0]["label"] == "Étude de cas"
    english = client.get("/api/v1/search", {"q": "Kenya disinformation", "kind": "case-study"}).json()
    assert english["results"][0]["title"] == "Countering disinformation in Kenya on polling day"


def test_an_unknown_language_gets_a_clear_message(client, bilingual):
    response = client.get("/api/v1/search", {"q": "Kenya", "lang": "de"})
    assert response.status_code == 422
    assert "Languages available: en, fr." in response.json()["messages"]


def test_the_french_search_page_searches_in_french(client, bilingual):
    content = client.get("/fr/search/", {"q": "Kenya désinformation", "kind": "case-study"}).content.decode()
    assert content.index("Contrer la désinformation") < content.index("Countering disinformation")
    # The English item says it is in English, and its title carries its language.
    assert "· Anglais</p>" in content
    assert '<h2 class="card__title" lang="en">' in content
    suggestions = client.get("/fr/search/autocomplete/", {"q": "co"}).json()["suggestions"]
    assert suggestions[0]["title"] == "Contrer la désinformation au Kenya le jour du scrutin"


def test_a_long_question_full_of_the_fields_vocabulary_is_still_answered(bilingual):
    # Each word is looked for in both languages' fields with its synonyms: more clauses than
    # an engine accepts, so the engine is asked again with fewer words, never left for the
    # database.
    text = " ".join(["social media election day voter registration EMB réseaux sociaux jour du scrutin"] * 3)
    assert titles(search(text[:200], language="en"))
    assert titles(search(text[:200]))
    # One "word" of a hundred hyphenated parts is a hundred words to an engine.
    assert search("-".join(["ab"] * 100)[:200]).total == 0
