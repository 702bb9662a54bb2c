"""The knowledge index's health, for `manage.py search_status` and for monitoring.

One report: the engine's cluster health (green, yellow or red), the index the alias points
at, the number of documents in each backend's copy, and the outbox: how many updates are
pending for each backend and the age of the oldest (the lag), with the last error.
"""

from django.db.models import Min
from django.utils import timezone

from . import backends
from .models import IndexSync


def outbox_lag(pending, now):
    """Seconds since the oldest pending update was requested (0 when nothing is pending)."""
    oldest = pending.aggregate(oldest=Min("requested_at"))["oldest"]
    return max(0.0, (now - oldest).total_seconds()) if oldest else 0.0


def status():
    now = timezone.now()
    pending_database = IndexSync.objects.pending_database()
    report = {
        "database": backends.database.status(),
        "pending_database": pending_database.count(),
        "lag_database_seconds": outbox_lag(pending_database, now),
    }
    if backends.engine_configured():
        pending_engine = IndexSync.objects.pending_engine()
        report["pending_engine"] = pending_engine.count()
        report["lag_engine_seconds"] = outbox_lag(pending_engine, now)
        engine = backends.get_engine(check_recent_failure=False)
        try:
            report["engine"] = engine.status() if engine else {"error": "unreachable"}
        except backends.engine_errors(engine) as error:
            report["engine"] = {"error": str(error)[:300]}
        failing = IndexSync.objects.exclude(last_error="").order_by("-requested_at").first()
        if failing:
            report["last_error"] = failing.last_error
    return report
