"""Judged relevance over the demo content: nDCG@5 and MRR for both backends, side by side.

    make relevance

It loads the demo content into its own SQLite database (.cache/relevance/), indexes it in
the database backend and, when SEARCH_URL is set, in its own engine alias, then asks every
judged query of tests/search/judged_queries.py through the search service as an anonymous
reader. The README records these figures; the suite fails if either backend falls below them.
"""

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATABASE = REPO / ".cache" / "relevance" / "relevance.sqlite3"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cen_portal.settings.dev")
os.environ["DATABASE_URL"] = f"sqlite:///{DATABASE}"
os.environ["SEARCH_INDEX"] = "relevance-knowledge"
os.environ.setdefault("LOG_LEVEL", "ERROR")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import override_settings  # noqa: E402

from search import backends, service  # noqa: E402
from search.contract import KnowledgeQuery  # noqa: E402
from tests.search.relevance import MRR_DEPTH, evaluate  # noqa: E402

WEAK = 0.5


def figures_for(backend_name):
    def top_results(text):
        results = service.search(KnowledgeQuery(text=text, per_page=MRR_DEPTH), None)
        if results.backend != backend_name or results.fallback:
            sys.exit(f"{backend_name} did not answer {text!r} (the {results.backend} backend did).")
        return [(hit.url, hit.title) for hit in results.hits]

    return evaluate(top_results)


def main():
    DATABASE.parent.mkdir(parents=True, exist_ok=True)
    DATABASE.unlink(missing_ok=True)
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=io.StringIO())
    engine_url = settings.SEARCH_URL
    figures = {}
    with override_settings(SEARCH_URL=""):
        call_command("rebuild_knowledge_index", stdout=io.StringIO())
        figures["database"] = figures_for("database")
    if engine_url:
        engine = backends.get_engine()
        if engine is None:
            sys.exit(f"The engine at {engine_url} is not answering; start it with `make engine`.")
        call_command("rebuild_knowledge_index", "--engine-only", stdout=io.StringIO())
        engine.refresh()
        figures["engine"] = figures_for("engine")
        engine.drop()

    names = list(figures)
    count = len(figures[names[0]].queries)
    print(f"\n{count} judged queries over the demo content (2 = the answer, 1 = useful), anonymous reader.")
    print(f"{'backend':<10} {'nDCG@5':>8} {'MRR':>8}")
    for name in names:
        print(f"{name:<10} {figures[name].ndcg:>8.3f} {figures[name].mrr:>8.3f}")
    print(f"\nQueries below nDCG@5 {WEAK} on either backend ({' / '.join(names)}):")
    for position, judged in enumerate(figures[names[0]].queries):
        scores = [figures[name].queries[position].ndcg for name in names]
        if min(scores) < WEAK:
            shown = " / ".join(f"{score:.2f}" for score in scores)
            print(f"  {shown:<12} {judged.text!r}: top {figures[names[0]].queries[position].titles[:2]}")


if __name__ == "__main__":
    main()
