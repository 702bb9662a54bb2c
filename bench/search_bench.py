"""Knowledge-search benchmark: latency of faceted, highlighted searches and reindex speed for
the engine and the database backend (on SQLite and on PostgreSQL), in one run.

    make bench                                   # 10k and 100k items, engine also at 300k
    make bench BENCH_ARGS="--sizes 2000 --engine-sizes 2000 --queries 50 --repeat 1"   # a quick run

Synthetic items (fixed seed) draw their words from a Zipf-like vocabulary: the demo content's
words, most frequent first, followed by rare made-up terms, so a few words are everywhere and
most are rare, as in real text. Questions are one to six words long (most one to three),
sometimes misspelt, often with facet filters. Each row runs in a process of its own, with its
own database (.cache/bench/ for SQLite; the PostgreSQL database named by --postgres) and
engine alias, after the same warm-up. Every row runs --repeat times (3), in a new seeded random
order each time; the table gives the median and the range of each figure, and the targets are
judged on medians, with the command, the core count and the load average printed beside them.
"""

import argparse
import datetime
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from collections import Counter
from itertools import accumulate
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SQLITE_FILE = REPO / ".cache" / "bench" / "bench.sqlite3"
SQLITE_URL = f"sqlite:///{SQLITE_FILE}"
KINDS = ["case-study", "report", "provision", "guidance", "working-group", "forum-thread"]
VOCABULARY_SIZE = 40_000
ZIPF_EXPONENT = 1.07
QUERY_LENGTHS = {1: 30, 2: 35, 3: 20, 4: 10, 5: 3, 6: 2}  # words per question: weight
WARM_UP_QUESTIONS = 50  # asked by every row before it is timed (a seed of their own)
# Targets from issues 10 and 21, judged on the medians of the repetitions of one run.
TARGET_GROWTH = 1.5  # engine p95 at the largest size / at the smallest
TARGET_POSTGRES_P95 = {10_000: 60, 100_000: 150}  # ms, the database backend on PostgreSQL
TARGET_POSTGRES_AGAINST_ENGINE = 4  # PostgreSQL backend p95 / engine p95, same size
TARGET_SQLITE_P95 = {100_000: 400}  # ms
TARGET_REINDEX = 2000  # engine items per second, at every size


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

    from search import backends
    from search.contract import parse_text

    backend = backends.database if backend_name == "database" else backends.get_engine()
    if backend is None:
        sys.exit("The engine is not answering; start it with `make engine`.")
    path = items_file(size)
    started = time.perf_counter()
    backend.rebuild(stored_items(path))
    rate = size / (time.perf_counter() - started)
    asked = questions(query_count)
    audiences = {"public", "members"}
    # Every row warms up alike, on questions of its own: the JVM, PostgreSQL's buffers and
    # this process's caches are as warm for the first row of a run as for the last.
    for question in questions(WARM_UP_QUESTIONS, seed=8):
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


def django_environment(database_url):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "SEARCH_INDEX": "bench-knowledge",
        "LOG_LEVEL": "ERROR",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
    }


def run_row(backend_name, database_url, size, arguments, breakdown=False):
    env = django_environment(database_url)
    if backend_name == "database":
        env["SEARCH_URL"] = ""
    command = [sys.executable, __file__, "--row", backend_name, str(size), "--queries", str(arguments.queries)]
    if breakdown:
        command.append("--breakdown")
    where = "" if backend_name == "engine" else f" on {database_url.split(':')[0]}"
    print(f"  {backend_name}{where}, {size:,} items ...", file=sys.stderr, flush=True)
    output = subprocess.run(command, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(output.strip().splitlines()[-1])


# How often a database in use is tried again, a second apart.
DROP_ATTEMPTS = 30


class EmptyDatabases:
    """A migrated, empty database for every row, copied from one migrated once per run. A row
    never inherits what a bigger one left: deleting 100,000 items slowed the next row's rebuild
    (a reindex rate of 150 a second instead of 350 on PostgreSQL), and the dead space they left
    slowed its searches (PostgreSQL's p95 at 10,000 items 99 ms there, 71 ms after VACUUM FULL)."""

    def __init__(self, postgres_url):
        self.postgres_url = postgres_url
        self.sqlite_template = SQLITE_FILE.with_name("template.sqlite3")
        self.sqlite_template.unlink(missing_ok=True)
        migrate(f"sqlite:///{self.sqlite_template}")
        if postgres_url:
            self.execute("DROP DATABASE IF EXISTS cen_bench_template", "CREATE DATABASE cen_bench_template")
            migrate(self.postgres("cen_bench_template"))

    def postgres(self, name):
        return f"{self.postgres_url.rpartition('/')[0]}/{name}"

    def execute(self, *statements):
        """Each statement, tried again for a while if the database is in use. No row's process
        is connected by then, but autovacuum may be at work on it: a plain DROP stops it (DROP
        ... WITH (FORCE) would need the right to end a superuser's process, and fails)."""
        import psycopg

        with psycopg.connect(self.postgres_url, autocommit=True) as connection:
            for statement in statements:
                for attempt in range(DROP_ATTEMPTS):
                    try:
                        connection.execute(statement)
                        break
                    except psycopg.errors.ObjectInUse:
                        if attempt == DROP_ATTEMPTS - 1:
                            raise
                        time.sleep(1)

    def fresh(self, url):
        """`url`'s database emptied: the template's copy."""
        if url == SQLITE_URL:
            for leftover in SQLITE_FILE.parent.glob(f"{SQLITE_FILE.name}*"):
                leftover.unlink()
            shutil.copyfile(self.sqlite_template, SQLITE_FILE)
        else:
            self.execute(
                "DROP DATABASE IF EXISTS cen_bench",
                "CREATE DATABASE cen_bench TEMPLATE cen_bench_template",
            )
        return url


def migrate(database_url):
    command = [sys.executable, str(REPO / "manage.py"), "migrate", "--verbosity", "0"]
    subprocess.run(command, env=django_environment(database_url), check=True)


def spread(values):
    """median (min-max) of the repetitions' figures."""
    return statistics.median(values), min(values), max(values)


def shown(values, digits=1):
    median, low, high = spread(values)
    return f"{median:,.{digits}f} ({low:,.{digits}f}-{high:,.{digits}f})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="database and engine rows")
    parser.add_argument("--engine-sizes", type=int, nargs="+", default=[300_000], help="extra engine-only rows")
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=3, help="runs of every row, in a new random order each time")
    parser.add_argument("--seed", type=int, default=2026, help="seed of the rows' order")
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
    load_before = os.getloadavg()
    engine_url = os.environ.get("SEARCH_URL", "")
    empty = EmptyDatabases(arguments.postgres)
    databases = [("SQLite", SQLITE_URL)]
    if arguments.postgres:
        databases.append(("PostgreSQL", empty.postgres("cen_bench")))
    specs = [("database", label, url, size) for size in arguments.sizes for label, url in databases]
    engine_sizes = sorted(set(arguments.sizes + arguments.engine_sizes)) if engine_url else []
    specs += [("engine", "", SQLITE_URL, size) for size in engine_sizes]
    # Rows run in a new seeded random order in each repetition, so no row always meets a cold
    # engine or follows the heaviest one; every figure is the median of the repetitions.
    order = random.Random(arguments.seed)
    runs = {(name, label, size): [] for name, label, _url, size in specs}
    for repetition in range(arguments.repeat):
        print(f"Repetition {repetition + 1} of {arguments.repeat}", file=sys.stderr, flush=True)
        for name, label, url, size in order.sample(specs, len(specs)):
            breakdown = name == "engine" and size == max(arguments.sizes) and repetition == 0
            runs[(name, label, size)].append(run_row(name, empty.fresh(url), size, arguments, breakdown=breakdown))
    load_after = os.getloadavg()

    print()
    print(f"Command: {' '.join([os.path.relpath(sys.argv[0], REPO), *sys.argv[1:]])}")
    print(f"Machine: {os.cpu_count()} cores; load average (1, 5, 15 min) {load_before[0]:.2f} {load_before[1]:.2f}"
          f" {load_before[2]:.2f} before, {load_after[0]:.2f} {load_after[1]:.2f} {load_after[2]:.2f} after.")  # fmt: skip
    print(
        f"Faceted, highlighted searches: {arguments.queries} questions per row after {WARM_UP_QUESTIONS} to warm up,"
        f" in-process (server side). Vocabulary: {VOCABULARY_SIZE:,} words, Zipf exponent {ZIPF_EXPONENT}."
    )
    print(
        f"Each figure: median (min-max) of {arguments.repeat} repetitions, rows in random order (seed {arguments.seed})."
    )
    header = f"{'backend':<9} {'database':<10} {'items':>8} {'p50 ms':>22} {'p95 ms':>22} {'reindex/s':>22} {'median hits':>11}"
    print(header)
    print("-" * len(header))
    for (name, label, size), rows in runs.items():
        print(
            f"{name:<9} {label or '-':<10} {size:>8,} {shown([r['p50'] for r in rows]):>22}"
            f" {shown([r['p95'] for r in rows]):>22} {shown([r['rate'] for r in rows], 0):>22}"
            f" {statistics.median(r['median_hits'] for r in rows):>11.0f}"
        )
    checks(runs, arguments)


def checks(runs, arguments):
    """The targets, each judged on medians."""

    def median(name, label, size, figure="p95"):
        rows = runs.get((name, label, size))
        return statistics.median(row[figure] for row in rows) if rows else None

    verdicts = []
    for size, limit in TARGET_POSTGRES_P95.items():
        postgres = median("database", "PostgreSQL", size)
        if postgres is not None:
            verdicts.append((f"PostgreSQL backend p95 at {size:,} (ms)", postgres, f"<= {limit}", postgres <= limit))
            engine = median("engine", "", size)
            if engine:
                ratio = postgres / engine
                target = TARGET_POSTGRES_AGAINST_ENGINE
                verdicts.append((f"PostgreSQL p95 / engine p95 at {size:,}", ratio, f"<= {target}", ratio <= target))
    for size, limit in TARGET_SQLITE_P95.items():
        sqlite = median("database", "SQLite", size)
        if sqlite is not None:
            verdicts.append((f"SQLite backend p95 at {size:,} (ms)", sqlite, f"<= {limit}", sqlite <= limit))
    engine_sizes = sorted(size for name, _label, size in runs if name == "engine")
    if engine_sizes:
        small, large = engine_sizes[0], engine_sizes[-1]
        growth = median("engine", "", large) / median("engine", "", small)
        verdicts.append(
            (f"engine p95 at {large:,} / at {small:,}", growth, f"<= {TARGET_GROWTH}", growth <= TARGET_GROWTH)
        )
        slowest = min(median("engine", "", size, "rate") for size in engine_sizes)
        verdicts.append(
            ("engine reindex, slowest size (items/s)", slowest, f">= {TARGET_REINDEX}", slowest >= TARGET_REINDEX)
        )
        first = runs[("engine", "", small)][0]
        print(f"\nEngine: {first['version']}.")
        visible = ", ".join(f"{median('engine', '', size, 'visible_after'):.2f} s at {size:,}" for size in engine_sizes)
        print(f"An incremental update is visible in the engine after (median) {visible}.")
    print(f"\n{'target (medians)':<42} {'measured':>10} {'target':>9}  met")
    for name, value, target, met in verdicts:
        print(f"{name:<42} {value:>10.3f} {target:>9}  {'yes' if met else 'NO'}")
    breakdown = next((row.get("breakdown") for rows in runs.values() for row in rows if row.get("breakdown")), None)
    if breakdown:
        size = max(arguments.sizes)
        print(
            f"\nWhere the engine's time goes at {size:,} items (p95 of the engine's own 'took', ms, first repetition):"
        )
        for name, took in breakdown.items():
            print(f"  {name:<20} {took:>6.0f}")


if __name__ == "__main__":
    main()
