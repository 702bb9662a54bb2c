"""Applying the outbox: every pending update rebuilt from its source and written to the
database backend and, when one is configured, to the engine. A key stays pending for the
engine until the engine has taken it, so updates made while it is down reach it later.
"""

from django.db.models import F
from django.utils import timezone

from . import backends
from .models import IndexSync
from .sources import document_for_key

BATCH_SIZE = 200


def process_pending(batch_size=BATCH_SIZE):
    """Apply every pending update; returns how many keys were brought up to date."""
    done = 0
    while True:
        # While the engine is known to be down, only the database copy is brought up to date.
        engine = backends.get_engine()
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

    backends.database.upsert(present)
    backends.database.delete(gone)
    IndexSync.objects.filter(key__in=keys).update(database_synced_at=started)
    if not backends.engine_configured():
        return len(rows)
    if engine is None:
        return record_failure(keys, "The engine could not be reached.")
    try:
        engine.ensure_index()
        engine.upsert(present)
        engine.delete(gone)
    except backends.engine_errors(engine) as error:
        backends.engine_failed(error)
        return record_failure(keys, str(error)[:1000])
    IndexSync.objects.filter(key__in=keys).update(engine_synced_at=started, attempts=0, last_error="")
    return len(rows)


def record_failure(keys, message):
    IndexSync.objects.filter(key__in=keys).update(attempts=F("attempts") + 1, last_error=message)
    return 0
