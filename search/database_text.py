"""The database backend's text helpers. It has no analyzers of its own, so this is its
query-side language: synonym expansion from the shared synonyms file, light English word
variants, spelling suggestions and highlighted snippets."""

import difflib
import re

from django.utils.html import escape

from .contract import SYNONYM_GROUPS

SUFFIXES = ("ies", "ing", "ers", "er", "ed", "es", "s")
SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


def light_stem(word):
    """A deliberately simple English stem: enough to match 'accounts' with 'account'."""
    word = word.lower()
    for suffix in SUFFIXES:
        stem = word[: -len(suffix)]
        if not word.endswith(suffix) or len(stem) < 3:
            continue
        if suffix == "ies":
            return stem + "y"
        if suffix == "es" and not stem.endswith(SIBILANT_ENDINGS):
            return word[:-1]
        return stem
    return word


def word_variants(word):
    stem = light_stem(word)
    variants = {word.lower(), stem, stem + "s"}
    if stem.endswith(SIBILANT_ENDINGS):
        variants.add(stem + "es")
    if not stem.endswith("e"):
        # "voting" -> "vot" -> "vote", "votes"
        variants |= {stem + "e", stem + "es"}
    if len(stem) >= 4:
        variants |= {stem + "ed", stem + "ing", stem + "er", stem + "ers"}
        if stem.endswith("y"):
            variants.add(stem[:-1] + "ies")
        if stem.endswith("e"):
            variants |= {stem + "d", stem[:-1] + "ing"}
    return variants


# Words too common to require; they still count inside phrases and multi-word synonyms.
STOP_WORDS = set(
    "a an and are as at be but by for from has have in into is it its of on or our the their this to was were will with".split()
)


def _synonym_index():
    index = {}
    for group in SYNONYM_GROUPS:
        for term in group:
            index.setdefault(tuple(term.replace("-", " ").split()), set()).update(group)
    return index


SYNONYMS = _synonym_index()
LONGEST_SYNONYM = max((len(term) for term in SYNONYMS), default=1)


def units(words):
    """Group the reader's words into units, joining words that form a multi-word synonym
    ("social media"); each unit comes with every spelling that should match it."""
    words = [word.lower() for word in words]
    # A question made only of common words ("and or") is searched for those words.
    keep_stop_words = all(word in STOP_WORDS for word in words)
    result, position = [], 0
    while position < len(words):
        for length in range(min(LONGEST_SYNONYM, len(words) - position), 0, -1):
            candidate = tuple(words[position : position + length])
            if candidate in SYNONYMS:
                variants = set(SYNONYMS[candidate])
                for term in SYNONYMS[candidate]:
                    if " " not in term:
                        variants |= word_variants(term)
                result.append((" ".join(candidate), variants))
                position += length
                break
        else:
            word = words[position]
            if word not in STOP_WORDS or keep_stop_words:
                result.append((word, word_variants(word)))
            position += 1
    return result


def query_units(parsed):
    """The units of a parsed query: joined into multi-word synonyms normally; each word on
    its own when any one of them will do (the fallback), as the engine does."""
    if not parsed.any_word:
        return units(parsed.words)
    separate = [unit for word in parsed.words for unit in units([word])]
    meaningful = [unit for unit in separate if unit[0] not in STOP_WORDS]
    return meaningful or separate


def highlight_terms(parsed):
    """Every spelling worth marking in a snippet for this query."""
    terms = set()
    for _unit, variants in query_units(parsed):
        terms |= variants
    terms |= {phrase.lower() for phrase in parsed.phrases}
    return terms


def word_pattern(terms):
    """A case-insensitive pattern matching any of the terms as whole words."""
    alternatives = "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True))
    return re.compile(r"\b(" + alternatives + r")\b", re.IGNORECASE)


def snippet(text, terms, size=180):
    """A window of `text` around the first matched term, HTML-escaped, with <mark> around
    every matched term; '' when nothing matches."""
    if not text or not terms:
        return ""
    pattern = word_pattern(terms)
    first = pattern.search(text)
    if first is None:
        return ""
    start = max(0, first.start() - size // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + size)
    window = text[start:end]
    parts, last = [], 0
    for match in pattern.finditer(window):
        parts.append(escape(window[last : match.start()]))
        parts.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    parts.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts) + suffix


WORDS = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


def vocabulary(texts):
    return {word.lower() for text in texts for word in WORDS.findall(text)}


def suggest_spelling(words, known_words):
    """The reader's words with unknown ones replaced by the closest known word, or None."""
    corrected, changed = [], False
    known_stems = None
    for word in words:
        lower = word.lower()
        if not WORDS.fullmatch(lower) or lower in known_words:
            corrected.append(word)
            continue
        # A word whose other forms are known ("voter" beside "voters") is not misspelt.
        known_stems = known_stems or {light_stem(known) for known in known_words}
        if light_stem(lower) in known_stems:
            corrected.append(word)
            continue
        candidates = difflib.get_close_matches(lower, known_words, n=1, cutoff=0.8)
        if candidates:
            corrected.append(candidates[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else None
