from django_tasks import task

from . import outbox


@task()
def process_index_updates():
    """Bring the knowledge index up to date with every pending change."""
    return outbox.process_pending()
