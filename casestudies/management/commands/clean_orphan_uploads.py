from django.core.management.base import BaseCommand

from casestudies.tasks import delete_orphan_uploads


class Command(BaseCommand):
    help = (
        "Queue the deletion of files kept for 'Share your practice' forms that were never sent "
        "(older than a day and used by no page). Run daily, e.g. from cron."
    )

    def handle(self, *args, **options):
        result = delete_orphan_uploads.enqueue()
        if result.is_finished:  # the immediate backend (development) has already done it
            self.stdout.write(f"Deleted {result.return_value} orphan upload(s).")
        else:
            self.stdout.write("Queued: the task worker will delete orphan uploads.")
