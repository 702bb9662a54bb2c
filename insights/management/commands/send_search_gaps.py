from django.core.management.base import BaseCommand

from insights.tasks import send_weekly_search_gaps


class Command(BaseCommand):
    help = "Email the Secretariat the week's most frequent searches that found nothing (run weekly)."

    def handle(self, *args, **options):
        send_weekly_search_gaps.enqueue()
        self.stdout.write("The weekly list of unanswered searches is on its way to the Secretariat.")
