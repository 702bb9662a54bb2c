"""The search contract shared by both backends: what is asked and what comes back.

Everything here is plain data, so the engine and database backends answer the same
questions in the same shape, and one contract test suite can hold both to it.
"""

import math
import re
import unicodedata
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from cen_portal.i18n import CONTENT_LANGUAGES, DEFAULT_LANGUAGE

# Facets in the order the search page shows them, with the query-string parameter for each.
FACETS = {
    "kind": _("Type"),
    "principle": _("Key principle"),
    "area": _("Good-practice area"),
    "country": _("Country"),
    "region": _("Region"),
    "year": _("Year"),
}

SORTS = {
    "relevance": _("Best match"),
    "newest": _("Newest first"),
    "oldest": _("Oldest first"),
}

# The languages knowledge is written and searched in: every document carries one of these
# codes (a page's locale, a taxonomy row's locale, the site language a post was written in).
LANGUAGES = CONTENT_LANGUAGES

MAX_QUERY_LENGTH = 200
# Words (and phrases) of a question that are searched; the rest are left out. Every word is
# looked for in each language's fields, with its synonyms and typos: an engine refuses a
# query of more than 1,024 clauses (OpenSearch's default), which 200 characters of one- and
# two-letter words could otherwise reach. Nobody's question is that long.
MAX_QUERY_WORDS = 24
PER_PAGE = 10
# Engines refuse to page deeper than 10,000 results; nobody reads that far anyway.
MAX_RESULT_WINDOW = 10_000


@dataclass(frozen=True)
class KnowledgeQuery:
    """A reader's question: free text, facet filters (OR within a facet, AND across), sort, page,
    and the reader's language (items in it rank first; the others still answer)."""

    text: str = ""
    filters: dict = field(default_factory=dict)
    sort: str = "relevance"
    page: int = 1
    per_page: int = PER_PAGE
    language: str = DEFAULT_LANGUAGE
    # Only items still to come: events not yet over.
    upcoming: bool = False

    @property
    def offset(self):
        return (self.page - 1) * self.per_page

    @property
    def end(self):
        """The position just past this page's last hit."""
        return self.offset + self.per_page

    def filters_except(self, facet):
        return {name: values for name, values in self.filters.items() if name != facet and values}


@dataclass
class Hit:
    key: str
    kind: str
    title: str
    url: str
    summary: str
    year: int | None = None
    countries: list = field(default_factory=list)
    principles: list = field(default_factory=list)
    # Safe HTML fragments with <mark> around the matched words.
    highlights: list = field(default_factory=list)
    # True when the words matched only inside an attached document (a PDF).
    matched_in_attachment: bool = False
    language: str = DEFAULT_LANGUAGE


@dataclass
class FacetValue:
    value: str
    count: int
    label: str = ""
    selected: bool = False


@dataclass
class SearchResults:
    hits: list
    total: int
    facets: dict  # facet name -> list of FacetValue, most common first
    query: KnowledgeQuery
    backend: str = ""
    # Set when the engine could not answer and the database backend stood in.
    fallback: bool = False
    # A spelling the backend searched instead, when the reader's words found nothing.
    corrected_text: str = ""
    # Set when requiring (most of) the reader's words found nothing, so these results
    # contain only some of them.
    partial: bool = False
    # Display labels for facet values and tags, by facet: {"country": {"JM": "Jamaica"}}.
    labels: dict = field(default_factory=dict)

    @property
    def pages(self):
        """How many pages of results there are (one when nothing matched)."""
        return max(1, math.ceil(self.total / self.query.per_page))


@dataclass(frozen=True)
class ParsedText:
    """Free text split into quoted phrases and loose words.

    `any_word` asks for items with at least one of the words (each word on its own, without
    multi-word synonyms): the fallback when requiring most of them finds nothing."""

    phrases: tuple
    words: tuple
    any_word: bool = False

    @property
    def is_empty(self):
        return not self.phrases and not self.words

    @property
    def can_relax(self):
        """Whether asking for any one of the words could find more than asking for most."""
        return not self.any_word and len(self.phrases) + len(self.words) > 1

    def relaxed(self):
        return ParsedText(phrases=self.phrases, words=self.words, any_word=True)


QUOTED = re.compile(r'"([^"]+)"')
# Anything that is not a letter, digit, apostrophe or hyphen separates words; query-syntax
# characters (+ - ~ * : ^ ( ) [ ] { } \ / | & ! ?) therefore never reach an engine as syntax.
WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


# Accents folded one character for one character (é -> e, ç -> c), so that positions in the
# folded text are positions in the original: snippets mark the reader's words in place.
FOLDING = {
    code: unicodedata.normalize("NFD", chr(code))[0]
    for code in range(0xC0, 0x250)
    if unicodedata.normalize("NFD", chr(code))[0] != chr(code)
}


def fold(text):
    """The text with accents removed, the same length as the text."""
    return text if text.isascii() else text.translate(FOLDING)


def language_or_none(value):
    """A supported language code for `value` ("fr", "FR", "fr-ca" -> "fr"), or None."""
    code = str(value or "").strip().lower().replace("_", "-").split("-", 1)[0]
    return code if code in LANGUAGES else None


def clean_text(text):
    """The reader's text without control characters, trimmed to a sane length."""
    text = "".join(ch if ch.isprintable() else " " for ch in text or "")
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def parse_text(text):
    text = clean_text(text)
    phrases, quoted_words = [], []
    for quoted in QUOTED.findall(text):
        tokens = WORD.findall(quoted)
        if len(tokens) > 1:
            phrases.append(" ".join(tokens))
        else:
            quoted_words.extend(tokens)
    words = WORD.findall(QUOTED.sub(" ", text)) + quoted_words
    return ParsedText(phrases=tuple(phrases[:MAX_QUERY_WORDS]), words=tuple(words[:MAX_QUERY_WORDS]))


SYNONYMS_FILE = Path(__file__).with_name("synonyms.txt")


def load_synonym_groups(path=SYNONYMS_FILE):
    """Groups of equivalent terms, one comma-separated group per line (Solr's format)."""
    groups = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            groups.append([term.strip().lower() for term in line.split(",") if term.strip()])
    return groups


SYNONYM_GROUPS = load_synonym_groups()


def batched(documents, size):
    """Documents in lists of `size`, as both backends write them (itertools.batched, 3.12)."""
    iterator = iter(documents)
    while batch := list(islice(iterator, size)):
        yield batch
