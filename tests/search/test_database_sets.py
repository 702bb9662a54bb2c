"""The database backend counts facets, applies filters and checks who may see each item on
bitsets kept in the process (search/database_sets.py). These tests hold those answers to the
plain meaning of the contract, for any mix of audiences, translations, tags and filters, and
show that the bitsets never outlive a write: a page restricted after they were read is not
shown again, and a write rolled back is not remembered."""

import datetime

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from search import backends
from search import database_fulltext as fulltext
from search.contract import KnowledgeQuery, parse_text
from search.database_sets import bits_at, item_sets, positions_in
from search.mapping import FACET_FIELDS
from search.models import IndexGeneration

pytestmark = pytest.mark.django_db

WORD = "zanzibarite"  # in the text of the items a question asks for
LABELS = ["public", "members", "group:7", "user:3", "restricted"]
VALUES = {
    "kind": ["case-study", "report"],
    "principles": ["independent", "transparent", "inclusive"],
    "practice_areas": ["voter-registration", "results"],
    "countries": ["KE", "JM", "FJ"],
    "regions": ["africa", "pacific"],
}
READERS = [None, {"public"}, {"public", "members"}, {"public", "members", "group:7", "user:3"}]


@st.composite
def documents(draw):
    count = draw(st.integers(1, 8))
    result = []
    for number in range(count):
        document = {
            "key": f"sets:{number}",
            "title": f"Item {number}",
            "summary": "",
            "body": f"Practice note {WORD}" if draw(st.booleans()) else "Practice note",
            "attachments": "",
            "url": f"/sets/{number}/",
            "language": draw(st.sampled_from(["en", "fr"])),
            "audience": draw(st.lists(st.sampled_from(LABELS), min_size=1, max_size=2, unique=True)),
            "translated_into": draw(st.lists(st.sampled_from(["en", "fr"]), max_size=1)),
            "year": draw(st.sampled_from([2019, 2024])),
            "date": datetime.date(2024, 1, number + 1),
        }
        document["kind"] = draw(st.sampled_from(VALUES["kind"]))
        for field in ("principles", "practice_areas", "countries", "regions"):
            document[field] = draw(st.lists(st.sampled_from(VALUES[field]), max_size=2, unique=True))
        result.append(document)
    return result


questions = st.fixed_dictionaries(
    {
        "text": st.sampled_from(["", WORD]),
        "language": st.sampled_from(["en", "fr"]),
        "filters": st.dictionaries(
            st.sampled_from(["principle", "country", "year", "kind"]),
            st.lists(st.sampled_from(["independent", "inclusive", "KE", "FJ", "2019", "report"]), max_size=2),
            max_size=2,
        ),
    }
)


def values_of(document, facet):
    value = document.get(FACET_FIELDS[facet])
    values = value if isinstance(value, list) else [value]
    return {str(v) for v in values if v not in (None, "")}


def expected(documents, audiences, question):
    """The contract's meaning, in plain Python: what the reader may see, in one version,
    matching the words, with every filter; each facet counted with the others' filters."""

    def may_see(document):
        if audiences is None:
            return "restricted" not in document["audience"]
        return bool(audiences & set(document["audience"]))

    def passes(document, filters):
        return all(not values or values_of(document, facet) & set(values) for facet, values in filters.items())

    matching = [
        document
        for document in documents
        if may_see(document)
        and question["language"] not in document["translated_into"]
        and (not question["text"] or WORD in document["body"])
    ]
    filters = question["filters"]
    hits = [document for document in matching if passes(document, filters)]
    facets = {}
    for facet in FACET_FIELDS:
        others = {name: values for name, values in filters.items() if name != facet}
        counted = [document for document in matching if passes(document, others)] if filters.get(facet) else hits
        counts = {}
        for document in counted:
            for value in values_of(document, facet):
                counts[value] = counts.get(value, 0) + 1
        facets[facet] = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))
    return {document["key"] for document in hits}, facets


def answer(audiences, question):
    query = KnowledgeQuery(
        text=question["text"], filters=question["filters"], language=question["language"], per_page=50
    )
    results = backends.database.search(query, audiences, parse_text(query.text))
    assert results.backend == "database"
    facets = {facet: [(value.value, value.count) for value in values] for facet, values in results.facets.items()}
    return {hit.key for hit in results.hits}, results.total, facets


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(documents=documents(), question=questions, reader=st.sampled_from(range(len(READERS))))
def test_every_reader_gets_the_hits_and_counts_the_contract_means(documents, question, reader):
    audiences = READERS[reader]
    with transaction.atomic():
        backends.database.rebuild(documents)
        hits, total, facets = answer(audiences, question)
        transaction.set_rollback(True)
    expected_hits, expected_facets = expected(documents, audiences, question)
    assert hits == expected_hits
    assert total == len(expected_hits)
    assert facets == expected_facets


def document(key, audience, body=f"A note on {WORD}"):
    return {
        "key": key,
        "kind": "case-study",
        "title": "Counting overseas votes",
        "summary": "",
        "body": body,
        "attachments": "",
        "url": f"/{key}/",
        "language": "en",
        "audience": audience,
        "countries": ["KE"],
        "year": 2024,
        "date": datetime.date(2024, 5, 1),
    }


def found_by(audiences):
    query = KnowledgeQuery(text=WORD)
    results = backends.database.search(query, audiences, parse_text(WORD))
    return [hit.key for hit in results.hits], dict((v.value, v.count) for v in results.facets["country"])


def test_an_item_restricted_after_the_sets_were_read_is_never_shown_again():
    backends.database.upsert([document("note", ["public"])])
    assert found_by({"public"}) == (["note"], {"KE": 1})
    backends.database.upsert([document("note", ["members"])])
    assert found_by({"public"}) == ([], {})
    assert found_by({"public", "members"}) == (["note"], {"KE": 1})
    backends.database.delete(["note"])
    assert found_by({"public", "members"}) == ([], {})


def test_a_write_rolled_back_is_not_remembered():
    backends.database.upsert([document("note", ["public"])])
    before = IndexGeneration.current()
    assert found_by({"public"}) == (["note"], {"KE": 1})
    with transaction.atomic():
        backends.database.upsert([document("note", ["members"])])
        assert found_by({"public"}) == ([], {})
        transaction.set_rollback(True)
    assert IndexGeneration.current() == before
    assert found_by({"public"}) == (["note"], {"KE": 1})


@given(st.sets(st.integers(0, 5000)))
def test_a_bitset_holds_exactly_the_positions_it_was_made_of(positions):
    assert positions_in(bits_at(positions)) == sorted(positions)


def test_ranking_only_what_the_reader_may_be_shown_keeps_the_order_of_ranking_every_match():
    """PostgreSQL ranks only the matches a reader may be shown with their filters (one bitset
    of the items), SQLite keeps those of its best candidates: whatever that set, its best come
    in the order they have among every match."""
    bodies = [" ".join([WORD] * (1 + number % 4) + ["filler"] * number) for number in range(30)]
    backends.database.upsert([document(f"note-{n}", ["public"], body) for n, body in enumerate(bodies)])
    sets = item_sets()
    parsed = parse_text(WORD)
    every_match = fulltext.Matches(parsed, sets, sets.everything)
    ids = every_match.ids()
    order = every_match.best(len(ids))
    assert sorted(order) == sorted(ids) and len(ids) == 30

    @settings(max_examples=40, deadline=None)
    @given(st.sets(st.sampled_from(ids)))
    def same_order(shown):
        matches = fulltext.Matches(parsed, sets, sets.of(shown))
        assert sorted(matches.ids()) == sorted(ids)
        assert matches.best(10) == [pk for pk in order if pk in shown][:10]

    same_order()
