"""What the worker reads from a PDF: its text, title, year, language and page count. Anything
that goes wrong becomes a reason a person can read (`Unreadable`), never a crashed worker.

`read_pdf` reads in a process of its own, with a time limit and a memory limit: a file built to
make pypdf loop or swell is marked and left behind, and the worker (which also sends the
portal's emails and index updates) goes on. That process imports pypdf and this module only, so
nothing here touches Django."""

import datetime
import io
import multiprocessing
import re
import resource
from collections import Counter
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from .language import detect_language

# The reasons, as catalogue.models.ImportedFile.Problem names them.
ENCRYPTED, BROKEN, NEEDS_OCR, TOO_DEMANDING = "encrypted", "broken", "needs_ocr", "too_demanding"
# What one file may take to read: seconds, and memory beyond what the reading process starts with.
READ_SECONDS = 120
READ_MEMORY_BYTES = 1024 * 1024 * 1024
MAX_PAGES = 300
MAX_CHARACTERS = 2_000_000
# Fewer letters than this per page, on average, and the PDF is a scan without a text layer.
LETTERS_PER_PAGE = 40
YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
# Titles some tools write into every file's metadata.
MEANINGLESS_TITLES = re.compile(r"^(untitled|document\d*|microsoft word - .*|.*\.(docx?|pdf|odt))$", re.IGNORECASE)


class Unreadable(Exception):
    def __init__(self, problem, detail=""):
        self.problem, self.detail = problem, detail[:300]
        # Both in args, so it crosses back from the reading process as it was raised.
        super().__init__(problem, self.detail)


def read_pdf(content, seconds=READ_SECONDS, memory=READ_MEMORY_BYTES):
    """`extract` in a process of its own, stopped after `seconds` or when it needs `memory`
    bytes more than it started with."""
    context = multiprocessing.get_context("spawn")
    receiving, sending = context.Pipe(duplex=False)
    reader = context.Process(target=extract_into, args=(content, sending, memory), daemon=True)
    reader.start()
    sending.close()
    try:
        if not receiving.poll(seconds):
            raise Unreadable(TOO_DEMANDING, f"not read in {seconds} seconds")
        try:
            outcome = receiving.recv()
        except EOFError:  # the process died: killed for its memory, most likely
            raise Unreadable(TOO_DEMANDING, "the reader stopped (memory)") from None
    finally:
        if reader.is_alive():
            reader.kill()
        reader.join()
        receiving.close()
    if isinstance(outcome, Unreadable):
        raise outcome
    return outcome


def extract_into(content, sending, memory):
    """In the reading process: extract, and send back what was found or why not."""
    limit = address_space() + memory
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        outcome = extract(content)
    except Unreadable as unreadable:
        outcome = unreadable
    except MemoryError:
        outcome = Unreadable(TOO_DEMANDING, "more memory than a document needs")
    except Exception as error:  # noqa: BLE001 - whatever a hostile file makes pypdf raise is the file's problem
        outcome = Unreadable(BROKEN, f"{type(error).__name__}: {error}")
    sending.send(outcome)
    sending.close()


@dataclass
class Extracted:
    text: str
    title: str
    year: int | None
    language: str
    page_count: int


def address_space():
    """The bytes of address space this process holds now (Linux)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def extract(content):
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted and not opens_without_password(reader):
            raise Unreadable(ENCRYPTED)
        page_count = len(reader.pages)
        texts, length, runs = [], 0, []
        for number, page in enumerate(reader.pages[:MAX_PAGES]):
            # The first page's runs of text with their sizes, for the title.
            text = page.extract_text(visitor_text=(lambda *run: runs.append(run)) if number == 0 else None) or ""
            texts.append(text)
            length += len(text)
            if length >= MAX_CHARACTERS:
                break
        metadata = reader.metadata or {}
        metadata_title = str(metadata.get("/Title") or "").replace("\x00", "").strip()
        created = creation_date(reader)
    except Unreadable:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError) as error:
        # A damaged file takes many shapes in pypdf; each is the file's fault, not the worker's.
        raise Unreadable(BROKEN, f"{type(error).__name__}: {error}") from error
    # PostgreSQL stores no NUL character in text, and pypdf gives some from odd fonts.
    text = "\n".join(texts)[:MAX_CHARACTERS].replace("\x00", "")
    letters = sum(character.isalpha() for character in text)
    if letters < LETTERS_PER_PAGE * max(1, min(page_count, len(texts))):
        raise Unreadable(NEEDS_OCR, f"{letters} letters in {page_count} pages")
    language, _confidence = detect_language(text)
    return Extracted(
        text=text,
        title=title_of(metadata_title, runs, text),
        year=year_of(texts[0] if texts else "", text, created),
        language=language,
        page_count=page_count,
    )


def creation_date(reader):
    """When the file was made, if its metadata says so in a form pypdf reads."""
    try:
        return reader.metadata.creation_date if reader.metadata else None
    except (PyPdfError, ValueError, TypeError):
        return None


def opens_without_password(reader):
    """Many PDFs are encrypted with an empty password only to stop editing: those are read."""
    try:
        return bool(reader.decrypt(""))
    except (PyPdfError, NotImplementedError, ValueError):
        return False


def title_of(metadata_title, runs, text):
    """The metadata's title when it means something, else the largest type on the first page,
    else the first line."""
    if metadata_title and not MEANINGLESS_TITLES.match(metadata_title):
        return metadata_title[:255]
    heading = largest_line(runs)
    if heading:
        return heading[:255]
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:255]


def largest_line(runs):
    """The text set in the largest size on the page (pypdf's visitor gives each run's matrices)."""
    sized = []
    for text, cm, tm, _font, font_size in runs:
        if not text.strip():
            continue
        scale = abs(tm[3] * cm[3]) or abs(tm[0] * cm[0]) or 1
        sized.append((round(font_size * scale, 1), text.strip()))
    if not sized:
        return ""
    largest = max(size for size, _text in sized)
    words = []
    for size, text in sized:
        if size == largest:
            words.append(text)
        elif words:
            break
    return " ".join(" ".join(words).split())


def year_of(first_page, text, created):
    """The year the first page names most (the latest if tied), else the text's, else when the file was made."""
    this_year = datetime.date.today().year
    for part in (first_page, text[:20_000]):
        years = Counter(int(year) for year in YEAR.findall(part) if int(year) <= this_year)
        if years:
            return max(years, key=lambda year: (years[year], year))
    return created.year if created else None
