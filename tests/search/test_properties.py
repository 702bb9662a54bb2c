"""Whatever a person puts in the search page's or the API's address, on either backend, the
answer is a page or a JSON document of the documented shape: never a server error.

The strategies cover arbitrary Unicode, query-syntax characters of both backends (FTS5 and
the engines' query strings), quotes and unbalanced brackets, very long strings, NUL and
other control characters, and arbitrary facet, sort and page parameters.
"""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cen_portal.api import Problem
from search import backends
from search.api import SearchResponse
from tests.factories import CaseStudyPageFactory, CountryFactory, KeyPrincipleFactory
from tests.search.conftest import reindex_all

pytestmark = pytest.mark.django_db

SYNTAX = "\"'()[]{}:*^~+-!?&|/\\<>=@#%.,;"
HOSTILE = [
    '"((( OR AND:*\\',
    "AND OR NOT",
    "NEAR(a b, 2)",
    "title:(x) OR ^2 ~3",
    '"""',
    "\x00\x01\x1f\x7f",
    "*",
    "-",
    "{title body} : x",
    "%00",
    "\ud7ff\ufeff\u200b",
]
# Every Unicode character a URL can carry (surrogates cannot be encoded at all).
unicode_text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=120)
syntax_text = st.lists(st.sampled_from(list(SYNTAX) + [" ", "AND", "OR", "NOT", "a", "é"]), max_size=40).map("".join)
long_text = st.builds(lambda part, times: part * times, st.text(min_size=1, max_size=5), st.integers(100, 2000))
query_text = unicode_text | syntax_text | long_text | st.sampled_from(HOSTILE)
parameter_value = (
    unicode_text | syntax_text | st.integers(-(10**12), 10**12).map(str) | st.sampled_from(["", "jm", "2016"])
)
facet_values = st.lists(parameter_value, max_size=4)
parameters = st.fixed_dictionaries(
    {"q": query_text},
    optional={
        "kind": facet_values,
        "principle": facet_values,
        "area": facet_values,
        "country": facet_values,
        "region": facet_values,
        "year": facet_values,
        "sort": parameter_value | st.sampled_from(["relevance", "newest", "oldest"]),
        "page": parameter_value | st.sampled_from(["1", "2", "1000", "1000000000", "-1", "0"]),
    },
)
PROPERTY_SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture
def shelf(sections, backend):
    jamaica = CountryFactory(iso_code="JM", name="Jamaica")
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    for number in range(3):
        CaseStudyPageFactory(
            parent=sections["case_studies"],
            title=f"Recovering a hijacked page {number}",
            summary='The commission and the vendor (AND OR NOT) restored the account: "quoted" words.',
            countries=[jamaica],
            principles=[responsive],
        )
    reindex_all()
    return backend


def assert_backend_answered(backend):
    """The parametrised backend answered: an engine error would have marked it down and
    let the database stand in."""
    if backend == "engine":
        assert backends.get_engine() is not None


@PROPERTY_SETTINGS
@given(params=parameters)
def test_the_search_page_always_answers_with_a_page(client, shelf, params):
    response = client.get("/en/search/", params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    content = response.content.decode()
    assert "Search the knowledge base" in content and "Basic search in use" not in content
    assert_backend_answered(shelf)


@PROPERTY_SETTINGS
@given(params=parameters)
def test_the_api_always_answers_with_its_documented_shape(client, shelf, params):
    response = client.get("/api/v1/search", params)
    assert response.status_code in {200, 422}
    assert response["Content-Type"].startswith("application/json")
    # The OpenAPI schema is generated from these two models, so validating against them is
    # validating against the schema.
    if response.status_code == 200:
        assert not SearchResponse.model_validate(response.json()).fallback
    else:
        Problem.model_validate(response.json())
    assert_backend_answered(shelf)


@PROPERTY_SETTINGS
@given(text=query_text)
def test_autocomplete_always_answers_with_suggestions(client, shelf, text):
    response = client.get("/en/search/autocomplete/", {"q": text})
    assert response.status_code == 200
    assert isinstance(response.json()["suggestions"], list)
    assert_backend_answered(shelf)
