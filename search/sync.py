"""Keeping the knowledge index true: recording changes in the durable outbox, and the full
rebuild.

A change to a source records its key in `IndexSync` inside the same transaction as the
change itself, then asks a background task (search/tasks.py) to apply it (search/outbox.py).
"""

from django.utils import timezone

from . import backends
from .flavour import EngineUnavailable
from .models import IndexSync
from .outbox import process_pending
from .sources import all_keys, document_for_key
from .tasks import process_index_updates


def request_update(*keys):
    """Record that these items changed and ask the background worker to index them."""
    keys = sorted(set(keys))
    if not keys:
        return
    now = timezone.now()
    for key in keys:
        IndexSync.objects.update_or_create(key=key, defaults={"requested_at": now})
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
