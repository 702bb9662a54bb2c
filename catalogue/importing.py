"""A batch coming in: its files checked and kept privately (`start_batch`), each then read by
the worker (catalogue.reading) and decided on by a person (catalogue.review)."""

from django.core.files.base import ContentFile
from django.db import transaction
from wagtail.documents import get_document_model

from . import fingerprints
from .archive import check_archives, incoming_files
from .manifest import read_manifest, resolve
from .models import ImportBatch, ImportedFile
from .storage import imports_collection
from .tasks import read_imported_file
from .vocabulary import Vocabulary

Problem = ImportedFile.Problem


def parse_manifest(content, vocabulary=None):
    """The manifest's rows with the taxonomy's keys; raises ManifestError."""
    return resolve(read_manifest(content), vocabulary or Vocabulary.load())


@transaction.atomic
def start_batch(name, uploads, user=None, manifest=None):
    """A batch of every file in `uploads` (ZIPs unpacked), each kept or refused with its reason;
    the worker then reads each kept file. Raises ArchiveRefused, before keeping anything, for a
    ZIP refused whole."""
    check_archives(uploads)
    batch = ImportBatch.objects.create(name=name[:255], created_by=user, manifest=manifest or {})
    names = set()
    for incoming in incoming_files(uploads):
        imported = ImportedFile(batch=batch, name=unique_name(incoming.name, names))
        if incoming.problem:
            imported.status, imported.problem, imported.detail = (
                ImportedFile.Status.FAILED,
                incoming.problem,
                incoming.detail,
            )
            imported.save()
            continue
        keep(imported, incoming.content, user)
    return batch


def unique_name(name, taken):
    """Two files of one name (from two folders of a ZIP) stay apart: the second is "name (2).pdf"."""
    stem, dot, extension = name.rpartition(".")
    candidate, number = name[:255], 2
    while candidate in taken:
        candidate = f"{stem} ({number}).{extension}" if dot else f"{name} ({number})"
        number += 1
    taken.add(candidate)
    return candidate


def keep(imported, content, user):
    """Keep the file privately, unless the very same file was imported before: then it is listed
    as a duplicate with a link, and not imported again. (The worker compares with the portal's
    documents, which takes longer.)"""
    imported.size, imported.sha256 = len(content), fingerprints.sha256(content)
    # Any earlier import of these bytes, rejected ones too: a person has decided about them already.
    same_file = ImportedFile.objects.filter(sha256=imported.sha256).exclude(status=ImportedFile.Status.FAILED).first()
    if same_file:
        imported.status, imported.problem = ImportedFile.Status.FAILED, Problem.DUPLICATE
        imported.similar_to_file, imported.similarity = same_file, 1.0
        imported.save()
        return
    document = get_document_model()(title=imported.name, collection=imports_collection(), uploaded_by_user=user)
    document.file.save(imported.name, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    imported.document = document
    imported.save()
    transaction.on_commit(lambda: read_imported_file.enqueue(imported.pk))
