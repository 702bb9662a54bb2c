"""Full text for the database backend, on Wagtail's database search index.

A reader's words become a plan: every quoted phrase, and most of the other words (each in
any of its spellings and synonyms), or, as the fallback, any one of them. On SQLite it is sent
to Wagtail's FTS5 table directly, as a subquery SQLite runs once: the query shape Wagtail's API
produces there makes SQLite re-run the full-text match for every index entry (measured: 200 ms
instead of 1 ms at 2,000 items). On PostgreSQL it becomes one tsquery, matched and ranked
against Wagtail's stored vectors: built through Wagtail's query API instead, "most of the
words" in every spelling, in two languages, made an expression of thousands of nodes that
Django took most of a second to compile, and a rank function per node for every row.
"""

import heapq
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import BooleanField, FloatField, IntegerField, Lookup
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.search import models as wagtail_search_models
from wagtail.search.backends import get_search_backend

from .contract import fold
from .database_postgres import TEXT_SEARCH_CONFIGS, LanguageSearchBackend, rank_weights
from .database_text import query_units
from .models import KnowledgeItem
from .ranking import BM25_WEIGHTS, required_matches

# Longer questions are cut here: "most of the words" expands to every combination of them.
MAX_UNITS = 8


def search_index():
    """Wagtail's database search for the knowledge items; on PostgreSQL, the language-aware
    variant (each item indexed with its own language's configuration)."""
    if connection.vendor == "postgresql":
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


class AnyOf(Lookup):
    """An integer `column` is one of the values, sent as one parameter: an array on PostgreSQL
    (in its text form, which psycopg passes as it is instead of converting each element), a
    JSON array on SQLite. A common word matches thousands of items; as `IN (%s, %s, ...)` each
    query carried thousands of parameters, which Django and psycopg spent longer composing
    than PostgreSQL spent answering, and SQLite caps how many a query may carry. Joined
    through unnest rather than `= ANY`: PostgreSQL uses an `= ANY` on the items' key inside
    an index scan repeated per row of a join, sorting the array each time (150 ms for a
    filtered question on 10,000 items, measured)."""

    lookup_name = "any_of"
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        column, params = self.process_lhs(compiler, connection)
        values = [int(value) for value in self.rhs]
        if connection.vendor == "postgresql":
            array = "{" + ",".join(map(str, values)) + "}"
            return f"{column} IN (SELECT unnest(%s::{self.lhs.output_field.db_type(connection)}[]))", [*params, array]
        return f"{column} IN (SELECT value FROM json_each(%s))", [*params, json.dumps(values)]


def uses_sqlite_fts():
    return connection.vendor == "sqlite" and hasattr(wagtail_search_models, "SQLiteFTSIndexEntry")


class Matches:
    """What a reader's words match: `ids()`, the ids of every matching knowledge item, and
    `best(limit)`, the best `limit` of the matches the reader may be shown (`allowed`, a
    bitset of `sets`: who may see what, with their filters), best first.

    On PostgreSQL one pass reads every match and ranks only the allowed ones (ranking reads
    each one's vectors). Until then a reader who could be shown few items had the matches read
    twice, once to list them and again to rank the hits: at 100,000 items, "office" among
    Africa's items took 64 ms to list its matches and 103 to rank a fifth of them."""

    def __init__(self, parsed, sets, allowed):
        self.plan = Plan.for_text(parsed)
        self.sets = sets
        self.allowed = allowed
        self.ranked = []  # PostgreSQL: [(rank, item id)] of the allowed matches

    def ids(self):
        if self.plan.is_empty:
            return []
        if uses_sqlite_fts():
            return [int(pk) for pk in entries_for(self.plan).values_list("object_id", flat=True)]
        tsquery = postgres_tsquery(self.plan, self.sets.generation)
        matches = rows(
            with_rank(postgres_entries(tsquery), tsquery, self.sets, self.allowed).values_list("item_id", "rank")
        )
        self.ranked = [(rank, pk) for pk, rank in matches if rank is not None]
        return [pk for pk, _rank in matches]

    def best(self, limit):
        if self.plan.is_empty:
            return []
        if uses_sqlite_fts():
            return sqlite_best(self.plan, self.sets, self.allowed, limit)
        # Best first: highest rank, then highest id, compared as tuples.
        return [pk for _rank, pk in heapq.nlargest(limit, self.ranked)]


def rows(queryset):
    """A values_list queryset's rows as the database driver gives them. Django's per-value
    converters for the computed columns took 60 ms of a search of 85,000 matches; psycopg
    already returns these columns as Python ints and floats."""
    sql, params = queryset.query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def sqlite_best(plan, sets, allowed, limit):
    table = fts_table()
    weights = ", ".join(str(weight) for weight in BM25_WEIGHTS)
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH %s ORDER BY bm25({table}, {weights}) LIMIT %s",
            [fts_expression(plan), limit * 5],
        )
        entry_ids = [row[0] for row in cursor.fetchall()]
    object_ids = dict(
        wagtail_search_models.IndexEntry.objects.filter(id__in=entry_ids, content_type=knowledge_type()).values_list(
            "id", "object_id"
        )
    )
    ranked = [int(object_ids[entry]) for entry in entry_ids if entry in object_ids]
    shown = set(sets.pks(sets.of(ranked) & allowed))
    return [pk for pk in ranked if pk in shown][:limit]


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


# PostgreSQL ---------------------------------------------------------------------------------


def postgres_analyses(text):
    """SQL analysing one spelling in every language's configuration, any of which may match
    (database_postgres.py): a phrase as a phrase; a word whose parts a hyphen joins
    ("e-voting") needs every part, as Wagtail's query API asks for them."""
    configs = sorted(set(TEXT_SEARCH_CONFIGS.values()))
    if " " in text:
        return [("phraseto_tsquery(%s::regconfig, %s)", [config, text]) for config in configs]
    parts = [part for part in re.split(r"[\s\-]+", text) if part]
    lexemes = " & ".join("'" + part.replace("'", "''").replace("\\", "\\\\") + "'" for part in parts)
    return [("to_tsquery(%s::regconfig, %s)", [config, lexemes]) for config in configs]


def analysed(spellings):
    """{spelling: the distinct tsqueries (text) its analyses give}, in one round trip. Many
    spellings of a word share a stem ("bodies", "body"); each stem is asked for once."""
    asked = [
        (spelling, sql, params) for spelling in sorted(set(spellings)) for sql, params in postgres_analyses(spelling)
    ]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT ARRAY[" + ", ".join(f"({sql})::text" for _spelling, sql, _params in asked) + "]",
            [param for _spelling, _sql, params in asked for param in params],
        )
        texts = cursor.fetchone()[0]
    result = {spelling: set() for spelling, _sql, _params in asked}
    for (spelling, _sql, _params), text in zip(asked, texts, strict=True):
        if text:  # a stop word analyses to nothing, and asks for nothing
            result[spelling].add(text)
    return result


def any_of(tsqueries):
    tsqueries = sorted(set(filter(None, tsqueries)))
    return "(" + " | ".join(f"({tsquery})" for tsquery in tsqueries) + ")" if tsqueries else ""


def all_of(tsqueries):
    tsqueries = [tsquery for tsquery in tsqueries if tsquery]
    return "(" + " & ".join(tsqueries) + ")" if tsqueries else ""


@lru_cache(maxsize=512)
def plan_analyses(plan):
    """The plan's tsqueries (text) before any is left out: for each phrase, and for each unit
    of words, the distinct analyses of its spellings. Analysed once per question, and
    remembered for the same question."""
    analyses = analysed([*plan.phrases, *(spelling for unit in plan.units for spelling in unit)])
    phrases = tuple(frozenset(analyses[phrase]) for phrase in plan.phrases)
    units = tuple(frozenset().union(*(analyses[spelling] for spelling in unit)) for unit in plan.units)
    return phrases, units


def postgres_tsquery(plan, generation=None):
    """The plan as one tsquery, in its text form, matched and ranked as a constant (a stable
    function in the WHERE clause would be analysed per row). Written with each distinct stem
    once: "most of the words" repeats every unit in many groups, and a query of thousands of
    repeated terms made PostgreSQL prefer reading every entry to its index.

    A spelling whose stems are in no item is left out (unless no spelling of its unit or
    phrase is in any item: then it matches nothing either way). It could match nothing, but
    ts_rank looks each one up in every match's vectors: "illustrate" carried seven spellings
    no item has ("illustrateed", ...), and ranking its 85,000 matches at 100,000 items took
    214 ms with them and 113 with two. Leaving them out keeps the order: ts_rank of an OR
    divides every item's rank by the same count of stems, and ts_rank of an AND counts only
    the stems an item has, as long as the query has two stems or more (with one, it is ranked
    as an OR), so a question keeps a second stem, found or not. Without the index
    `generation`, every spelling is kept."""
    phrases, units = plan_analyses(plan)
    texts = {text for group in (*phrases, *units) for text in group}
    asked = {stem for text in texts for stem in stems(text)}
    found = stems_in_index(asked, generation) if generation is not None else dict.fromkeys(asked, True)
    kept = {text for text in texts if all(found[stem] for stem in stems(text))}
    if len({stem for text in kept for stem in stems(text)}) < 2:
        kept |= set(sorted(texts - kept)[:1])

    def in_index(group):
        return any_of((group & kept) or group)

    unit_queries = dict(zip(plan.units, map(in_index, units), strict=True))
    clauses = [in_index(group) for group in phrases]
    clauses.append(any_of(all_of(unit_queries[unit] for unit in group) for group in plan.unit_groups()))
    return (any_of if plan.any_clause else all_of)(clauses)


# A stem as a tsquery's text form writes it: quoted, a quote in it doubled, a backslash escaped.
STEM = re.compile(r"'(?:[^'\\]|''|\\.)*'")


def stems(tsquery):
    """The stems of a tsquery (text), each quoted as a tsquery of its own."""
    return STEM.findall(tsquery)


_stems_found = {}  # database name -> (index generation, {stem: in some item})
# Readers' words are many: past this, the stems known are forgotten and asked for again.
STEMS_KEPT = 50_000


def stems_in_index(quoted_stems, generation):
    """{stem: whether some item's title or body has it}, known in this process for the index
    generation: a write may add stems, so a new generation asks again. Each stem is one look
    in the GIN index."""
    name = connection.settings_dict["NAME"]
    seen_at, found = _stems_found.get(name, (None, {}))
    if seen_at != generation or len(found) > STEMS_KEPT:
        found = {}
        _stems_found[name] = (generation, found)
    asked = sorted(set(quoted_stems) - found.keys())
    if asked:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT stem, EXISTS (SELECT FROM wagtailsearch_indexentry WHERE content_type_id = %s"
                " AND cen_knowledge_text(title, body) @@ stem::tsquery) FROM unnest(%s::text[]) AS stem",
                [knowledge_type().pk, asked],
            )
            found.update(cursor.fetchall())
    return found


def postgres_entries(tsquery):
    """Wagtail's index entries of knowledge items whose title and body together match, with
    the item's id as `item_id`."""
    # The title and body vectors joined by the function the GIN index is built on (migration 0005).
    matches = RawSQL("cen_knowledge_text(title, body) @@ %s::tsquery", [tsquery], output_field=BooleanField())
    return (
        wagtail_search_models.IndexEntry.objects.filter(content_type=knowledge_type())
        .filter(matches)
        .annotate(item_id=Cast("object_id", IntegerField()))
    )


def with_rank(entries, tsquery, sets, allowed):
    """The `postgres_entries` of `tsquery` with their `rank` if `allowed` (a bitset of `sets`)
    holds the item, else NULL: Wagtail's ranking of its vectors, the title's rank scaled by
    its length norm, plus the body's. The bitset goes as bytes, bit n of byte k standing for
    the item at position 8k + n, as PostgreSQL's get_bit counts them; an item newer than the
    sets has no position, and is not ranked."""
    positions = max(allowed.bit_length(), 1)
    rank = RawSQL(
        # Nested, as PostgreSQL may evaluate the operands of an AND in either order, and
        # get_bit fails past the end of the bytes.
        "CASE WHEN object_id::integer - %s BETWEEN 0 AND %s THEN CASE WHEN get_bit(%s::bytea, object_id::integer - %s) = 1"
        " THEN ts_rank(%s::float4[], title, %s::tsquery) * title_norm + ts_rank(%s::float4[], body, %s::tsquery) END END",
        [
            sets.base,
            positions - 1,
            allowed.to_bytes((positions + 7) // 8, "little"),
            sets.base,
            rank_weights(),
            tsquery,
            rank_weights(),
            tsquery,
        ],
        output_field=FloatField(),
    )
    return entries.annotate(rank=rank)
