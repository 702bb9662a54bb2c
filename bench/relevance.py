"""Judged relevance over the demo content: nDCG@5 and MRR for both backends, side by side,
for English readers' questions and French readers' (asked with their language).

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
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
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
from tests.search.relevance import JUDGED_SETS, MRR_DEPTH, evaluate  # noqa: E402

WEAK = 0.5


def figures_for(backend_name):
    """{language: Figures} for the backend."""

    def top_results_in(language):
        def top_results(text):
            results = service.search(KnowledgeQuery(text=text, per_page=MRR_DEPTH, language=language), None)
            if results.backend != backend_name or results.fallback:
                sys.exit(f"{backend_name} did not answer {text!r} (the {results.backend} backend did).")
            return [(hit.url, hit.title) for hit in results.hits]

        return top_results

    return {language: evaluate(top_results_in(language), language) for language in JUDGED_SETS}


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
    counts = ", ".join(f"{len(queries)} {language}" for language, queries in JUDGED_SETS.items())
    print(f"\nJudged queries over the demo content ({counts}; 2 = the answer, 1 = useful), anonymous reader.")
    print(f"{'backend':<10} {'language':<9} {'nDCG@5':>8} {'MRR':>8}")
    for language in JUDGED_SETS:
        for name in names:
            print(f"{name:<10} {language:<9} {figures[name][language].ndcg:>8.3f} {figures[name][language].mrr:>8.3f}")
    print(f"\nQueries below nDCG@5 {WEAK} on either backend ({' / '.join(names)}):")
    for language in JUDGED_SETS:
        first = figures[names[0]][language].queries
        for position, judged in enumerate(first):
            scores = [figures[name][language].queries[position].ndcg for name in names]
            if min(scores) < WEAK:
                shown = " / ".join(f"{score:.2f}" for score in scores)
                print(f"  {shown:<12} [{language}] {judged.text!r}: top {first[position].titles[:2]}")


if __name__ == "__main__":
    main()
