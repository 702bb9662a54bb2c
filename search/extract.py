"""Text from attached documents, so what sits inside a PDF can be found."""

import logging

from pypdf import PdfReader

from .models import ExtractedText

logger = logging.getLogger(__name__)

MAX_PAGES = 300
MAX_CHARACTERS = 500_000


def document_version(document):
    """What changes when a document's file does: Wagtail's hash, or the file's name and size."""
    return document.file_hash or f"{document.file.name}:{document.file_size}"


def document_text(document):
    """The text of a Wagtail document, read once per file version and then kept."""
    version = document_version(document)
    cached = ExtractedText.objects.filter(document=document).first()
    if cached and cached.file_hash == version:
        return cached.text
    text = read_text(document)
    ExtractedText.objects.update_or_create(document=document, defaults={"file_hash": version, "text": text})
    return text


def read_text(document):
    extension = document.file_extension.lower()
    try:
        with document.file.open("rb") as handle:
            if extension == "pdf":
                return pdf_text(handle)
            if extension in {"txt", "csv"}:
                return handle.read(MAX_CHARACTERS).decode("utf-8", errors="replace")
    except Exception:  # A damaged or missing file must not stop the rest of the item being indexed.
        logger.warning("Could not read the text of document %s", document.pk, exc_info=True)
    return ""


def pdf_text(handle):
    reader = PdfReader(handle, strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        return ""
    parts, length = [], 0
    for page in reader.pages[:MAX_PAGES]:
        text = " ".join((page.extract_text() or "").split())
        parts.append(text)
        length += len(text)
        if length >= MAX_CHARACTERS:
            break
    return "\n".join(parts)[:MAX_CHARACTERS]
