from django_tasks import task

from cen_portal import uploads


@task()
def delete_orphan_uploads():
    """Delete files kept for forms that were never sent (Share your practice, answers)."""
    return uploads.delete_orphan_uploads()
