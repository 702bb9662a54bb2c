"""Keeping the knowledge index true: the durable outbox and the full rebuild.

A change to a source records its key in `IndexSync` inside the same transaction as the
change itself, then asks a background task to catch up. The task rebuilds each pending
document from its source and writes it to the database backend and, when one is
configured, to the engine. A key stays pending for the engine until the engine has taken
it, so updates made while the engine is down are applied when it returns.
"""

import logging

from django.db.models import F
from django.utils import timezone

from . import service
from .models import IndexSync
from .sources import all_keys, document_for_key

logger = logging.getLogger(__name__)

BATCH_SIZE = 200


def request_update(*keys):
    """Record that these items changed and ask the background worker to index them."""
    keys = sorted(set(keys))
    if not keys:
        return
    now = timezone.now()
    for key in keys:
        IndexSync.objects.update_or_create(key=key, defaults={"requested_at": now})
    from .tasks import process_index_updates

    process_index_updates.enqueue()


def process_pending(batch_size=BATCH_SIZE):
    """Apply every pending update; returns how many keys were brought up to date."""
    done = 0
    while True:
        # While the engine is known to be down, only the database copy is brought up to date.
        engine = service.get_engine()
        pending = IndexSync.objects.pending_database()
        if engine is not None:
            pending = pending | IndexSync.objects.pending_engine()
        rows = list(pending.order_by("requested_at")[:batch_size])
        if not rows:
            return done
        applied = apply(rows, engine)
        done += applied
        if applied < len(rows):  # The engine failed: what is left waits for it.
            return done


def apply(rows, engine):
    started = timezone.now()
    keys = [row.key for row in rows]
    documents = {key: document_for_key(key) for key in keys}
    present = [document for document in documents.values() if document]
    gone = [key for key, document in documents.items() if document is None]

    service.database.upsert(present)
    service.database.delete(gone)
    IndexSync.objects.filter(key__in=keys).update(database_synced_at=started)
    if not service.engine_configured():
        return len(rows)
    if engine is None:
        return record_failure(keys, "The engine could not be reached.")
    try:
        engine.ensure_index()
        engine.upsert(present)
        engine.delete(gone)
    except service.engine_errors(engine) as error:
        service.engine_failed(error)
        return record_failure(keys, str(error)[:1000])
    IndexSync.objects.filter(key__in=keys).update(engine_synced_at=started, attempts=0, last_error="")
    return len(rows)


def record_failure(keys, message):
    IndexSync.objects.filter(key__in=keys).update(attempts=F("attempts") + 1, last_error=message)
    return 0


def rebuild(engine_only=False, database_only=False):
    """Rebuild both copies of the index from every source; returns counts per backend.

    The engine gets a new index and the alias moves to it when complete (zero downtime).
    Changes made during the rebuild stay pending and are applied after the swap."""
    started = timezone.now()
    keys = all_keys()
    IndexSync.objects.bulk_create([IndexSync(key=key, requested_at=started) for key in keys], ignore_conflicts=True)
    counts = {}
    if not engine_only:
        counts["database"] = service.database.rebuild(iter_documents(keys))
        IndexSync.objects.filter(requested_at__lte=started).update(database_synced_at=started)
    if not database_only and service.engine_configured():
        engine = service.get_engine(check_recent_failure=False)
        if engine is None:
            raise service.EngineUnavailable("The search engine could not be reached; nothing was changed there.")
        counts["engine"] = engine.rebuild(iter_documents(keys))
        IndexSync.objects.filter(requested_at__lte=started).update(engine_synced_at=started, attempts=0, last_error="")
    process_pending()
    return counts


def iter_documents(keys):
    for key in keys:
        document = document_for_key(key)
        if document is not None:
            yield document


def status():
    """What `manage.py search_status` and the admin show: engine health, counts, pending updates."""
    report = {"database": service.database.status(), "pending_database": IndexSync.objects.pending_database().count()}
    if service.engine_configured():
        report["pending_engine"] = IndexSync.objects.pending_engine().count()
        engine = service.get_engine(check_recent_failure=False)
        try:
            report["engine"] = engine.status() if engine else {"error": "unreachable"}
        except service.engine_errors(engine) as error:
            report["engine"] = {"error": str(error)[:300]}
        failing = IndexSync.objects.exclude(last_error="").order_by("-requested_at").first()
        if failing:
            report["last_error"] = failing.last_error
    return report
