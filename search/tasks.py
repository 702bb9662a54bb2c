from django_tasks import task

from . import sync


@task()
def process_index_updates():
    """Bring the knowledge index up to date with every pending change."""
    return sync.process_pending()
