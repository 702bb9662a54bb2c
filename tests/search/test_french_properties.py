"""French questions and the `lang` parameter, whatever a person types, on either backend: the
French search page, the API and autocomplete always answer with a page or the documented
JSON, never a server error, and only with what the reader may see.

The strategies mix French words with accents in either Unicode form (composed or not),
elisions with either apostrophe (l'élection, qu’un), ligatures, mixed scripts and query
syntax; `lang` takes arbitrary text besides the two languages.
"""

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, PageViewRestriction

from cen_portal.api import Problem
from search import backends
from search.api import SearchResponse
from tests.factories import CaseStudyPageFactory, CountryFactory, KeyPrincipleFactory
from tests.search.conftest import reindex_all

pytestmark = pytest.mark.django_db

FRENCH_WORDS = [
    "élection",
    "élections",
    "électorales",
    "désinformation",
    "réseaux",
    "sociaux",
    "scrutin",
    "jour",
    "organe",
    "gestion",
    "inscription",
    "listes",
    "bureau",
    "vote",
    "œuvre",
    "Côte",
    "à",
    "été",
    "ÉLECTIONS",
]
ELIDED = ["l", "d", "qu", "jusqu", "n", "s", "c", "L", "D"]
OTHER_SCRIPTS = ["выборы", "选举", "انتخابات", "चुनाव", "εκλογές", "🗳️", "\u200b", "\u0301"]
apostrophe = st.sampled_from(["'", "’", "`", "''", " '"])
elision = st.builds(
    lambda article, mark, word: f"{article}{mark}{word}",
    st.sampled_from(ELIDED),
    apostrophe,
    st.sampled_from(FRENCH_WORDS),
)
normalised = st.builds(
    lambda word, form: unicodedata.normalize(form, word),
    st.sampled_from(FRENCH_WORDS),
    st.sampled_from(["NFC", "NFD", "NFKC", "NFKD"]),
)
token = st.sampled_from(FRENCH_WORDS + OTHER_SCRIPTS + ['"', "(", "*", "-", "AND", "OU", "ET"]) | elision | normalised
french_text = st.lists(token, max_size=12).map(" ".join) | st.text(alphabet="éèêàçôœ'’ -\"", max_size=40)
language = st.sampled_from(["fr", "en", "", "FR", "fr-ca", "de", "français"]) | st.text(max_size=12)
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
SECRET = "Note confidentielle sur l'élection"


@pytest.fixture
def shelf(sections, backend):
    cameroon = CountryFactory(iso_code="CM", name="Cameroon")
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    french = Locale.objects.get(language_code="fr")
    for number in range(2):
        page = CaseStudyPageFactory(
            parent=sections["case_studies"],
            title=f"Answering disinformation on polling day {number}",
            summary="The commission answered rumours on social media.",
            countries=[cameroon],
            principles=[responsive],
        )
        translation = page.copy_for_translation(french, copy_parents=True)
        translation.title = f"Répondre à la désinformation le jour du scrutin {number}"
        translation.summary = "L'organe de gestion des élections a répondu aux rumeurs sur les réseaux sociaux."
        translation.save_revision().publish()
    secret = CaseStudyPageFactory(parent=sections["case_studies"], title="Confidential note", summary="Members only.")
    PageViewRestriction.objects.create(page=secret, restriction_type=PageViewRestriction.LOGIN)
    translation = secret.copy_for_translation(french, copy_parents=True)
    translation.title = SECRET
    translation.save_revision().publish()
    reindex_all()
    return backend


def assert_backend_answered(backend):
    if backend == "engine":
        assert backends.get_engine() is not None


@PROPERTY_SETTINGS
@given(text=french_text)
def test_the_french_search_page_always_answers(client, shelf, text):
    response = client.get("/fr/search/", {"q": text})
    assert response.status_code == 200
    content = response.content.decode()
    assert 'lang="fr"' in content
    assert SECRET not in content
    assert_backend_answered(shelf)


@PROPERTY_SETTINGS
@given(text=french_text, lang=language)
def test_the_api_answers_any_language_with_results_or_a_clear_message(client, shelf, text, lang):
    response = client.get("/api/v1/search", {"q": text, "lang": lang})
    assert response.status_code in {200, 422}
    body = response.json()
    if response.status_code == 200:
        SearchResponse.model_validate(body)
        assert lang in {"en", "fr"}
        assert SECRET not in response.content.decode()
    else:
        Problem.model_validate(body)
        assert body["messages"]
    assert_backend_answered(shelf)


@PROPERTY_SETTINGS
@given(text=french_text)
def test_french_autocomplete_always_answers(client, shelf, text):
    response = client.get("/fr/search/autocomplete/", {"q": text})
    assert response.status_code == 200
    suggestions = response.json()["suggestions"]
    assert isinstance(suggestions, list)
    assert SECRET not in [suggestion["title"] for suggestion in suggestions]
    assert_backend_answered(shelf)
