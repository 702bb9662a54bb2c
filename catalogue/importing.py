"""A batch from upload to drafts: files checked and kept (`start_batch`), read and suggested in
the worker (`read_file`), and a person's decision made into a draft page (`create_draft`)."""

import logging
import time

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents import get_document_model

from cen_portal.drafts import DRAFT_PLACES, start_draft
from cen_portal.taxonomy import TaggedKnowledgeMixin
from cen_portal.uploads import collection
from search.extract import document_text

from . import fingerprints
from .archive import incoming_files
from .extraction import Unreadable, extract
from .manifest import read_manifest, resolve
from .models import DocumentSignature, ImportBatch, ImportedFile
from .suggestions import Suggester, tagged_examples
from .vocabulary import Vocabulary

logger = logging.getLogger(__name__)
# Files wait here, seen by the Secretariat alone, until a draft made from them is published.
IMPORTS_COLLECTION = "Imported documents"
Problem = ImportedFile.Problem


def imports_collection():
    return collection(IMPORTS_COLLECTION, private=True)


def parse_manifest(content, vocabulary=None):
    """The manifest's rows with the taxonomy's keys; raises ManifestError."""
    return resolve(read_manifest(content), vocabulary or Vocabulary.load())


@transaction.atomic
def start_batch(name, uploads, user=None, manifest=None):
    """A batch of every file in `uploads` (ZIPs unpacked), each kept or refused with its reason;
    the worker then reads each kept file. Raises ArchiveRefused for a ZIP that cannot be opened."""
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
    Document = get_document_model()
    # Any earlier import of these bytes, rejected ones too: a person has decided about them already.
    same_file = ImportedFile.objects.filter(sha256=imported.sha256).exclude(status=ImportedFile.Status.FAILED).first()
    if same_file:
        imported.status, imported.problem = ImportedFile.Status.FAILED, Problem.DUPLICATE
        imported.similar_to_file, imported.similarity = same_file, 1.0
        imported.save()
        return
    document = Document(title=imported.name, collection=imports_collection(), uploaded_by_user=user)
    document.file.save(imported.name, ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    imported.document = document
    imported.save()
    from .tasks import read_imported_file  # the task module imports this one

    transaction.on_commit(lambda: read_imported_file.enqueue(imported.pk))


def read_file(imported):
    """Extract, fingerprint and suggest, in the worker. A file the worker cannot read is marked
    with the reason; nothing a file holds stops the rest of the batch."""
    with imported.document.file.open("rb") as handle:
        content = handle.read()
    same_document = document_with_hash(fingerprints.sha1(content))
    if same_document:
        imported.similar_to_document, imported.similarity = same_document, 1.0
        imported.save(update_fields=["similar_to_document", "similarity"])
        discard_file(imported)
        mark_failed(imported, Problem.DUPLICATE)
        return
    try:
        found = extract(content)
    except Unreadable as unreadable:
        mark_failed(imported, unreadable.problem, unreadable.detail)
        return
    imported.text, imported.title, imported.year = found.text, found.title, found.year
    imported.language, imported.page_count = found.language, found.page_count
    imported.minhash = fingerprints.minhash(found.text)
    find_similar(imported)
    model = suggester_for(imported.batch)
    suggestions = model.suggest(found.text, found.title)
    imported.suggestions = with_manifest(suggestions, imported.manifest_row, model.vocabulary)
    imported.status = ImportedFile.Status.SUGGESTED
    imported.save()


def document_with_hash(sha1):
    """The portal's document holding exactly these bytes, if any. Wagtail keeps each document's
    SHA-1 when it is uploaded through the admin; those made otherwise (the demo's, members'
    attachments) get theirs here, once."""
    Document = get_document_model()
    for document in Document.objects.filter(file_hash="").exclude(collection=imports_collection()).iterator():
        try:
            document.get_file_hash()
        except OSError:  # a file missing from storage cannot be the same as this one
            continue
    return Document.objects.exclude(collection=imports_collection()).filter(file_hash=sha1).first()


def discard_file(imported):
    """Delete the stored copy of an imported file (its fingerprints stay)."""
    document, imported.document = imported.document, None
    imported.save(update_fields=["document"])
    if document is not None:
        transaction.on_commit(lambda: document.file.delete(save=False))
        document.delete()


def mark_failed(imported, problem, detail=""):
    imported.status, imported.problem, imported.detail = ImportedFile.Status.FAILED, problem, detail[:300]
    imported.save(update_fields=["status", "problem", "detail"])


def find_similar(imported):
    """The most similar earlier import or document on the portal, if nearly the same text."""
    best = (0.0, None, None)
    others = ImportedFile.objects.exclude(pk=imported.pk).exclude(minhash=[]).only("pk", "minhash")
    for other in others.iterator():
        score = fingerprints.similarity(imported.minhash, other.minhash)
        if score > best[0]:
            best = (score, other, None)
    for document, signature in document_signatures():
        score = fingerprints.similarity(imported.minhash, signature)
        if score > best[0]:
            best = (score, None, document)
    score, other, document = best
    if score >= fingerprints.NEARLY_THE_SAME:
        imported.similarity, imported.similar_to_file, imported.similar_to_document = score, other, document
        if other is not None:
            # Whichever of the two is reviewed first, its reviewer sees the other.
            ImportedFile.objects.filter(pk=other.pk, similar_to_file=None, similar_to_document=None).update(
                similar_to_file=imported, similarity=score
            )


def document_signatures():
    """(document, MinHash) of every PDF on the portal outside the imports collection."""
    Document = get_document_model()
    documents = Document.objects.filter(file__iendswith=".pdf").exclude(collection=imports_collection())
    kept = {signature.document_id: signature for signature in DocumentSignature.objects.all()}
    for document in documents.iterator():
        version = document.file_hash or f"{document.file.name}:{document.file_size}"
        signature = kept.get(document.pk)
        if signature is None or signature.version != version:
            signature, _created = DocumentSignature.objects.update_or_create(
                document=document,
                defaults={"version": version, "minhash": fingerprints.minhash(document_text(document))},
            )
        yield document, signature.minhash


def with_manifest(suggestions, row, vocabulary):
    """The manifest's values in place of the suggestions for the columns it fills."""
    from_manifest = {"confidence": 1.0, "ticked": True, "evidence": [], "source": "manifest"}
    for column in ("kind", "emb", "working_group", "countries", "principles", "practice_areas"):
        if column not in row:
            continue
        values = row[column] if isinstance(row[column], list) else [row[column]]
        suggestions[column] = [
            {"value": value, "label": vocabulary.label(column, value), **from_manifest} for value in values
        ]
    return suggestions


_suggester = {"batch": None, "suggester": None, "made": 0.0}
SUGGESTER_SECONDS = 300


def suggester_for(batch):
    """The Suggester for a batch's files: learning from every tagged item takes a while, so a
    worker makes it once for the files of one batch it reads in a row (for five minutes at most,
    so what the Secretariat tags meanwhile counts for the rest)."""
    key = (batch.pk, batch.created_at.isoformat())
    if _suggester["batch"] != key or time.monotonic() - _suggester["made"] > SUGGESTER_SECONDS:
        _suggester.update(batch=key, suggester=Suggester(Vocabulary.load(), tagged_examples()), made=time.monotonic())
    return _suggester["suggester"]


class DraftRefused(Exception):
    def __init__(self, messages):
        self.messages = messages
        super().__init__("; ".join(messages))


def create_draft(imported, decision, user):
    """A draft page from the file and what the reviewer accepted. Raises DraftRefused with the
    reasons (a required field the page needs, no right to add pages there)."""
    kind, parent = decision["kind"], decision["parent"]
    place = DRAFT_PLACES[kind]
    parent = place.parent_in(parent, decision.get("language") or "")
    if not parent.permissions_for_user(user).can_add_subpage():
        raise DraftRefused([f"You cannot add pages under “{parent.title}”."])
    facts = {
        "year": decision.get("year"),
        "emb": decision.get("emb"),
        **{name: decision.get(name) for name in place.asks},
    }
    tags = None
    if issubclass(place.page_model, TaggedKnowledgeMixin):
        tags = {name: decision.get(name) or [] for name in ("principles", "practice_areas", "countries")}
    fields = place.attach_document(imported.document, facts)
    try:
        with transaction.atomic():
            page = start_draft(
                kind,
                curator=user,
                title=decision["title"],
                fallback_slug=f"imported-{imported.pk}",
                summary=decision["summary"],
                body=fields.pop("body", None),
                tags=tags,
                parent=parent,
                **fields,
            )
            imported.document.title = decision["title"]
            imported.document.save(update_fields=["title"])
            imported.status, imported.draft_page = ImportedFile.Status.DRAFTED, page
            imported.target_collection = place.collection_of(parent.specific) if place.collection_of else None
            imported.reviewed_by, imported.reviewed_at = user, timezone.now()
            imported.save()
    except ValidationError as error:
        raise DraftRefused(validation_messages(error)) from error
    return page


def validation_messages(error):
    if hasattr(error, "message_dict"):
        return [f"{field.replace('_', ' ')}: {' '.join(messages)}" for field, messages in error.message_dict.items()]
    return list(error.messages)


@transaction.atomic
def reject(imported, user):
    """Nothing is made from the file, and the file itself is deleted; its fingerprints stay, so
    the same file uploaded again is shown as the one already rejected."""
    imported.status, imported.reviewed_by, imported.reviewed_at = ImportedFile.Status.REJECTED, user, timezone.now()
    imported.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    discard_file(imported)
