from django.core.management.base import BaseCommand

from networkevents.tasks import send_event_reminders


class Command(BaseCommand):
    help = "Email those registered for an event their reminder, the chosen working days before it (run daily)."

    def handle(self, *args, **options):
        sent = send_event_reminders.call()
        self.stdout.write(f"{sent} reminders sent.")
