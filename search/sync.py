"""Keeping the knowledge index true: recording changes in the durable outbox, and the full
rebuild.

A change to a source records its key in `IndexSync` inside the same transaction as the
change itself, then asks a background task (search/tasks.py) to apply it (search/outbox.py).
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.utils import timezone

from . import backends
from .flavour import EngineUnavailable
from .models import IndexSync
from .outbox import process_pending
from .sources import all_keys, document_for_key
from .tasks import process_index_updates

# Inside `one_batch()`: whether an update was recorded that the worker has not been asked for.
_batch = ContextVar("index_update_batch", default=None)


def request_update(*keys):
    """Record that these items changed and ask the background worker to index them."""
    keys = sorted(set(keys))
    if not keys:
        return
    now = timezone.now()
    for key in keys:
        IndexSync.objects.update_or_create(key=key, defaults={"requested_at": now})
    batch = _batch.get()
    if batch is None:
        process_index_updates.enqueue()
    else:
        batch["requested"] = True


@contextmanager
def one_batch():
    """Record every update made inside the block as usual, but ask the worker once, at its end.

    For bulk changes (the demo content publishes hundreds of pages): each publish would
    otherwise index the same items again, and with the immediate task backend (development
    and tests) do so before the next page is saved. The outbox rows are written as they happen,
    so nothing is lost if the block fails."""
    if _batch.get() is not None:  # already inside a batch: the outer one asks
        yield
        return
    batch = {"requested": False}
    token = _batch.set(batch)
    try:
        yield
    finally:
        _batch.reset(token)
        if batch["requested"]:
            process_index_updates.enqueue()


def rebuild(engine_only=False, database_only=False):
    """Rebuild both copies of the index from every source; returns counts per backend.

    The engine gets a new index and the alias moves to it when complete (zero downtime).
    Changes made during the rebuild stay pending and are applied after the swap."""
    started = timezone.now()
    keys = all_keys()
    IndexSync.objects.bulk_create([IndexSync(key=key, requested_at=started) for key in keys], ignore_conflicts=True)
    counts = {}
    if not engine_only:
        counts["database"] = backends.database.rebuild(iter_documents(keys))
        IndexSync.objects.filter(requested_at__lte=started).update(database_synced_at=started)
    if not database_only and backends.engine_configured():
        engine = backends.get_engine(check_recent_failure=False)
        if engine is None:
            raise EngineUnavailable("The search engine could not be reached; nothing was changed there.")
        counts["engine"] = engine.rebuild(iter_documents(keys))
        IndexSync.objects.filter(requested_at__lte=started).update(engine_synced_at=started, attempts=0, last_error="")
    process_pending()
    return counts


def iter_documents(keys):
    for key in keys:
        document = document_for_key(key)
        if document is not None:
            yield document
