from django.core.management.base import BaseCommand

from networkevents.tasks import delete_event_answers


class Command(BaseCommand):
    help = "Delete the answers given when registering for events, once each event's keeping time is over (run daily)."

    def handle(self, *args, **options):
        deleted = delete_event_answers.call()
        self.stdout.write(f"{deleted} answers deleted.")
