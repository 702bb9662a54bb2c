"""The worker's part of an import: reading each file."""

import logging

from django_tasks import task

from .models import ImportedFile
from .reading import mark_failed, read_file

logger = logging.getLogger(__name__)


@task()
def read_imported_file(file_id):
    """Read one file of a batch (a retried task finds it done and does nothing)."""
    imported = ImportedFile.objects.filter(pk=file_id, status=ImportedFile.Status.WAITING).first()
    if imported is None or imported.document is None:
        return
    try:
        read_file(imported)
    except Exception:
        # A file that breaks the reader in a way no check foresaw is marked, not retried forever.
        logger.exception("Imported file %s could not be read", imported.pk)
        mark_failed(imported, ImportedFile.Problem.BROKEN, "The reader failed on this file.")
