"""Load test the local production topology with locust: one user, then many, one table.

    make load                                   # starts `make prod-local` if needed, 1 and 20 users
    .venv/bin/python bench/load.py --duration 30 --users 1 20

For each step it prints requests sent, requests/s, timed samples, p50, p95 and errors per
endpoint, then the ratio of the p95 at the most users to the p95 at one user (the same
endpoint, the same run of this script), with the command, the machine's core count and its load
average before and after. Many users arrive over the first --arrival seconds of each round;
what they send meanwhile counts for errors but is not timed. Each step runs again (up to
--max-rounds times) until every endpoint has --min-samples timed samples. Goals on a quiet
2-core machine: no errors; p95 at 20 users at most 3 times its p95 at 1 user for the search
page, twice for the home page and listings.
"""

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "devtools"))

import prod_local  # noqa: E402

LOCUST = REPO / ".venv" / "bin" / "locust"
LOCUSTFILE = REPO / "bench" / "locustfile.py"
# The step's goals (issue 21), on a quiet 2-core machine: p95 at 20 users against 1 user.
P95_GOALS = {"search page": 3.0, "home": 2.0, "listing": 2.0}
MIN_SAMPLES = 50
# Many people are started over this many seconds at the start of each round, and what they send
# meanwhile (sign-ins, each reader's first listing) counts for errors but is not timed: started in
# the same second, the twenty people of each round made a burst that no steady twenty make, and
# most of the listings' p95 (README, "Load test").
ARRIVAL_SECONDS = 10
PERSON_KINDS = ["Reader", "Member", "GroupMember"]
# People started so far, in every step and round: each round signs in the accounts after these.
people_started = 0


def create_accounts(topology, folder):
    """bench/load_accounts.py in the topology's environment; returns the JSON file's path."""
    path = Path(folder) / "accounts.json"
    with open(path, "w") as out:
        subprocess.run(
            [str(prod_local.PYTHON), str(REPO / "bench" / "load_accounts.py")],
            cwd=REPO,
            env={**os.environ, **topology.environment()},
            stdout=out,
            check=True,
        )
    return path


def run_locust(host, accounts, users, duration, folder, min_samples=0, max_rounds=1, arrival=0):
    """One step at `users` users; returns {endpoint: {requests, timed, failures, rps, p50, p95}}
    (ms).

    One user is one of each kind of person in turn (readers, members, group members), each
    for `duration` seconds without pausing between steps, since locust would give a single
    user to the most common kind only, and a pausing user sends too few requests for a
    percentile. Many users pause as people do, and arrive over the first `arrival` seconds of
    each round; what they send in those seconds counts for errors but is not timed. A kind of
    person (or, at many users, the whole step) runs again, up to `max_rounds` times, until each
    of its endpoints has `min_samples` timed samples; the percentiles are taken from every timed
    sample of every round."""
    global people_started
    kinds = PERSON_KINDS if users == 1 else ["everyone"]
    settle = arrival if users > 1 else 0
    files = {kind: Path(folder) / f"users-{users}-{kind}.samples" for kind in kinds}
    for path in files.values():
        path.unlink(missing_ok=True)
    seconds = dict.fromkeys(kinds, 0.0)
    spawn_rate = users / settle if settle else users
    log = Path(folder) / f"users-{users}.log"
    for _round in range(max_rounds):
        for kind in kinds:
            started = time.monotonic()
            locust_round(host, accounts, users, spawn_rate, duration, kind, files[kind], log)
            seconds[kind] += time.monotonic() - started
            people_started += users
        # Another round for each kind of person with an endpoint still short of samples
        # (counting every kind's: members and group members both sign in).
        counts = {name: row["timed"] for name, row in endpoint_stats(files.values(), 1, settle).items()}
        kinds = [kind for kind in kinds if any(counts[name] < min_samples for name in endpoint_stats([files[kind]], 1))]
        if not kinds:
            break
    return endpoint_stats(files.values(), sum(seconds.values()), settle)


def locust_round(host, accounts, users, spawn_rate, duration, kind, samples, log):
    """One locust run: `kind` alone without pauses, or every kind pausing as people do."""
    with open(log, "a") as locust_log:
        subprocess.run(
            [str(LOCUST), "-f", str(LOCUSTFILE), "--headless", "--host", host, "--users", str(users),
             "--spawn-rate", f"{spawn_rate:g}", "--run-time", f"{duration}s", "--stop-timeout", "10",
             "--only-summary", "--loglevel", "WARNING", *([kind] if kind in PERSON_KINDS else [])],
            cwd=REPO,
            env={**os.environ, "LOAD_ACCOUNTS": str(accounts), "LOAD_SAMPLES": str(samples),
                 "LOAD_THINK": "0,0" if kind in PERSON_KINDS else "1,3", "LOAD_FIRST_PERSON": str(people_started),
                 "LOAD_SIGN_INS": str(Path(accounts).parent / "sign-ins")},
            check=False,  # locust exits 1 when any request failed; the table says which
            stdout=locust_log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip


def endpoint_stats(sample_files, seconds, settle=0):
    """Per endpoint: requests and failures (every sample), requests/s over `seconds`, and the
    p50 and p95 (ms) of the `timed` samples: those sent `settle` seconds or more into their run."""
    times, requests, failures = {}, {}, {}
    for path in sample_files:
        lines = path.read_text().splitlines() if path.exists() else []
        for line in lines:
            name, milliseconds, failed, sent = line.split("\t")
            requests[name] = requests.get(name, 0) + 1
            failures[name] = failures.get(name, 0) + int(failed)
            if float(sent) >= settle:
                times.setdefault(name, []).append(float(milliseconds))
    return {
        name: {
            "requests": count,
            "timed": len(times.get(name, [])),
            "failures": failures[name],
            "rps": count / seconds,
            "p50": percentile(times[name], 0.5) if name in times else None,
            "p95": percentile(times[name], 0.95) if name in times else None,
        }
        for name, count in requests.items()
    }


def percentile(values, fraction):
    """The nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def print_table(runs, circumstances=""):
    """runs: {users: stats}. One block per run, then the p95 ratios."""
    print(f"Load test on {os.cpu_count()} cores (locust, bench/locustfile.py){circumstances}")
    for users, stats in runs.items():
        total = sum(row["rps"] for row in stats.values())
        errors = sum(row["failures"] for row in stats.values())
        print(f"\n{users} user(s): {total:.1f} requests/s, {errors} errors")
        # A percentile of a handful of samples says little: the count it came from stands beside it.
        print(f"  {'endpoint':<18} {'sent':>6} {'req/s':>7} {'timed':>6} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        for name, row in sorted(stats.items()):
            p50, p95 = (f"{row[key]:.0f}" if row[key] is not None else "-" for key in ("p50", "p95"))
            print(
                f"  {name:<18} {row['requests']:>6} {row['rps']:>7.2f} {row['timed']:>6} {p50:>8} {p95:>8}"
                f" {row['failures']:>7}"
            )
    ratios = p95_ratios(runs)
    if ratios:
        low, high = min(runs), max(runs)
        print(f"\np95 at {high} users / p95 at {low} user(s), per endpoint:")
        for name, ratio in sorted(ratios.items()):
            goal = P95_GOALS.get(name)
            verdict = f"  (goal <= {goal:g}: {'met' if ratio <= goal else 'MISSED'})" if goal else ""
            print(f"  {name:<18} {ratio:>6.2f}{verdict}")


def p95_ratios(runs):
    if len(runs) < 2:
        return {}
    low, high = runs[min(runs)], runs[max(runs)]
    return {
        name: high[name]["p95"] / low[name]["p95"]
        for name in high
        if high[name]["p95"] and low.get(name, {}).get("p95")
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--duration", type=int, default=60, help="seconds per round (at 1 user: per kind of person)")
    parser.add_argument("--min-samples", type=int, default=MIN_SAMPLES, help="samples every endpoint needs")
    parser.add_argument("--max-rounds", type=int, default=6, help="rounds a step may take to gather them")
    parser.add_argument(
        "--arrival", type=int, default=ARRIVAL_SECONDS, help="seconds over which many users arrive, not timed"
    )
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    topology = prod_local.Topology(port=args.port)
    topology.engine = topology.saved().get("engine", topology.engine)
    if not topology.web_pid():
        sys.exit("The local production topology is not running: start it with `make prod-local`.")
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="cen-load-") as folder:
        accounts = create_accounts(topology, folder)
        runs = {
            users: run_locust(
                topology.url, accounts, users, args.duration, folder, args.min_samples, args.max_rounds, args.arrival
            )
            for users in args.users
        }
    load_after = os.getloadavg()
    print_table(
        runs,
        f"\n  command: {' '.join(['bench/load.py', *(argv if argv is not None else sys.argv[1:])])}"
        f"\n  above one user, people arrive over the first {args.arrival} s of each round; those seconds are not timed"
        f"\n  load average (1, 5, 15 min) before: {' '.join(f'{x:.2f}' for x in load_before)},"
        f" after: {' '.join(f'{x:.2f}' for x in load_after)}",
    )
    if args.json:
        Path(args.json).write_text(json.dumps({"cores": os.cpu_count(), "runs": runs}, indent=2) + "\n")
    errors = sum(row["failures"] for stats in runs.values() for row in stats.values())
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
