"""Liveness and readiness for load balancers and monitoring (django-health-check).

- `/health/live/`: the process answers (no database, no engine): restart it if this fails.
- `/health/ready/`: can this web process serve readers? It answers 503 only when a critical
  check fails: the database, or the disk that holds uploaded media. The search engine, the
  index outbox and the task worker are reported (as warnings) but never fail readiness:
  search falls back to the database and queued work waits, so taking web servers out of
  the load balancer would only make things worse.

Both answer JSON (`?format=text` for plain text).
"""

import dataclasses
import datetime
import os
import shutil
import time
from pathlib import Path

from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.cache import cache
from django.dispatch import receiver
from django.utils import timezone
from django_tasks.signals import task_finished
from django_tasks_db.models import DBTaskResult
from health_check.base import HealthCheck
from health_check.checks import Database
from health_check.exceptions import ServiceUnavailable, ServiceWarning
from health_check.views import HealthCheckView

from search import backends
from search.models import IndexSync
from search.status import outbox_lag

WORKER_HEARTBEAT_KEY = "health:worker-finished-task-at"
MEDIA_MIN_FREE_BYTES = 200 * 1024 * 1024  # below this, uploads start failing soon
OUTBOX_MAX_LAG = datetime.timedelta(minutes=5)
WORKER_MAX_WAIT = datetime.timedelta(minutes=2)


@receiver(task_finished)
def record_worker_heartbeat(sender, task_result, **kwargs):
    """Each finished task marks the worker alive (in the shared cache: the database in production)."""
    cache.set(WORKER_HEARTBEAT_KEY, time.time(), None)


class UsesRequestConnection:
    """django-health-check runs checks in a thread pool; a check that queries the database
    runs in the request's own thread instead, on its connection (persistent and health-checked
    like any request's), rather than opening one per pool thread."""

    async def run(self):
        await sync_to_async(self.check)()


@dataclasses.dataclass
class MediaDisk(HealthCheck):
    """The media folder exists, is writable and has room for uploads."""

    critical = True

    def run(self):
        # The storage creates MEDIA_ROOT on the first upload: until then, ask its parent.
        folder = Path(settings.MEDIA_ROOT)
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not os.access(folder, os.W_OK):
            raise ServiceUnavailable("media folder not writable")
        usage = shutil.disk_usage(folder)
        if usage.free < MEDIA_MIN_FREE_BYTES:
            raise ServiceUnavailable(f"{usage.free // 2**20} MB free for media")


@dataclasses.dataclass
class SearchCluster(HealthCheck):
    """The engine cluster's own health: green is OK; yellow, red or no answer is a warning
    (search then uses the remaining copies, or the database)."""

    def run(self):
        if not backends.engine_configured():
            return  # database search only: nothing to check
        engine = backends.get_engine(check_recent_failure=False)
        if engine is None:
            raise ServiceWarning("engine unreachable; search uses the database")
        try:
            health = engine.client.cluster.health()["status"]
        except backends.engine_errors(engine) as error:
            raise ServiceWarning("engine unreachable; search uses the database") from error
        if health != "green":
            raise ServiceWarning(f"cluster {health}")


@dataclasses.dataclass
class IndexOutbox(UsesRequestConnection, HealthCheck):
    """Index updates waiting in the outbox (search.models.IndexSync): warn when the oldest
    has waited longer than a few minutes (the worker is stuck, or the engine is away)."""

    def check(self):
        pending = IndexSync.objects.pending_database()
        if backends.engine_configured():
            pending = pending | IndexSync.objects.pending_engine()
        lag = outbox_lag(pending, timezone.now())
        if lag > OUTBOX_MAX_LAG.total_seconds():
            raise ServiceWarning(f"{pending.count()} index updates pending, oldest {int(lag)} s")


@dataclasses.dataclass
class TaskWorker(UsesRequestConnection, HealthCheck):
    """The django-tasks database worker takes queued tasks: warn when a task has waited
    longer than two minutes (no worker running, or it is stuck)."""

    def check(self):
        if "django_tasks_db" not in settings.TASKS["default"]["BACKEND"]:
            return  # tasks run inside the request (development, tests)
        waiting = DBTaskResult.objects.ready().filter(enqueued_at__lt=timezone.now() - WORKER_MAX_WAIT)
        if waiting.exists():
            heartbeat = cache.get(WORKER_HEARTBEAT_KEY)
            last = f"last task finished {int(time.time() - heartbeat)} s ago" if heartbeat else "no task finished yet"
            raise ServiceWarning(f"{waiting.count()} tasks waiting over 2 minutes; {last}")


@dataclasses.dataclass
class CriticalDatabase(Database):
    critical = True


class JSONHealthView(HealthCheckView):
    """django-health-check's view, answering JSON where it would render its HTML page."""

    def render_to_response(self, context, **response_kwargs):
        return self.render_to_response_json(response_kwargs.get("status", 200))


class LivenessView(JSONHealthView):
    checks = ()


class ReadinessView(JSONHealthView):
    checks = (CriticalDatabase, MediaDisk, SearchCluster, IndexOutbox, TaskWorker)

    async def get(self, request, *args, **kwargs):
        response = await super().get(request, *args, **kwargs)
        if response.status_code != 406:
            critical = any(result.error for result in self.results if getattr(result.check, "critical", False))
            response.status_code = 503 if critical else 200
        return response
