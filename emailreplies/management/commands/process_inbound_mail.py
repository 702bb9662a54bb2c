from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from emailreplies.models import InboundMessage
from emailreplies.processing import process_waiting

KEEP_DAYS = 30


class Command(BaseCommand):
    help = (
        "Process stored replies still waiting (after an outage), and delete processed ones older "
        f"than {KEEP_DAYS} days (they hold whole messages). Run daily."
    )

    def handle(self, *args, **options):
        processed = process_waiting()
        old = InboundMessage.objects.exclude(status=InboundMessage.Status.RECEIVED).filter(
            received_at__lt=timezone.now() - timedelta(days=KEEP_DAYS)
        )
        deleted, _by_model = old.delete()
        self.stdout.write(f"Processed {processed} waiting replies; deleted {deleted} older than {KEEP_DAYS} days.")
