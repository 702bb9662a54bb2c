"""Graded relevance figures for the judged queries: nDCG@5 and MRR, for one backend.

nDCG@5 compares the gains (2**grade - 1) of the top five results, discounted by rank, with
the best ordering of the judged items. MRR is the mean of 1/rank of the first result graded
2 (the answer), 0 when no answer is in the top ten.
"""

import math
import re
from dataclasses import dataclass
from pathlib import Path

from cen_portal.taxonomy import PracticeArea

from .judged_queries import JUDGED_QUERIES

CUTOFF = 5
MRR_DEPTH = 10
README = Path(__file__).resolve().parents[2] / "README.md"


def expected_suffix(identifier):
    if identifier.startswith("area:"):
        return f"/{PracticeArea.objects.get(number=identifier[5:]).slug}/"
    return f"/{identifier}/"


def grades_of(urls, judgements):
    suffixes = {expected_suffix(identifier): grade for identifier, grade in judgements.items()}
    grades = []
    for url in urls:
        grades.append(next((grade for suffix, grade in suffixes.items() if url.endswith(suffix)), 0))
    return grades


def dcg(grades):
    return sum((2**grade - 1) / math.log2(rank + 2) for rank, grade in enumerate(grades))


def ndcg(grades, judgements, cutoff=CUTOFF):
    ideal = dcg(sorted(judgements.values(), reverse=True)[:cutoff])
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


def evaluate(search_urls_and_titles):
    """Figures for every judged query; `search_urls_and_titles(text)` returns the top ten
    results as (url, title) pairs."""
    results = []
    for text, judgements in JUDGED_QUERIES:
        found = search_urls_and_titles(text)
        grades = grades_of([url for url, _title in found], judgements)
        results.append(QueryResult(text, ndcg(grades, judgements), reciprocal_rank(grades), [t for _u, t in found]))
    count = len(results)
    return Figures(
        ndcg=sum(r.ndcg for r in results) / count, mrr=sum(r.reciprocal_rank for r in results) / count, queries=results
    )


FLOOR_ROW = re.compile(r"^\|\s*(database|engine)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|", re.MULTILINE)


def recorded_floors():
    """The figures the README records under "Relevance": {"database": (ndcg, mrr), ...}."""
    section = README.read_text(encoding="utf-8").split("### Relevance", 1)[1].split("\n## ", 1)[0]
    return {backend: (float(ndcg_), float(mrr)) for backend, ndcg_, mrr in FLOOR_ROW.findall(section)}
