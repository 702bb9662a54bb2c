from django.core.management.base import BaseCommand

from questions.tasks import send_deadline_reminders


class Command(BaseCommand):
    help = "Remind experts who said they would answer and have not, two working days before the deadline (run daily)."

    def handle(self, *args, **options):
        sent = send_deadline_reminders.call()
        self.stdout.write(f"{sent} reminders sent.")
