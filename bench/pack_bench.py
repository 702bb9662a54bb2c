"""How long a reading pack takes to make, and how large it is, by the number of items.

    make bench-packs              (PACK_ARGS="--repeat 5")

Loads the demo content into its own SQLite database (.cache/bench-packs/), then makes packs of
the first 1, 5, 10 and 20 public knowledge items (case studies, reports, guidance, instruments,
provisions and events, in that order) as a reader who is not signed in would, through the
worker's own build (WeasyPrint). Each size is made --repeat times from nothing (its cached PDF
deleted in between), in a seeded random order of sizes; the table gives min / median / max
seconds, the size, the pages, and the median's ratio to the 1-item pack of the same run. The
budget (issue 23): a 20-item pack in at most 20 s and 3 MB, judged on the medians.
"""

import argparse
import io
import os
import random
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATABASE = REPO / ".cache" / "bench-packs" / "packs.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ["MEDIA_ROOT"] = str(DATABASE.parent / "media")
os.environ.setdefault("LOG_LEVEL", "ERROR")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from wagtail.models import Page  # noqa: E402

from readingpacks.models import PackBuild  # noqa: E402
from readingpacks.packs import as_reader, build_now  # noqa: E402
from readingpacks.sources import Pack, readable_items  # noqa: E402

SIZES = [1, 5, 10, 20]
KINDS = ["case-study", "report", "guidance", "instrument", "provision", "event"]
BUDGET_SECONDS, BUDGET_BYTES = 20, 3 * 1024 * 1024


def public_items(count):
    pages = [page.specific for page in Page.objects.live().public().filter(locale__language_code="en")]
    items = [page for kind in KINDS for page in pages if getattr(page, "knowledge_kind", None) == kind]
    if len(items) < count:
        sys.exit(f"The demo has {len(items)} public items; {count} were asked for.")
    return readable_items([page.pk for page in items[:count]], as_reader(None), "en")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=23)
    args = parser.parse_args()
    DATABASE.parent.mkdir(parents=True, exist_ok=True)
    DATABASE.unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    print(f"{os.cpu_count()} cores, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} before")
    runs = [size for size in SIZES for _ in range(args.repeat)]
    random.Random(args.seed).shuffle(runs)
    seconds, sizes, pages = {size: [] for size in SIZES}, {}, {}
    for size in runs:
        pack = Pack(title=f"Benchmark pack of {size}", made_from="bench/pack_bench.py", url="/", language="en")
        pack.pages = public_items(size)
        PackBuild.objects.filter(key=pack.key).delete()
        build = build_now(pack)
        seconds[size].append(build.seconds)
        sizes[size], pages[size] = build.size, build.page_count
    print(f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())} after\n")
    baseline = statistics.median(seconds[1])
    print("| items | seconds: median (min-max) | ratio to 1 item | PDF size | PDF pages |")
    print("| --- | --- | --- | --- | --- |")
    for size in SIZES:
        median = statistics.median(seconds[size])
        print(
            f"| {size} | {median:.2f} ({min(seconds[size]):.2f}-{max(seconds[size]):.2f}) | "
            f"{median / baseline:.1f}x | {sizes[size] / 1024:.0f} KB | {pages[size]} |"
        )
    twenty = statistics.median(seconds[20])
    print(
        f"\nBudget for 20 items: {twenty:.2f} s (<= {BUDGET_SECONDS}: {'met' if twenty <= BUDGET_SECONDS else 'NOT met'}), "
        f"{sizes[20] / 1024 / 1024:.2f} MB (<= 3: {'met' if sizes[20] <= BUDGET_BYTES else 'NOT met'})"
    )


if __name__ == "__main__":
    main()
