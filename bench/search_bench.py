"""Knowledge-search benchmark: latency of faceted, highlighted searches and reindex speed,
on the engine and the database backend, at two corpus sizes, in one run.

    make bench                       # 10k and 100k items (takes a few minutes)
    make bench BENCH_ARGS="--sizes 2000 --queries 50"

It uses its own SQLite database (.cache/bench/) and its own engine alias, generates
synthetic items from the demo content's vocabulary with a fixed seed, and prints a table.
Ratios compare each row with the database backend at the same size, measured in this run.
"""

import argparse
import datetime
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cen_portal.settings.dev")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{REPO / '.cache' / 'bench' / 'bench.sqlite3'}")
os.environ.setdefault("SEARCH_INDEX", "bench-knowledge")
os.environ.setdefault("LOG_LEVEL", "ERROR")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from cen_portal.demo import case_studies, taxonomy, working_groups  # noqa: E402
from search import backends  # noqa: E402
from search.contract import KnowledgeQuery, parse_text  # noqa: E402

KINDS = ["case-study", "report", "provision", "guidance"]


def demo_vocabulary():
    text = " ".join(
        str(value)
        for study in case_studies.CASE_STUDIES
        for kind, value in study["body"]
        if kind in {"paragraph", "heading"}
    )
    text += " ".join(report["summary"] for report in working_groups.REPORTS)
    words = sorted({word.lower() for word in re.findall(r"[A-Za-z]{4,}", text)})
    return words


def generate(count, seed=20261125):
    """Deterministic synthetic knowledge documents with realistic tags and lengths."""
    rng = random.Random(seed)
    words = demo_vocabulary()
    principles = [p["slug"] for p in taxonomy.PRINCIPLES]
    areas = [a["slug"] for a in taxonomy.PRACTICE_AREAS]
    countries = [(code, region) for code, _name, region in taxonomy.COUNTRIES]
    for number in range(count):
        chosen = rng.sample(countries, rng.choice([1, 1, 1, 2]))
        year = rng.randint(2005, 2025)
        yield {
            "key": f"bench:{number}",
            "kind": rng.choice(KINDS),
            "title": " ".join(rng.choices(words, k=rng.randint(4, 9))).capitalize(),
            "summary": " ".join(rng.choices(words, k=rng.randint(20, 40))),
            "body": " ".join(rng.choices(words, k=rng.randint(150, 450))),
            "attachments": " ".join(rng.choices(words, k=400)) if rng.random() < 0.1 else "",
            "url": f"/bench/{number}/",
            "language": "en",
            "audience": ["public"] if rng.random() < 0.8 else ["members"],
            "principles": rng.sample(principles, rng.randint(1, 3)),
            "practice_areas": rng.sample(areas, rng.randint(0, 2)),
            "countries": [code for code, _region in chosen],
            "regions": sorted({region for _code, region in chosen}),
            "year": year,
            "date": datetime.date(year, rng.randint(1, 12), 1),
        }


def queries(count, seed=7):
    """Reader-like questions: one to three words, often with one or two facet filters."""
    rng = random.Random(seed)
    words = demo_vocabulary()
    principles = [p["slug"] for p in taxonomy.PRINCIPLES]
    regions = [r["slug"] for r in taxonomy.REGIONS]
    result = []
    for _ in range(count):
        filters = {}
        if rng.random() < 0.5:
            filters["principle"] = rng.sample(principles, rng.randint(1, 2))
        if rng.random() < 0.3:
            filters["region"] = [rng.choice(regions)]
        if rng.random() < 0.2:
            filters["year"] = [str(rng.randint(2010, 2025))]
        text = " ".join(rng.sample(words, rng.randint(1, 3)))
        result.append(KnowledgeQuery(text=text, filters=filters))
    return result


def timed(function, *args):
    start = time.perf_counter()
    answer = function(*args)
    return answer, (time.perf_counter() - start) * 1000


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(backend, questions):
    audiences = {"public", "members"}
    for question in questions[:10]:  # warm caches
        backend.search(question, audiences, parse_text(question.text))
    latencies = []
    totals = []
    for question in questions:
        results, elapsed = timed(backend.search, question, audiences, parse_text(question.text))
        latencies.append(elapsed)
        totals.append(results.total)
    return latencies, statistics.mean(totals)


def incremental_visibility(engine):
    """Seconds from writing one document to the engine until a search finds it."""
    document = next(generate(1, seed=99))
    document.update(key="bench:visibility", title="Zyxwvut visibility probe")
    started = time.perf_counter()
    engine.upsert([document])
    parsed = parse_text("zyxwvut")
    while time.perf_counter() - started < 10:
        if engine.search(KnowledgeQuery(text="zyxwvut"), None, parsed).total:
            return time.perf_counter() - started
        time.sleep(0.05)
    return float("nan")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--queries", type=int, default=200)
    arguments = parser.parse_args()

    (REPO / ".cache" / "bench").mkdir(parents=True, exist_ok=True)
    call_command("migrate", verbosity=0)
    engine = backends.get_engine()
    if settings.SEARCH_URL and engine is None:
        sys.exit(f"The engine at {settings.SEARCH_URL} is not answering; start it with `make engine`.")
    measured_backends = [backends.database] + ([engine] if engine else [])
    questions = queries(arguments.queries)

    rows = []
    for size in arguments.sizes:
        measured = {}
        for backend in measured_backends:
            _count, elapsed_ms = timed(backend.rebuild, generate(size))
            latencies, mean_hits = measure(backend, questions)
            measured[backend.name] = {
                "p50": percentile(latencies, 0.5),
                "p95": percentile(latencies, 0.95),
                "rate": size / (elapsed_ms / 1000),
                "hits": mean_hits,
            }
        baseline = measured["database"]
        for name, figures in measured.items():
            rows.append(
                (
                    name,
                    size,
                    figures["p50"],
                    figures["p95"],
                    figures["p95"] / baseline["p95"],
                    figures["rate"],
                    figures["rate"] / baseline["rate"],
                    figures["hits"],
                )
            )

    print()
    print(f"Faceted search with highlights, {arguments.queries} queries per row (server-side, in-process).")
    if engine:
        print(f"Engine: {engine.flavour.name} {engine.flavour.version}; database: {connection.vendor}.")
    print("Ratios are against the database backend at the same size, measured in this run.")
    header = f"{'backend':<10} {'items':>8} {'p50 ms':>8} {'p95 ms':>8} {'p95 ratio':>10} {'reindex/s':>10} {'rate ratio':>11} {'mean hits':>10}"
    print(header)
    print("-" * len(header))
    for name, size, p50, p95, p95_ratio, rate, rate_ratio, hits in rows:
        print(
            f"{name:<10} {size:>8} {p50:>8.1f} {p95:>8.1f} {p95_ratio:>10.2f} {rate:>10.0f} {rate_ratio:>11.2f} {hits:>10.0f}"
        )
    if engine:
        print(f"\nIncremental update visible in the engine after {incremental_visibility(engine):.2f} s.")
        engine.drop()


if __name__ == "__main__":
    main()
