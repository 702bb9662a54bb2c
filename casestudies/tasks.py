from django_tasks import task

from . import sharing


@task()
def delete_orphan_uploads():
    """Delete files kept for "Share your practice" forms that were never sent."""
    return sharing.delete_orphan_uploads()
