"""On PostgreSQL the database backend leaves out of a question's tsquery the spellings no item
has (search/database_fulltext.py, postgres_tsquery): they match nothing, but ts_rank looked each
one up in every match. These tests hold that leaving them out changes neither what is found nor
its order, for any question over any items, and that a word an item gains is asked for again."""

import datetime

import pytest
from django.db import connection
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from search import backends
from search import database_fulltext as fulltext
from search.contract import KnowledgeQuery, parse_text
from search.database_sets import item_sets
from search.models import IndexGeneration

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="SQLite has no tsquery; the PostgreSQL pass runs these"
    ),
]

# Words with spellings the database backend adds ("illustrate": "illustrateed", "illustrating",
# ...) of which the items below have only some.
WORDS = ["illustrate", "illustrated", "hour", "hours", "voters", "vote", "register", "quorum", "sheet", "cameras"]


def document(number, title, body):
    return {
        "key": f"stems:{number}",
        "kind": "case-study",
        "title": title,
        "summary": "",
        "body": body,
        "attachments": "",
        "url": f"/stems/{number}/",
        "language": "en",
        "audience": ["public"],
        "year": 2024,
        "date": datetime.date(2024, 5, 1),
    }


def ranks(tsquery):
    """{item id: rank} of every match of `tsquery`, as the backend ranks them."""
    sets = item_sets()
    entries = fulltext.with_rank(fulltext.postgres_entries(tsquery), tsquery, sets, sets.everything)
    return dict(fulltext.rows(entries.values_list("item_id", "rank")))


def near(first, second):
    return abs(first - second) <= 1e-6 * max(abs(first), abs(second))


def assert_same_order(ranked, expected):
    """The items in `ranked` best first (then the highest id, as the backend orders them) are in
    the order of their `expected` ranks. Ranks divided by another count of stems may round to
    equal where they differed by a rounding step: such pairs may come either way, and only they."""
    assert ranked.keys() == expected.keys()
    order = sorted(ranked, key=lambda pk: (-ranked[pk], -pk))
    for better, worse in zip(order, order[1:], strict=False):
        pair = (better, worse, ranked, expected)
        assert near(ranked[better], ranked[worse]) == near(expected[better], expected[worse]), pair
        assert near(expected[better], expected[worse]) or expected[better] > expected[worse], pair


texts = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    items=st.lists(st.tuples(texts, texts), min_size=1, max_size=8),
    question=st.lists(st.sampled_from([*WORDS, "illustrator", "hourly", "zorblat"]), min_size=1, max_size=4),
    quoted=st.booleans(),
)
# A word asked twice is an AND of one stem once the spellings no item has are left out, which
# ts_rank ranks as an OR (Hypothesis found it).
@example(
    items=[("illustrate", "illustrate illustrate"), ("illustrate", "illustrate")],
    question=["illustrate"] * 2,
    quoted=False,
)
def test_leaving_out_spellings_no_item_has_changes_neither_matches_nor_order(items, question, quoted):
    backends.database.rebuild([document(number, title, body) for number, (title, body) in enumerate(items)])
    text = " ".join(question[:-1] + [f'"{question[-1]} {question[0]}"' if quoted else question[-1]])
    plan = fulltext.Plan.for_text(parse_text(text))
    if plan.is_empty:
        return
    every_spelling = fulltext.postgres_tsquery(plan)
    in_the_index = fulltext.postgres_tsquery(plan, IndexGeneration.current())
    assert set(fulltext.stems(in_the_index)) <= set(fulltext.stems(every_spelling))
    assert_same_order(ranks(in_the_index), ranks(every_spelling))


def test_a_spelling_no_item_has_is_left_out_until_an_item_has_it():
    backends.database.rebuild([document(1, "Illustrated guide", "How polling staff illustrate results")])
    plan = fulltext.Plan.for_text(parse_text("illustrate"))
    assert "'illustrateed'" in fulltext.postgres_tsquery(plan)
    tsquery = fulltext.postgres_tsquery(plan, IndexGeneration.current())
    assert "'illustrateed'" not in tsquery and "'illustr'" in tsquery
    assert len(fulltext.stems(tsquery)) == 2  # the found stem, and a second one to keep the ranking

    # A new item with that spelling is a new generation, which asks again: the item is found.
    backends.database.upsert([document(2, "Notes", "A typist's illustrateed page")])
    results = backends.database.search(KnowledgeQuery(text="illustrate"), {"public"}, parse_text("illustrate"))
    assert results.backend == "database"
    assert {hit.key for hit in results.hits} == {"stems:1", "stems:2"}
    # (English stems "illustrateed" as "illustrate", a spelling left out until now.)
    now = fulltext.postgres_tsquery(plan, IndexGeneration.current())
    assert "'illustrate'" in set(fulltext.stems(now)) - set(fulltext.stems(tsquery))
