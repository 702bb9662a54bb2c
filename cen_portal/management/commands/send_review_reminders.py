from django.core.management.base import BaseCommand

from cen_portal.reviews import send_review_reminders


class Command(BaseCommand):
    help = "Email the Secretariat the items due for a lessons-learned review (run weekly)."

    def handle(self, *args, **options):
        result = send_review_reminders.enqueue()
        self.stdout.write(f"Review reminder task queued ({result.id}).")
