from django.core.management.base import BaseCommand

from search.status import status


def duration(seconds):
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"


class Command(BaseCommand):
    help = (
        "Show the search engine's cluster health, the index behind the alias, document counts "
        "per backend and the outbox (pending updates and the age of the oldest)."
    )

    def handle(self, *args, **options):
        report = status()
        engine = report.get("engine")
        if engine is None:
            self.stdout.write("Engine: none configured (SEARCH_URL is not set); searching the database.")
        elif "error" in engine:
            self.stdout.write(self.style.ERROR(f"Engine: unreachable ({engine['error']})"))
        else:
            style = {"green": self.style.SUCCESS, "yellow": self.style.WARNING}.get(engine["health"], self.style.ERROR)
            self.stdout.write(f"Engine: {engine['engine']}, cluster health " + style(engine["health"]))
            self.stdout.write(f"Alias: {engine['alias']} -> {engine['index']}")
            self.stdout.write(f"Engine copy: {engine['documents']} documents")
        self.stdout.write(f"Database copy: {report['database']['documents']} documents")
        pending = f"Pending updates: database {report['pending_database']}"
        lag = f"Outbox lag (oldest pending update): database {duration(report['lag_database_seconds'])}"
        if "pending_engine" in report:
            pending += f", engine {report['pending_engine']}"
            lag += f", engine {duration(report['lag_engine_seconds'])}"
        self.stdout.write(pending)
        self.stdout.write(lag)
        if report.get("last_error"):
            self.stdout.write(self.style.WARNING(f"Last error: {report['last_error']}"))
