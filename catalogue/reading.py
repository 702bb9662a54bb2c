"""The worker's side of an import: read a kept file, fingerprint it, find what it duplicates,
and suggest its tags."""

import time

from django.db.models import Count, Max
from wagtail.documents import get_document_model
from wagtail.models import Page

from search.extract import document_text, document_version

from . import fingerprints
from .extraction import Unreadable, read_pdf
from .models import DocumentSignature, ImportedFile
from .storage import discard_file, imports_collection
from .suggestions import Suggester, tagged_examples
from .vocabulary import Vocabulary

Problem = ImportedFile.Problem


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
        found = read_pdf(content)
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
        version = document_version(document)
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
    # The batch, and the state of what is published: a batch restored with another database
    # (a backup, the tests' copies of the demo) must not meet a Suggester made for other items.
    published = Page.objects.filter(live=True).aggregate(
        count=Count("pk"), newest=Max("last_published_at"), last=Max("pk")
    )
    key = (batch.pk, batch.created_at.isoformat(), tuple(published.values()))
    if _suggester["batch"] != key or time.monotonic() - _suggester["made"] > SUGGESTER_SECONDS:
        _suggester.update(batch=key, suggester=Suggester(Vocabulary.load(), tagged_examples()), made=time.monotonic())
    return _suggester["suggester"]
