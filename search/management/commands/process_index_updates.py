from django.core.management.base import BaseCommand

from search import sync


class Command(BaseCommand):
    help = "Apply pending knowledge-index updates now (the background worker normally does this)."

    def handle(self, *args, **options):
        self.stdout.write(f"{sync.process_pending()} items brought up to date.")
