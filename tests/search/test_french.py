"""Search in French, on both backends: French analysis of French items, the reader's language
first (a boost, not a filter), facets shared across languages, and privacy that follows a
page into its translations. Every search asserts which backend answered."""

import pytest
from django.conf import settings
from wagtail.models import Locale, PageViewRestriction

from cen_portal.taxonomy import KeyPrinciple, save_translation
from search import service
from search.contract import KnowledgeQuery
from search.sources import document_for_key, page_key
from tests.factories import CaseStudyPageFactory, CountryFactory, KeyPrincipleFactory, RegionFactory, member
from tests.search.conftest import index_now, reindex_all

pytestmark = pytest.mark.django_db

ITEMS = ["case-study"]


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def translate(page, **fields):
    """The page's French translation (wagtail-localize's copy), with French text, published."""
    translation = page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation


@pytest.fixture
def bilingual(sections, backend):
    africa = RegionFactory(name="Africa", slug="africa")
    kenya = CountryFactory(iso_code="KE", name="Kenya", region=africa)
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    accessible = KeyPrincipleFactory(name="Accessible", slug="accessible")
    studies = sections["case_studies"]
    items = {
        "rumours_en": CaseStudyPageFactory(
            parent=studies,
            title="Countering disinformation in Kenya on polling day",
            summary="The election management body answered rumours on social media within the hour.",
            body=paragraph("Staff kept a ledger of false claims and published corrections with the police."),
            countries=[kenya],
            principles=[responsive],
            year=2022,
        ),
        "registration_en": CaseStudyPageFactory(
            parent=studies,
            title="Online voter registration for citizens abroad",
            summary="A web form let citizens abroad register before the deadline.",
            countries=[kenya],
            principles=[accessible],
            year=2020,
        ),
    }
    items["rumours_fr"] = translate(
        items["rumours_en"],
        title="Contrer la désinformation au Kenya le jour du scrutin",
        summary="L'organe de gestion des élections a répondu aux rumeurs sur les réseaux sociaux en une heure.",
        body=paragraph(
            "Le personnel a tenu un registre des fausses affirmations électorales et publié des rectificatifs."
        ),
    )
    items["members_en"] = CaseStudyPageFactory(
        parent=studies,
        title="Briefing for members on escalation",
        summary="Contacts at the platforms, for members only.",
        countries=[kenya],
        principles=[responsive],
        year=2021,
    )
    PageViewRestriction.objects.create(page=items["members_en"], restriction_type=PageViewRestriction.LOGIN)
    items["members_fr"] = translate(
        items["members_en"],
        title="Note aux membres sur l'escalade des signalements",
        summary="Les contacts auprès des plateformes de réseaux sociaux, réservés aux membres.",
    )
    # The translation's own tree lost its restriction: the English page's still holds for it.
    PageViewRestriction.objects.filter(page=items["members_fr"]).delete()
    reindex_all()
    return items


def answering_backend():
    return "engine" if settings.SEARCH_URL else "database"


def search(text="", user=None, language="fr", filters=None, **options):
    filters = {"kind": ITEMS, **(filters or {})}
    results = service.search(KnowledgeQuery(text=text, language=language, filters=filters, **options), user)
    assert results.backend == answering_backend() and not results.fallback
    return results


def titles(results):
    return [hit.title for hit in results.hits]


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


def test_a_translation_published_later_is_found(bilingual):
    english = CaseStudyPageFactory(
        parent=bilingual["rumours_en"].get_parent(), title="Braille ballot guides", summary="Guides in braille."
    )
    index_now()
    translate(english, title="Guides de vote en braille", summary="Des guides en braille pour les électeurs aveugles.")
    index_now()
    assert titles(search("aveugles")) == ["Guides de vote en braille"]


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
    assert found[0] == "Réactif"
    assert "Countering disinformation in Kenya on polling day" in found


def test_related_practice_leaves_out_the_items_own_translations_and_puts_the_readers_language_first(bilingual):
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
    assert from_french.index(page_key(sibling_fr)) < from_french.index(page_key(sibling_en))
    from_english = [hit.key for hit in service.related(page_key(bilingual["rumours_en"]), None, language="en")]
    assert page_key(bilingual["rumours_fr"]) not in from_english
    assert from_english.index(page_key(sibling_en)) < from_english.index(page_key(sibling_fr))


def test_a_long_question_full_of_the_fields_vocabulary_is_still_answered(bilingual):
    # Each word is looked for in both languages' fields with its synonyms: more clauses than
    # an engine accepts, so the engine is asked again with fewer words, never left for the
    # database.
    text = " ".join(["social media election day voter registration EMB réseaux sociaux jour du scrutin"] * 3)
    assert titles(search(text[:200], language="en"))
    assert titles(search(text[:200]))
    # One "word" of a hundred hyphenated parts is a hundred words to an engine.
    assert search("-".join(["ab"] * 100)[:200]).total == 0
