"""Full text for the database backend, on Wagtail's database search index.

A reader's words become a plan: every quoted phrase, and most of the other words (each in
any of its spellings and synonyms), or, as the fallback, any one of them. On PostgreSQL the plan runs through Wagtail's search
API. On SQLite it is sent to Wagtail's FTS5 table directly, as a subquery SQLite runs once:
the query shape Wagtail's API produces there makes SQLite re-run the full-text match for
every index entry (measured: 200 ms instead of 1 ms at 2,000 items).
"""

from dataclasses import dataclass
from itertools import combinations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models.expressions import RawSQL
from modelsearch.query import And, Or, Phrase, PlainText
from wagtail.search import models as wagtail_search_models
from wagtail.search.backends import get_search_backend

from .contract import fold
from .database_text import query_units
from .models import KnowledgeItem
from .ranking import BM25_WEIGHTS, required_matches

# Longer questions are cut here: "most of the words" expands to every combination of them.
MAX_UNITS = 8


def search_index():
    """Wagtail's database search for the knowledge items; on PostgreSQL, the language-aware
    variant (each item indexed with its own language's configuration)."""
    if connection.vendor == "postgresql":
        from .database_postgres import LanguageSearchBackend

        params = {key: value for key, value in settings.WAGTAILSEARCH_BACKENDS["knowledge"].items() if key != "BACKEND"}
        return LanguageSearchBackend(params)
    return get_search_backend("knowledge")


@dataclass(frozen=True)
class Plan:
    phrases: tuple
    units: tuple  # each a sorted tuple of spellings
    needed: int  # how many units a match must contain
    any_clause: bool = False  # any one phrase or unit will do (the fallback)

    @classmethod
    def for_text(cls, parsed):
        unit_spellings = tuple(tuple(sorted(variants)) for _unit, variants in query_units(parsed)[:MAX_UNITS])
        needed = 1 if parsed.any_word else required_matches(len(unit_spellings))
        # Accents folded, as the index holds the text (search/models.py).
        phrases = tuple(fold(phrase) for phrase in parsed.phrases)
        return cls(phrases=phrases, units=unit_spellings, needed=needed, any_clause=parsed.any_word)

    @property
    def is_empty(self):
        return not self.phrases and not self.units

    def unit_groups(self):
        return list(combinations(self.units, self.needed)) if self.units else []


def uses_sqlite_fts():
    return connection.vendor == "sqlite" and hasattr(wagtail_search_models, "SQLiteFTSIndexEntry")


def matching(parsed):
    """A lazy queryset of the knowledge items the text matches."""
    plan = Plan.for_text(parsed)
    if plan.is_empty:
        return KnowledgeItem.objects.none()
    if uses_sqlite_fts():
        return KnowledgeItem.objects.filter(pk__in=entries_for(plan).values("object_id"))
    found = search_index().search(wagtail_query(plan), KnowledgeItem.objects.all(), order_by_relevance=False)
    # The matches are fetched once as ids: nested inside the count, the page and every facet
    # count, PostgreSQL may plan the full-text query as a loop over every tag row when its
    # statistics are stale (measured: 10 s per facet count on a freshly loaded test database).
    return KnowledgeItem.objects.filter(pk__in=list(found.get_queryset().values_list("pk", flat=True)))


def ranked_ids(parsed, within, limit):
    """Ids of the best `limit` matches among the `within` queryset, best first."""
    plan = Plan.for_text(parsed)
    if plan.is_empty:
        return []
    if uses_sqlite_fts():
        table = fts_table()
        weights = ", ".join(str(weight) for weight in BM25_WEIGHTS)
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT rowid FROM {table} WHERE {table} MATCH %s ORDER BY bm25({table}, {weights}) LIMIT %s",
                [fts_expression(plan), limit * 5],
            )
            entry_ids = [row[0] for row in cursor.fetchall()]
        object_ids = dict(
            wagtail_search_models.IndexEntry.objects.filter(
                id__in=entry_ids, content_type=knowledge_type()
            ).values_list("id", "object_id")
        )
        ranked = [int(object_ids[entry]) for entry in entry_ids if entry in object_ids]
        allowed = set(within.filter(pk__in=ranked).values_list("pk", flat=True))
        return [pk for pk in ranked if pk in allowed][:limit]
    # Wagtail's search takes only its own filter fields; narrow its lazy queryset afterwards.
    results = search_index().search(wagtail_query(plan), KnowledgeItem.objects.all(), order_by_relevance=True)
    best = results.get_queryset().filter(pk__in=within.values("pk"))
    return list(best.values_list("pk", flat=True)[:limit])


# SQLite FTS5 ---------------------------------------------------------------------------------


def fts_table():
    return wagtail_search_models.SQLiteFTSIndexEntry._meta.db_table


def knowledge_type():
    return ContentType.objects.get_for_model(KnowledgeItem)


def fts_string(text):
    return '"' + text.replace('"', '""') + '"'


def fts_expression(plan):
    clauses = [fts_string(phrase) for phrase in plan.phrases]
    groups = [
        " AND ".join("(" + " OR ".join(fts_string(spelling) for spelling in unit) + ")" for unit in group)
        for group in plan.unit_groups()
    ]
    if groups:
        clauses.append("(" + " OR ".join(f"({group})" for group in groups) + ")")
    return "{title body} : (" + (" OR " if plan.any_clause else " AND ").join(clauses) + ")"


def entries_for(plan):
    table = fts_table()
    return wagtail_search_models.IndexEntry.objects.filter(
        content_type=knowledge_type(),
        id__in=RawSQL(f"SELECT rowid FROM {table} WHERE {table} MATCH %s", [fts_expression(plan)]),
    )


# Wagtail's search API (PostgreSQL and others) -------------------------------------------------------


def wagtail_query(plan):
    def spelling(text):
        return Phrase(text) if " " in text else PlainText(text)

    def any_of(options):
        return Or(options) if len(options) > 1 else options[0]

    def all_of(options):
        return And(options) if len(options) > 1 else options[0]

    clauses = [Phrase(phrase) for phrase in plan.phrases]
    groups = [all_of([any_of([spelling(s) for s in unit]) for unit in group]) for group in plan.unit_groups()]
    if groups:
        clauses.append(any_of(groups))
    return any_of(clauses) if plan.any_clause else all_of(clauses)
