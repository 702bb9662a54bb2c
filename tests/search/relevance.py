"""Graded relevance figures for the judged queries: nDCG@5 and MRR, for one backend.

nDCG@5 compares the gains (2**grade - 1) of the top five results, discounted by rank, with
the best ordering of the judged items. Search shows one version of each item (the reader's
language where translated), so the best ordering counts each item once, at the grade of its
best-graded version: judging both "fr:<slug>" and "<slug>" says which version is expected,
not that both can be shown. MRR is the mean of 1/rank of the first result graded
2 (the answer), 0 when no answer is in the top ten.
"""

import math
import re
from dataclasses import dataclass
from pathlib import Path

from cen_portal.taxonomy import PracticeArea

from .judged_queries import FRENCH_JUDGED_QUERIES, JUDGED_QUERIES

CUTOFF = 5
MRR_DEPTH = 10
README = Path(__file__).resolve().parents[2] / "README.md"
# The judged sets by the reader's language: English readers' questions, French readers'.
JUDGED_SETS = {"en": JUDGED_QUERIES, "fr": FRENCH_JUDGED_QUERIES}


def split_identifier(identifier):
    """("fr", "<slug>") for "fr:<slug>"; ("en", identifier) for a bare identifier."""
    if identifier[:3] in ("en:", "fr:"):
        return identifier[:2], identifier[3:]
    return "en", identifier


def expected_address(identifier):
    """(language, URL suffix) of a judged item: "fr:<slug>" is the French version, a bare
    identifier the English one (a translation shares its original's slug)."""
    language, rest = split_identifier(identifier)
    if rest.startswith("area:"):
        return language, f"/{PracticeArea.objects.get(number=rest[5:]).slug}/"
    return language, f"/{rest}/"


def grades_of(urls, judgements):
    addresses = {expected_address(identifier): grade for identifier, grade in judgements.items()}
    grades = []
    for url in urls:
        grades.append(
            next(
                (
                    grade
                    for (language, suffix), grade in addresses.items()
                    if url.startswith(f"/{language}/") and url.endswith(suffix)
                ),
                0,
            )
        )
    return grades


def item_grades(judgements):
    """The best grade of each judged item, whatever its version's language."""
    best = {}
    for identifier, grade in judgements.items():
        _language, item = split_identifier(identifier)
        best[item] = max(grade, best.get(item, 0))
    return list(best.values())


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg(grades, judgements, cutoff=CUTOFF):
    ideal = dcg(sorted(item_grades(judgements), reverse=True)[:cutoff])
    return dcg(grades[:cutoff]) / ideal if ideal else 0.0


def reciprocal_rank(grades, depth=MRR_DEPTH):
    return next((1 / (rank + 1) for rank, grade in enumerate(grades[:depth]) if grade == 2), 0.0)


@dataclass
class QueryResult:
    text: str
    ndcg: float
    reciprocal_rank: float
    titles: list


@dataclass
class Figures:
    ndcg: float
    mrr: float
    queries: list


def evaluate(search_urls_and_titles, language="en"):
    """Figures for every judged query of the language's set; `search_urls_and_titles(text)`
    returns the top ten results for a reader of that language as (url, title) pairs."""
    results = []
    for text, judgements in JUDGED_SETS[language]:
        found = search_urls_and_titles(text)
        grades = grades_of([url for url, _title in found], judgements)
        results.append(QueryResult(text, ndcg(grades, judgements), reciprocal_rank(grades), [t for _u, t in found]))
    count = len(results)
    return Figures(
        ndcg=sum(r.ndcg for r in results) / count, mrr=sum(r.reciprocal_rank for r in results) / count, queries=results
    )


FLOOR_ROW = re.compile(r"^\|\s*(database|engine)\s*\|\s*(en|fr)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|", re.MULTILINE)


def recorded_floors():
    """The figures the README records under "Relevance": {("database", "en"): (ndcg, mrr), ...}."""
    section = README.read_text(encoding="utf-8").split("### Relevance", 1)[1].split("\n## ", 1)[0]
    return {
        (backend, language): (float(ndcg_), float(mrr)) for backend, language, ndcg_, mrr in FLOOR_ROW.findall(section)
    }
