from django.core.management.base import BaseCommand, CommandError

from search import sync
from search.flavour import EngineUnavailable


class Command(BaseCommand):
    help = (
        "Rebuild the knowledge index from every source; the engine's alias moves to the new index when it is complete."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database-only", action="store_true", help="Rebuild only the database backend's copy.")
        parser.add_argument("--engine-only", action="store_true", help="Rebuild only the engine's index.")

    def handle(self, *args, database_only, engine_only, **options):
        try:
            counts = sync.rebuild(engine_only=engine_only, database_only=database_only)
        except EngineUnavailable as error:
            raise CommandError(str(error)) from error
        for backend, count in counts.items():
            self.stdout.write(self.style.SUCCESS(f"{backend}: {count} documents indexed"))
