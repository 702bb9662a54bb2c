from django.core.management.base import BaseCommand
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult


class Command(BaseCommand):
    help = (
        "Put back in the queue the tasks a worker was running when it died (killed, out of "
        "memory, power cut). Run it just before starting that worker again, with the worker's own "
        "--worker-id: tasks it had claimed cannot still be running anywhere else."
    )

    def add_arguments(self, parser):
        parser.add_argument("--worker-id", required=True, help="the id the worker runs with (db_worker --worker-id)")

    def handle(self, *args, **options):
        worker_id = options["worker_id"]
        interrupted = [
            result.pk
            for result in DBTaskResult.objects.filter(status=TaskResultStatus.RUNNING).only("pk", "worker_ids")
            if result.worker_ids and result.worker_ids[-1] == worker_id
        ]
        # Every task is safe to run again: index updates come from the outbox and notification
        # emails are guarded per recipient (forums.notifications.first_notice).
        requeued = DBTaskResult.objects.filter(pk__in=interrupted, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.READY, started_at=None
        )
        self.stdout.write(f"Requeued {requeued} interrupted task(s) of worker {worker_id}.")
