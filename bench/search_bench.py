"""Knowledge-search benchmark: latency of faceted, highlighted searches and reindex speed for
the engine and the database backend (on SQLite and on PostgreSQL), in one run.

    make bench                                   # 10k and 100k items, engine also at 300k
    make bench BENCH_ARGS="--sizes 2000 --engine-sizes 2000 --queries 50"   # a quick run

Synthetic items (fixed seed) draw their words from a Zipf-like vocabulary: the demo content's
words, most frequent first, followed by rare made-up terms, so a few words are everywhere and
most are rare, as in real text. Questions are one to six words long (most one to three),
sometimes misspelt, often with facet filters. Each row runs in a process of its own, with its
own database (.cache/bench/ for SQLite; the PostgreSQL database named by --postgres) and
engine alias. The table gives absolute figures and the target ratios, measured in this run.
"""

import argparse
import datetime
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
from collections import Counter
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SQLITE_URL = f"sqlite:///{REPO / '.cache' / 'bench' / 'bench.sqlite3'}"
KINDS = ["case-study", "report", "provision", "guidance", "working-group", "forum-thread"]
VOCABULARY_SIZE = 40_000
ZIPF_EXPONENT = 1.07
QUERY_LENGTHS = {1: 30, 2: 35, 3: 20, 4: 10, 5: 3, 6: 2}  # words per question: weight
# Targets from issue 10, as ratios measured in one run.
TARGET_GROWTH = 1.5  # engine p95 at 100k / engine p95 at 10k
TARGET_AGAINST_POSTGRES = 0.1  # engine p95 / PostgreSQL backend p95, at 100k
TARGET_REINDEX = 2000  # engine items per second


# Synthetic content ------------------------------------------------------------------------------


def demo_words():
    """The demo content's words, most frequent first."""
    from demo import case_studies, working_groups

    text = " ".join(
        str(value)
        for study in case_studies.CASE_STUDIES
        for kind, value in study["body"]
        if kind in {"paragraph", "heading"}
    )
    text += " ".join(study["summary"] for study in case_studies.CASE_STUDIES)
    text += " ".join(report["summary"] for report in working_groups.REPORTS)
    counts = Counter(word.lower() for word in re.findall(r"[A-Za-z]{3,}", text))
    return [word for word, _count in counts.most_common()]


def vocabulary(seed=11):
    """Words by rank: the demo's, then made-up rare terms up to VOCABULARY_SIZE."""
    rng = random.Random(seed)
    words = demo_words()
    known = set(words)
    syllables = ["ka", "lo", "mi", "ra", "ten", "vo", "zu", "bel", "dor", "fi", "gan", "hu", "sen", "tor", "quil"]
    while len(words) < VOCABULARY_SIZE:
        word = "".join(rng.choices(syllables, k=rng.randint(2, 4)))
        if word not in known:
            known.add(word)
            words.append(word)
    cumulative = list(accumulate(1 / (rank + 1) ** ZIPF_EXPONENT for rank in range(len(words))))
    return words, cumulative


def generate(count, seed=20261125):
    """Deterministic synthetic knowledge documents with realistic tags and lengths."""
    from demo import taxonomy

    rng = random.Random(seed)
    words, cumulative = vocabulary()
    principles = [p["slug"] for p in taxonomy.PRINCIPLES]
    areas = [a["slug"] for a in taxonomy.PRACTICE_AREAS]
    countries = [(code, region) for code, _name, region in taxonomy.COUNTRIES]

    def text(length):
        return " ".join(rng.choices(words, cum_weights=cumulative, k=length))

    for number in range(count):
        chosen = rng.sample(countries, rng.choice([1, 1, 1, 2]))
        year = rng.randint(2005, 2025)
        yield {
            "key": f"bench:{number}",
            "kind": rng.choice(KINDS),
            "title": text(rng.randint(4, 9)).capitalize(),
            "summary": text(rng.randint(20, 40)),
            "body": text(rng.randint(150, 450)),
            "attachments": text(400) if rng.random() < 0.1 else "",
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


def items_file(count):
    """The first `count` synthetic items, written once to .cache/bench/ so that reindex
    timings measure the backend, not the generator (which makes about 1,300 items/s here)."""
    path = REPO / ".cache" / "bench" / f"items-{count}.jsonl"
    if not path.exists():
        partial = path.with_suffix(".partial")
        with partial.open("w", encoding="utf-8") as handle:
            for document in generate(count):
                handle.write(json.dumps({**document, "date": document["date"].isoformat()}) + "\n")
        partial.rename(path)
    return path


def stored_items(path):
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            document = json.loads(line)
            document["date"] = datetime.date.fromisoformat(document["date"])
            yield document


def misspelt(rng, word):
    if len(word) < 5:
        return word
    position = rng.randint(1, len(word) - 2)
    return word[:position] + word[position + 1] + word[position] + word[position + 2 :]


def questions(count, seed=7):
    """Reader-like questions: realistic lengths, topical words (not the commonest hundred),
    one in ten misspelt, often with one or two facet filters."""
    from demo import taxonomy
    from search.contract import KnowledgeQuery

    rng = random.Random(seed)
    words, cumulative = vocabulary()
    topical, topical_cumulative = words[100:], [weight - cumulative[99] for weight in cumulative[100:]]
    principles = [p["slug"] for p in taxonomy.PRINCIPLES]
    regions = [r["slug"] for r in taxonomy.REGIONS]
    lengths, weights = zip(*QUERY_LENGTHS.items(), strict=True)
    result = []
    for _ in range(count):
        filters = {}
        if rng.random() < 0.5:
            filters["principle"] = rng.sample(principles, rng.randint(1, 2))
        if rng.random() < 0.3:
            filters["region"] = [rng.choice(regions)]
        if rng.random() < 0.2:
            filters["year"] = [str(rng.randint(2010, 2025))]
        chosen = rng.choices(topical, cum_weights=topical_cumulative, k=rng.choices(lengths, weights)[0])
        if rng.random() < 0.1:
            chosen[0] = misspelt(rng, chosen[0])
        result.append(KnowledgeQuery(text=" ".join(chosen), filters=filters))
    return result


# One row, in a process of its own ---------------------------------------------------------------


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure_row(backend_name, size, query_count, breakdown):
    """Rebuild `size` items into one backend and time `query_count` questions; a JSON line."""
    from django.core.management import call_command

    from search import backends
    from search.contract import parse_text

    call_command("migrate", verbosity=0)
    backend = backends.database if backend_name == "database" else backends.get_engine()
    if backend is None:
        sys.exit("The engine is not answering; start it with `make engine`.")
    path = items_file(size)
    started = time.perf_counter()
    backend.rebuild(stored_items(path))
    rate = size / (time.perf_counter() - started)
    asked = questions(query_count)
    audiences = {"public", "members"}
    for question in asked[:10]:  # warm caches
        backend.search(question, audiences, parse_text(question.text))
    latencies, totals = [], []
    for question in asked:
        started = time.perf_counter()
        results = backend.search(question, audiences, parse_text(question.text))
        latencies.append((time.perf_counter() - started) * 1000)
        totals.append(results.total)
    row = {
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "rate": rate,
        "hits": statistics.mean(totals),
        "median_hits": statistics.median(totals),
    }
    if backend_name == "engine":
        row["version"] = f"{backend.flavour.name} {backend.flavour.version}"
        row["visible_after"] = incremental_visibility(backend)
        if breakdown:
            row["breakdown"] = engine_breakdown(backend, asked, audiences)
        backend.drop()
    print(json.dumps(row))


def incremental_visibility(engine):
    """Seconds from writing one changed document to the engine until a search finds it."""
    from search.contract import KnowledgeQuery, parse_text

    document = next(generate(1, seed=99))
    document.update(key="bench:visibility", title="Zyxwvut visibility probe")
    started = time.perf_counter()
    engine.upsert([document])
    while time.perf_counter() - started < 10:
        if engine.search(KnowledgeQuery(text="zyxwvut"), None, parse_text("zyxwvut")).total:
            return time.perf_counter() - started
        time.sleep(0.05)
    return float("nan")


def engine_breakdown(engine, asked, audiences):
    """Where the engine's time goes: p95 of its own `took` for the full request and with
    one part left out at a time."""
    from search.contract import parse_text

    def without_aggregations(body):
        body.pop("aggs", None)

    def without_highlighting(body):
        body.pop("highlight", None)

    def without_exact_total(body):
        body["track_total_hits"] = False

    def without_typo_tolerance(body):
        def strip(node):
            if isinstance(node, dict):
                if isinstance(node.get("should"), list):
                    node["should"] = [part for part in node["should"] if "fuzziness" not in part.get("multi_match", {})]
                for value in node.values():
                    strip(value)
            elif isinstance(node, list):
                for value in node:
                    strip(value)

        strip(body["query"])

    variants = {
        "full request": None,
        "no aggregations": without_aggregations,
        "no highlighting": without_highlighting,
        "no exact total": without_exact_total,
        "no typo tolerance": without_typo_tolerance,
    }
    figures = {}
    for name, change in variants.items():
        took = []
        for question in asked:
            body = engine.build_search(question, audiences, parse_text(question.text)).to_dict()
            if change:
                change(body)
            took.append(engine.client.search(index=engine.alias, body=body)["took"])
        figures[name] = percentile(took, 0.95)
    return figures


# The run ----------------------------------------------------------------------------------------


def run_row(backend_name, database_url, size, arguments, breakdown=False):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "SEARCH_INDEX": "bench-knowledge",
        "LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    }
    if backend_name == "database":
        env["SEARCH_URL"] = ""
    command = [sys.executable, __file__, "--row", backend_name, str(size), "--queries", str(arguments.queries)]
    if breakdown:
        command.append("--breakdown")
    print(f"  {backend_name} on {database_url.split(':')[0]}, {size:,} items ...", file=sys.stderr, flush=True)
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


def bench_database_on(postgres_url):
    """A database of the benchmark's own beside the one named (created when missing)."""
    import psycopg

    base, _slash, _name = postgres_url.rpartition("/")
    with psycopg.connect(postgres_url, autocommit=True) as connection:
        if not connection.execute("SELECT 1 FROM pg_database WHERE datname = 'cen_bench'").fetchone():
            connection.execute("CREATE DATABASE cen_bench")
    return f"{base}/cen_bench"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="database and engine rows")
    parser.add_argument("--engine-sizes", type=int, nargs="+", default=[300_000], help="extra engine-only rows")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--postgres", default=os.environ.get("BENCH_POSTGRES_URL", ""), help="a PostgreSQL URL")
    parser.add_argument("--row", nargs=2, metavar=("BACKEND", "SIZE"), help=argparse.SUPPRESS)
    parser.add_argument("--breakdown", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()

    if arguments.row:
        sys.path.insert(0, str(REPO))
        import django

        django.setup()
        measure_row(arguments.row[0], int(arguments.row[1]), arguments.queries, arguments.breakdown)
        return

    (REPO / ".cache" / "bench").mkdir(parents=True, exist_ok=True)
    engine_url = os.environ.get("SEARCH_URL", "")
    databases = [("SQLite", SQLITE_URL)]
    if arguments.postgres:
        databases.append(("PostgreSQL", bench_database_on(arguments.postgres)))
    rows = {}
    for size in arguments.sizes:
        for label, url in databases:
            rows[("database", label, size)] = run_row("database", url, size, arguments)
    if engine_url:
        largest = max(arguments.sizes)
        for size in sorted(set(arguments.sizes + arguments.engine_sizes)):
            rows[("engine", "", size)] = run_row("engine", SQLITE_URL, size, arguments, breakdown=size == largest)

    print()
    print(f"Faceted, highlighted searches, {arguments.queries} questions per row, in-process (server side).")
    print(f"Machine: {os.cpu_count()} cores. Vocabulary: {VOCABULARY_SIZE:,} words, Zipf exponent {ZIPF_EXPONENT}.")
    header = f"{'backend':<10} {'database':<11} {'items':>8} {'p50 ms':>8} {'p95 ms':>8} {'reindex/s':>10} {'mean hits':>10} {'median':>7}"
    print(header)
    print("-" * len(header))
    for (name, label, size), row in rows.items():
        shown = label or "-"
        print(
            f"{name:<10} {shown:<11} {size:>8} {row['p50']:>8.1f} {row['p95']:>8.1f} {row['rate']:>10.0f}"
            f" {row['hits']:>10.0f} {row['median_hits']:>7.0f}"
        )
    engine_rows = {size: row for (name, _label, size), row in rows.items() if name == "engine"}
    if not engine_rows:
        return
    print(f"\nEngine: {next(iter(engine_rows.values()))['version']}.")
    visible = ", ".join(f"{row['visible_after']:.2f} s at {size:,}" for size, row in engine_rows.items())
    print(f"An incremental update is visible in the engine after {visible}.")
    small, large = min(arguments.sizes), max(arguments.sizes)
    checks = [
        (
            f"engine p95 at {large:,} / at {small:,}",
            engine_rows[large]["p95"] / engine_rows[small]["p95"],
            f"<= {TARGET_GROWTH}",
            engine_rows[large]["p95"] / engine_rows[small]["p95"] <= TARGET_GROWTH,
        )
    ]
    postgres = rows.get(("database", "PostgreSQL", large))
    if postgres:
        ratio = engine_rows[large]["p95"] / postgres["p95"]
        checks.append(
            (
                f"engine p95 / PostgreSQL p95 at {large:,}",
                ratio,
                f"<= {TARGET_AGAINST_POSTGRES}",
                ratio <= TARGET_AGAINST_POSTGRES,
            )
        )
    sqlite = rows[("database", "SQLite", large)]
    checks.append((f"engine p95 / SQLite p95 at {large:,}", engine_rows[large]["p95"] / sqlite["p95"], "", None))
    slowest = min(row["rate"] for row in engine_rows.values())
    checks.append(("engine reindex, slowest row (items/s)", slowest, f">= {TARGET_REINDEX}", slowest >= TARGET_REINDEX))
    print(f"{'ratio':<42} {'measured':>10} {'target':>9}  met")
    for name, value, target, met in checks:
        verdict = "" if met is None else ("yes" if met else "NO")
        print(f"{name:<42} {value:>10.3f} {target:>9}  {verdict}")
    breakdown = engine_rows[large].get("breakdown")
    if breakdown:
        print(f"\nWhere the engine's time goes at {large:,} items (p95 of the engine's own 'took', ms):")
        for name, took in breakdown.items():
            print(f"  {name:<20} {took:>6.0f}")


if __name__ == "__main__":
    main()
