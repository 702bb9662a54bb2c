from django.core.management.base import BaseCommand

from insights.tasks import purge_old_searches


class Command(BaseCommand):
    help = "Delete logged searches older than SEARCH_LOG_RETENTION_DAYS (run daily, e.g. from cron)."

    def handle(self, *args, **options):
        result = purge_old_searches.enqueue()
        if result.is_finished:
            self.stdout.write(f"Deleted {result.return_value} old record(s).")
        else:
            self.stdout.write("Queued: the task worker will delete old searches.")
