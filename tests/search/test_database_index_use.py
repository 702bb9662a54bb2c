"""The database backend finds matches through a full-text index, not by reading every entry:
PostgreSQL through the GIN index on the title and body vectors together (search/migrations/0004),
SQLite through Wagtail's FTS5 table. Checked with each database's own query plan at a size
where reading every entry would show, never with a timing."""

import datetime
import random

import pytest
from django.db import connection

from search import backends
from search import database_fulltext as fulltext
from search.contract import parse_text
from search.database_sets import item_sets
from search.models import KnowledgeItem

pytestmark = pytest.mark.django_db

ITEMS = 1500
RARE_WORD = "quillanderbrook"
HALF_WORD = "tabulation"  # in every other item
MOST_WORD = "adjudication"  # in nine items of ten
COMMON_WORDS = "election commission voters register polling results observers media counting ballots".split()


def documents(count, rng):
    for number in range(count):
        body = " ".join(rng.choices(COMMON_WORDS, k=120))
        if number % 300 == 0:
            body += f" {RARE_WORD}"
        if number % 2 == 0:
            body += f" {HALF_WORD}"
        if number % 10:
            body += f" {MOST_WORD}"
        yield {
            "key": f"plan:{number}",
            "kind": "case-study",
            "title": " ".join(rng.choices(COMMON_WORDS, k=5)),
            "summary": " ".join(rng.choices(COMMON_WORDS, k=20)),
            "body": body,
            "attachments": "",
            "url": f"/plan/{number}/",
            "language": "en",
            "audience": ["public"],
            "principles": [],
            "practice_areas": [],
            "countries": [],
            "regions": [],
            "year": 2020,
            "date": datetime.date(2020, 1, 1),
        }


def plan_of_the_match(text):
    plan = fulltext.Plan.for_text(parse_text(text))
    if fulltext.uses_sqlite_fts():
        return fulltext.entries_for(plan).explain()
    return fulltext.postgres_entries(fulltext.postgres_tsquery(plan)).explain()


def matches_of(text):
    sets = item_sets()
    return fulltext.Matches(parse_text(text), sets, sets.everything).ids()


def test_a_search_reads_the_full_text_index_not_every_entry():
    backends.database.rebuild(documents(ITEMS, random.Random(4)))
    if connection.vendor == "postgresql":
        # As autovacuum would after a rebuild: fresh statistics, and the GIN index's pending list
        # merged into the index. The planner prices an unmerged pending list as read in full,
        # and rows that earlier tests inserted and rolled back stay in it, so without the merge
        # the plan depended on which tests ran before this one in the same database.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailsearch_indexentry")
            cursor.execute("SELECT gin_clean_pending_list('search_knowledge_text_gin')")
            # Nor is a match compiled or spread over parallel workers (config/settings/base.py):
            # for a word in most items, both made the match take four times as long.
            cursor.execute("SELECT current_setting('jit'), current_setting('max_parallel_workers_per_gather')")
            assert cursor.fetchone() == ("off", "0")

    # A rare word, words in half and in most of the items, and a long question (whose "most of
    # the words" is a tsquery of many branches): PostgreSQL once read every entry for the long
    # question and the word in half, pricing the join of each entry's vectors as free
    # (search/migrations/0005), and for the word in most once the vectors were in the rows (0006).
    for text in [RARE_WORD, HALF_WORD, MOST_WORD, f"{RARE_WORD} {HALF_WORD} zorblinquet vantrelloper quimbrastic"]:
        plan = plan_of_the_match(text)
        if connection.vendor == "postgresql":
            assert "search_knowledge_text_gin" in plan, (text, plan)
            assert "Seq Scan on wagtailsearch_indexentry" not in plan, (text, plan)
        else:
            assert "VIRTUAL TABLE INDEX" in plan, (text, plan)
    # And it finds exactly the items with the word.
    found = set(KnowledgeItem.objects.filter(pk__in=matches_of(RARE_WORD)).values_list("key", flat=True))
    assert found == {f"plan:{number}" for number in range(0, ITEMS, 300)}
    assert KnowledgeItem.objects.count() == ITEMS
