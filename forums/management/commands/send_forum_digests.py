from django.core.management.base import BaseCommand

from forums.notifications import send_daily_digests


class Command(BaseCommand):
    help = "Queue today's forum digest emails (run once a day)."

    def handle(self, *args, **options):
        result = send_daily_digests.enqueue()
        self.stdout.write(f"Digest task queued ({result.id}).")
