"""Reading an uploaded ZIP without trusting it: what the archive says about itself (names,
sizes) is checked before anything is unpacked, and what it then gives is measured as it is read,
so a lying header cannot make it larger than the limits either."""

import posixpath
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from .models import ImportedFile

PDF_SIGNATURE = b"%PDF-"
ARCHIVE_SIGNATURES = (b"PK\x03\x04", b"\x1f\x8b", b"Rar!", b"7z\xbc\xaf", b"BZh")
ARCHIVE_EXTENSIONS = (".zip", ".gz", ".tgz", ".tar", ".rar", ".7z", ".bz2", ".xz")
Problem = ImportedFile.Problem
# Folders and clutter (__MACOSX, .DS_Store) count as entries too.
ENTRIES_PER_FILE_ALLOWED = 3


class ArchiveRefused(Exception):
    """The archive as a whole is refused; the message says why, to the person who sent it."""


@dataclass
class Incoming:
    """One file from the upload: its content, or the problem that kept it out."""

    name: str
    content: bytes = b""
    problem: str = ""
    detail: str = ""


def safe_name(name):
    """The file's own name if its path in the archive is safe, or None: no absolute path, no
    drive letter, no `..` (Windows' backslashes are folders too). Only the name is ever used, but
    an archive that tries to climb out of its folder is not one to trust."""
    path = name.replace("\\", "/")
    if not path or path.startswith("/") or "\x00" in path or ":" in path.split("/")[0]:
        return None
    if any(part in ("..", ".") for part in path.split("/")):
        return None
    return posixpath.basename(path) or None


def is_pdf(content):
    """Only what starts as a PDF is one, whatever its name says (a PDF may begin with a few bytes of junk)."""
    return PDF_SIGNATURE in content[:1024]


def check_pdf(name, content):
    if content[:8].startswith(ARCHIVE_SIGNATURES) or name.lower().endswith(ARCHIVE_EXTENSIONS):
        return Incoming(name, problem=Problem.NESTED_ARCHIVE)
    if not is_pdf(content):
        return Incoming(name, problem=Problem.NOT_PDF)
    return Incoming(name, content)


def read_limited(handle, limit):
    """At most `limit` bytes, and whether there was more."""
    content = handle.read(limit + 1)
    return content[:limit], len(content) > limit


def is_zip(upload):
    head = upload.read(8)
    upload.seek(0)
    return head.startswith(b"PK\x03\x04") or upload.name.lower().endswith(".zip")


def check_archives(uploads):
    """Raise ArchiveRefused for the first ZIP that is refused whole, before anything is kept."""
    for upload in uploads:
        if is_zip(upload):
            open_archive(upload).close()
            upload.seek(0)


def open_archive(upload):
    try:
        archive = zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as error:
        raise ArchiveRefused(
            _("“%(name)s” cannot be opened as a ZIP file: check it opens on your computer, then upload it again.")
            % {"name": upload.name}
        ) from error
    entries = len(archive.infolist())
    # Each file refused is listed with its reason; an archive of thousands of entries would
    # only list refusals, so it is refused whole.
    if entries > ENTRIES_PER_FILE_ALLOWED * settings.IMPORT_MAX_FILES:
        archive.close()
        raise ArchiveRefused(
            _("“%(name)s” holds %(count)s entries; a batch takes at most %(limit)s files. Split it.")
            % {"name": upload.name, "count": entries, "limit": settings.IMPORT_MAX_FILES}
        )
    return archive


def unpack(upload, budget):
    """Each member of a ZIP as an Incoming; folders and the clutter of some systems left out.
    `budget` is the batch's Budget, shared with the other files of the same upload."""
    with open_archive(upload) as archive:
        for info in archive.infolist():
            if info.is_dir() or posixpath.basename(info.filename).startswith(("._", ".DS_Store")):
                continue
            if "__MACOSX/" in info.filename:
                continue
            name = safe_name(info.filename)
            if name is None:
                yield Incoming(info.filename[:255], problem=Problem.UNSAFE_NAME)
                continue
            refusal = budget.refuse(info.file_size, info.compress_size)
            if refusal:
                yield Incoming(name, problem=refusal)
                continue
            try:
                with archive.open(info) as handle:
                    content, more = read_limited(handle, settings.IMPORT_MAX_FILE_BYTES)
            except Exception as error:  # noqa: BLE001 - damaged data fails in many ways (zlib, lzma, CRC, encryption)
                yield Incoming(name, problem=Problem.BROKEN, detail=f"{type(error).__name__}: {error}"[:300])
                continue
            if more or len(content) > info.file_size:
                # The header understated the size: the archive lies about itself.
                yield Incoming(name, problem=Problem.COMPRESSION)
                continue
            budget.spend(len(content))
            yield check_pdf(name, content)


class Budget:
    """A batch's limits: files, bytes in all, bytes per file, and how much a file may have been compressed."""

    def __init__(self):
        self.files = 0
        self.bytes = 0

    def refuse(self, size, compressed_size):
        """Why a file of this size cannot come in, or ""."""
        if self.files >= settings.IMPORT_MAX_FILES:
            return Problem.TOO_MANY
        if size > settings.IMPORT_MAX_FILE_BYTES or self.bytes + size > settings.IMPORT_MAX_BATCH_BYTES:
            return Problem.TOO_LARGE
        if size > 1024 * 1024 and size > settings.IMPORT_MAX_COMPRESSION_RATIO * max(compressed_size, 1):
            return Problem.COMPRESSION
        return ""

    def spend(self, size):
        self.files += 1
        self.bytes += size


def incoming_files(uploads):
    """Every file of an upload (ZIPs unpacked, PDFs as they are), each checked, in order."""
    budget = Budget()
    for upload in uploads:
        name = posixpath.basename(upload.name.replace("\\", "/")) or "upload"
        if is_zip(upload):
            yield from unpack(upload, budget)
            continue
        refusal = budget.refuse(upload.size, upload.size)
        if refusal:
            yield Incoming(name, problem=refusal)
            continue
        content, _more = read_limited(upload, settings.IMPORT_MAX_FILE_BYTES)
        budget.spend(len(content))
        yield check_pdf(name, content)
