"""Search in French, on both backends: French analysis of French items, one result per item in
the reader's language where it is translated (items in other languages still answer, and say
so), facets shared across languages and counting each item once, and privacy that follows a
page into its translations. Every search asserts which backend answered.

These only search the items, built once per backend; test_french_changes.py adds to them."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

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


def test_a_translated_item_is_found_once_in_the_readers_language(bilingual):
    # Asked in either language, by either reader: the version in the reader's language only.
    for text in ["désinformation", "disinformation", "Kenya disinformation"]:
        assert titles(search(text)) == ["Contrer la désinformation au Kenya le jour du scrutin"], text
        assert titles(search(text, language="en")) == ["Countering disinformation in Kenya on polling day"], text


QUESTION_WORDS = [
    "Kenya",
    "désinformation",
    "disinformation",
    "rumeurs",
    "rumours",
    "réseaux sociaux",
    "social media",
    "jour du scrutin",
    "registration",
    "inscription",
    "membres",
    "escalation",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    words=st.lists(st.sampled_from(QUESTION_WORDS), max_size=3),
    language=st.sampled_from(["en", "fr"]),
    signed_in=st.booleans(),
    principle=st.sampled_from([[], ["responsive"], ["accessible"]]),
)
def test_no_item_is_ever_found_twice(bilingual, words, language, signed_in, principle):
    results = search(
        " ".join(words), user=member() if signed_in else None, language=language, filters={"principle": principle}
    )
    pages = Page.objects.filter(pk__in=[int(hit.key.partition(":")[2]) for hit in results.hits]).select_related(
        "locale"
    )
    items = [page.translation_key for page in pages]
    assert len(items) == len(set(items)) == results.total
    # Each in the reader's language where it has that version.
    for page in pages:
        versions = {version.locale.language_code for version in page.get_translations(inclusive=True)}
        assert page.locale.language_code == language or language not in versions
    # Facets count items, not versions: every study here is about exactly one country.
    assert sum(value.count for value in results.facets["country"]) == results.total


def test_an_item_only_in_english_answers_a_french_question(bilingual):
    results = search("Kenya")
    assert titles(results) == [
        "Contrer la désinformation au Kenya le jour du scrutin",
        "Online voter registration for citizens abroad",
    ]
    assert [hit.language for hit in results.hits] == ["fr", "en"]


def test_the_field_vocabulary_links_the_two_languages(bilingual):
    # French words find the English version for an English reader, and an item only in
    # English for a French one.
    assert titles(search("jour du scrutin", language="en")) == ["Countering disinformation in Kenya on polling day"]
    assert "Online voter registration for citizens abroad" in titles(search("inscription sur les listes électorales"))


def test_facets_are_shared_across_languages(bilingual):
    results = search("Kenya", filters={"principle": ["responsive"]})
    assert titles(results) == ["Contrer la désinformation au Kenya le jour du scrutin"]
    # Each item counted once: the translated study and the English-only one.
    counts = {value.value: value.count for value in results.facets["principle"]}
    assert counts == {"responsive": 1, "accessible": 1}


def test_snippets_mark_french_words_as_written(bilingual):
    hit = search("élections").hits[0]
    assert "<mark>élections</mark>" in " ".join(hit.highlights)


def test_a_translation_of_a_restricted_page_is_restricted(client, bilingual):
    french = "Note aux membres sur l'escalade des signalements"
    anonymous = search("réseaux sociaux")
    assert french not in titles(anonymous)
    # Nor counted in a facet: the one public Kenya item about social media only.
    assert {value.value: value.count for value in anonymous.facets["country"]} == {"KE": 1}
    assert french not in [value["title"] for value in service.autocomplete("Note aux", None, language="fr")]
    api = client.get("/api/v1/search", {"q": "escalade membres", "lang": "fr"}).content.decode()
    page = client.get("/fr/search/", {"q": "escalade membres"}).content.decode()
    assert "escalade des signalements" not in api and "escalade des signalements" not in page
    assert french in titles(search("escalade membres", user=member()))


def test_autocomplete_suggests_each_item_once_in_the_readers_language(bilingual):
    for words in ["contr", "co"]:
        in_french = [s["title"] for s in service.autocomplete(words, None, language="fr")]
        assert in_french == ["Contrer la désinformation au Kenya le jour du scrutin"], words
    in_english = [s["title"] for s in service.autocomplete("co", None, language="en")]
    assert in_english == ["Countering disinformation in Kenya on polling day"]
    # An item only in English is suggested to French readers too.
    assert [s["title"] for s in service.autocomplete("onl", None, language="fr")] == [
        "Online voter registration for citizens abroad"
    ]


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
    content = client.get("/fr/search/", {"q": "Kenya", "kind": "case-study"}).content.decode()
    assert content.index("Contrer la désinformation") < content.index("Online voter registration")
    assert "Countering disinformation" not in content
    # The English-only item says it is in English, and its title carries its language.
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
