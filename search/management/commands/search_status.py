from django.core.management.base import BaseCommand

from search import sync


class Command(BaseCommand):
    help = "Show the search engine's health, index counts and pending updates."

    def handle(self, *args, **options):
        report = sync.status()
        engine = report.get("engine")
        if engine is None:
            self.stdout.write("Engine: none configured (SEARCH_URL is not set); searching the database.")
        elif "error" in engine:
            self.stdout.write(self.style.ERROR(f"Engine: unreachable ({engine['error']})"))
        else:
            self.stdout.write(
                f"Engine: {engine['engine']}, health {engine['health']}, alias {engine['alias']} -> {engine['index']}, "
                f"{engine['documents']} documents"
            )
        self.stdout.write(f"Database copy: {report['database']['documents']} documents")
        self.stdout.write(
            f"Pending updates: database {report['pending_database']}"
            + (f", engine {report['pending_engine']}" if "pending_engine" in report else "")
        )
        if report.get("last_error"):
            self.stdout.write(self.style.WARNING(f"Last error: {report['last_error']}"))
