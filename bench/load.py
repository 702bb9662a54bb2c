"""Load test the local production topology with locust: one user, then many, one table.

    make load                                   # starts `make prod-local` if needed, 1 and 20 users
    .venv/bin/python bench/load.py --duration 30 --users 1 20

For each run it prints requests/s, p50, p95 and errors per endpoint, then the ratio of the
p95 at the most users to the p95 at one user (the same endpoint, the same run of this
script), with the machine's core count. Goals on a 2-core machine: no errors, and the search
page's p95 at 20 users at most 4 times its p95 at 1 user.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "devtools"))

import prod_local  # noqa: E402

LOCUST = REPO / ".venv" / "bin" / "locust"
LOCUSTFILE = REPO / "bench" / "locustfile.py"
SEARCH_P95_GOAL = 4.0


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


def run_locust(host, accounts, users, duration, folder):
    """One headless run; returns {endpoint: {requests, failures, rps, p50, p95}} (ms)."""
    prefix = Path(folder) / f"users-{users}"
    with open(f"{prefix}.log", "w") as locust_log:
        subprocess.run(
            [str(LOCUST), "-f", str(LOCUSTFILE), "--headless", "--host", host, "--users", str(users),
             "--spawn-rate", str(max(users, 1)), "--run-time", f"{duration}s", "--stop-timeout", "10",
             "--csv", str(prefix), "--only-summary", "--loglevel", "WARNING"],
            cwd=REPO,
            env={**os.environ, "LOAD_ACCOUNTS": str(accounts)},
            check=False,  # locust exits 1 when any request failed; the table says which
            stdout=locust_log,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
    stats = {}
    with open(f"{prefix}_stats.csv") as handle:
        for row in csv.DictReader(handle):
            if row["Name"] == "Aggregated":
                continue
            stats[row["Name"]] = {
                "requests": int(row["Request Count"]),
                "failures": int(row["Failure Count"]),
                "rps": float(row["Requests/s"]),
                "p50": float(row["50%"] or 0),
                "p95": float(row["95%"] or 0),
            }
    return stats


def print_table(runs):
    """runs: {users: stats}. One block per run, then the p95 ratios."""
    print(f"Load test on {os.cpu_count()} cores (locust, bench/locustfile.py)")
    for users, stats in runs.items():
        total = sum(row["rps"] for row in stats.values())
        errors = sum(row["failures"] for row in stats.values())
        print(f"\n{users} user(s): {total:.1f} requests/s, {errors} errors")
        # A percentile of a handful of samples says little: the count stands beside it.
        print(f"  {'endpoint':<18} {'samples':>7} {'req/s':>7} {'p50 ms':>8} {'p95 ms':>8} {'errors':>7}")
        for name, row in sorted(stats.items()):
            print(
                f"  {name:<18} {row['requests']:>7} {row['rps']:>7.2f} {row['p50']:>8.0f} {row['p95']:>8.0f}"
                f" {row['failures']:>7}"
            )
    ratios = p95_ratios(runs)
    if ratios:
        low, high = min(runs), max(runs)
        print(f"\np95 at {high} users / p95 at {low} user(s), per endpoint:")
        for name, ratio in sorted(ratios.items()):
            goal = f"  (goal <= {SEARCH_P95_GOAL:g}: {'met' if ratio <= SEARCH_P95_GOAL else 'MISSED'})"
            print(f"  {name:<18} {ratio:>6.2f}{goal if name == 'search page' else ''}")


def p95_ratios(runs):
    if len(runs) < 2:
        return {}
    low, high = runs[min(runs)], runs[max(runs)]
    return {name: high[name]["p95"] / low[name]["p95"] for name in high if low.get(name, {}).get("p95")}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, nargs="+", default=[1, 20])
    parser.add_argument("--duration", type=int, default=60, help="seconds per run")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args(argv)
    topology = prod_local.Topology(port=args.port)
    topology.engine = topology.saved().get("engine", topology.engine)
    if not topology.web_pid():
        sys.exit("The local production topology is not running: start it with `make prod-local`.")
    with tempfile.TemporaryDirectory(prefix="cen-load-") as folder:
        accounts = create_accounts(topology, folder)
        runs = {users: run_locust(topology.url, accounts, users, args.duration, folder) for users in args.users}
    print_table(runs)
    if args.json:
        Path(args.json).write_text(json.dumps({"cores": os.cpu_count(), "runs": runs}, indent=2) + "\n")
    errors = sum(row["failures"] for stats in runs.values() for row in stats.values())
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
