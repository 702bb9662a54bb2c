"""The back catalogue coming in: a batch of PDFs the Secretariat uploads, each file's extracted
facts and suggested tags, and what a person decided about it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# The languages the importer tells apart (catalogue/language.py).
LANGUAGES = [("en", _("English")), ("fr", _("French"))]


class ImportBatch(models.Model):
    """One upload (a ZIP, several PDFs, or a folder read by `import_documents`)."""

    name = models.CharField(_("name"), max_length=255)
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # The manifest's rows, by file name: values a person gave, which win over suggestions.
    manifest = models.JSONField(_("manifest"), default=dict, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("import batch")
        verbose_name_plural = _("import batches")
        permissions = [("import_documents", "Can import a batch of documents and review it")]

    def __str__(self):
        return self.name

    def progress(self):
        """How far the batch has come: {status: count}, and the failures by reason."""
        counts = dict(self.files.values_list("status").annotate(models.Count("pk")))
        failures = dict(
            self.files.filter(status=ImportedFile.Status.FAILED).values_list("problem").annotate(models.Count("pk"))
        )
        status = ImportedFile.Status
        reviewed = counts.get(status.DRAFTED, 0) + counts.get(status.REJECTED, 0)
        return {
            "files": sum(counts.values()),
            "waiting": counts.get(status.WAITING, 0),
            # The worker reads a file and suggests its tags in one step.
            "suggested": counts.get(status.SUGGESTED, 0) + reviewed,
            "to_review": counts.get(status.SUGGESTED, 0),
            "reviewed": reviewed,
            "drafted": counts.get(status.DRAFTED, 0),
            "failed": counts.get(status.FAILED, 0),
            "failures": sorted(
                ((ImportedFile.Problem(problem).label, count) for problem, count in failures.items()),
                key=lambda failure: (-failure[1], str(failure[0])),
            ),
        }


class ImportedFile(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting for the worker")
        SUGGESTED = "suggested", _("Waiting for review")
        DRAFTED = "drafted", _("Draft created")
        REJECTED = "rejected", _("Rejected")
        FAILED = "failed", _("Not imported")

    class Problem(models.TextChoices):
        NOT_PDF = "not_pdf", _("Not a PDF")
        UNSAFE_NAME = "unsafe_name", _("Unsafe file name in the archive")
        NESTED_ARCHIVE = "nested_archive", _("An archive inside the archive")
        TOO_LARGE = "too_large", _("Too large")
        COMPRESSION = "compression", _("Compressed too much to be a document (a possible zip bomb)")
        TOO_MANY = "too_many", _("Over the batch's limit of files")
        ENCRYPTED = "encrypted", _("Encrypted: needs a password")
        BROKEN = "broken", _("Damaged PDF")
        NEEDS_OCR = "needs_ocr", _("No text layer: needs OCR")
        DUPLICATE = "duplicate", _("Same file as one already on the portal or in a batch")
        TOO_DEMANDING = "too_demanding", _("Took too long or too much memory to read")

    batch = models.ForeignKey(ImportBatch, on_delete=models.CASCADE, related_name="files")
    name = models.CharField(_("file name"), max_length=255)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.WAITING)
    problem = models.CharField(_("problem"), max_length=20, choices=Problem.choices, blank=True)
    detail = models.CharField(_("details"), max_length=300, blank=True)
    # The file itself, kept in the private imports collection until a draft made from it is published.
    document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    size = models.PositiveBigIntegerField(_("size"), default=0)
    sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    # What the worker read from the file.
    title = models.CharField(_("title"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True, choices=LANGUAGES)
    page_count = models.PositiveIntegerField(_("pages"), null=True, blank=True)
    text = models.TextField(_("text"), blank=True)
    minhash = models.JSONField(default=list, blank=True)
    # {"kind": [...], "countries": [...], ...}: each a list of {"value", "label", "confidence", "evidence"}.
    suggestions = models.JSONField(default=dict, blank=True)
    # The nearly identical file or document found, if any: shown to the reviewer with a link.
    similar_to_file = models.ForeignKey("self", on_delete=models.SET_NULL, null=True, blank=True, related_name="+")
    similar_to_document = models.ForeignKey(
        "wagtaildocs.Document", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    similarity = models.FloatField(null=True, blank=True)
    # After review.
    draft_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["batch", "name", "pk"]
        verbose_name = _("imported file")
        verbose_name_plural = _("imported files")

    def __str__(self):
        return self.name

    @property
    def manifest_row(self):
        return self.batch.manifest.get(self.name, {})


class DocumentSignature(models.Model):
    """The MinHash of a document already on the portal, kept per file version, so each import
    compares with every document without reading them all again."""

    document = models.OneToOneField("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    version = models.CharField(max_length=100)
    minhash = models.JSONField(default=list)

    def __str__(self):
        return f"Signature of document {self.document_id}"
