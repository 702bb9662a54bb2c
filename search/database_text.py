"""The database backend's text helpers. It has no analyzers of its own, so this is its
query-side language: synonym expansion from the shared synonyms file, light English and
French word variants (French elisions such as l' and qu' dropped, accents folded), spelling
suggestions and highlighted snippets.

Documents in both languages are searched with every question (a French reader also finds
English items about the same thing), so a word's variants are its English and its French
forms together, as the engine analyses a question once per language field."""

import difflib
import math
import re
from collections import Counter
from fractions import Fraction

from django.utils.html import escape

from .contract import SYNONYM_GROUPS, fold

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


# French elision: l'élection, d'observation, qu'un, jusqu'au (either apostrophe).
ELISION = re.compile(r"^(?:qu|jusqu|lorsqu|puisqu|quoiqu|[cdjlmnst])['’](?=[^\W\d_])", re.IGNORECASE)


def without_elision(word):
    return ELISION.sub("", word)


def french_stem(word):
    """A minimal French stem (plural and feminine endings, -aux), on folded lower-case words:
    'électorales' -> 'electoral', 'réseaux' -> 'reseau', 'sociaux' -> 'social'."""
    word = fold(word.lower())
    if len(word) <= 4:
        return word
    if word.endswith("eaux"):
        return word[:-1]
    if word.endswith("aux"):
        return word[:-3] + "al"
    if word.endswith(("s", "x")):
        word = word[:-1]
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def french_variants(word):
    stem = french_stem(word)
    variants = {fold(word.lower()), stem, stem + "s", stem + "e", stem + "es"}
    if stem.endswith("al"):
        variants.add(stem[:-2] + "aux")
    if stem.endswith(("au", "eu")):
        variants.add(stem + "x")
    return variants


def word_variants(word):
    """Every spelling that counts as this word (accents folded): its French forms, and its
    English forms unless it was written with accents."""
    written = without_elision(word).lower()
    folded = fold(written)
    return french_variants(folded) | (english_variants(folded) if written.isascii() else set())


def english_variants(word):
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


# Words too common to require, English and French (accents folded); they still count
# inside phrases and multi-word synonyms.
STOP_WORDS = set(
    "a an and are as at be but by for from has have in into is it its of on or our the their this to was were will with".split()
    + "au aux avec ce ces dans de des du elle en est et il la le les leur lui mais ne nos notre nous ou par pas "
    "pour qu que qui sa se ses son sont sur un une vos votre".split()
)


def _synonym_index():
    index = {}
    for group in SYNONYM_GROUPS:
        for term in group:
            words = tuple(fold(without_elision(word)) for word in term.replace("-", " ").split())
            index.setdefault(words, set()).update(group)
    return index


SYNONYMS = _synonym_index()
LONGEST_SYNONYM = max((len(term) for term in SYNONYMS), default=1)


def units(words):
    """Group the reader's words into units, joining words that form a multi-word synonym
    ("social media"); each unit comes with every spelling that should match it."""
    words = [without_elision(word).lower() for word in words]
    # A question made only of common words ("and or") is searched for those words.
    keep_stop_words = all(fold(word) in STOP_WORDS for word in words)
    result, position = [], 0
    while position < len(words):
        for length in range(min(LONGEST_SYNONYM, len(words) - position), 0, -1):
            candidate = tuple(fold(word) for word in words[position : position + length])
            if candidate in SYNONYMS:
                variants = {fold(term) for term in SYNONYMS[candidate]}
                for term in SYNONYMS[candidate]:
                    if " " not in term:
                        variants |= word_variants(term)
                result.append((" ".join(candidate), variants))
                position += length
                break
        else:
            word = words[position]
            if fold(word) not in STOP_WORDS or keep_stop_words:
                result.append((word, word_variants(word)))
            position += 1
    return result


def query_units(parsed):
    """The units of a parsed query: joined into multi-word synonyms normally; each word on
    its own when any one of them will do (the fallback), as the engine does."""
    if not parsed.any_word:
        return units(parsed.words)
    separate = [unit for word in parsed.words for unit in units([word])]
    meaningful = [unit for unit in separate if fold(unit[0]) not in STOP_WORDS]
    return meaningful or separate


def highlight_terms(parsed):
    """Every spelling worth marking in a snippet for this query."""
    terms = set()
    for _unit, variants in query_units(parsed):
        terms |= variants
    terms |= {fold(phrase.lower()) for phrase in parsed.phrases}
    return terms


def word_pattern(terms):
    """A case-insensitive pattern matching any of the terms as whole words, to be used on
    folded text (`fold`): 'election' finds 'élection'."""
    alternatives = "|".join(re.escape(fold(term)) for term in sorted(terms, key=len, reverse=True))
    return re.compile(r"\b(" + alternatives + r")\b", re.IGNORECASE)


def snippet(text, terms, size=180):
    """A window of `text` around the first matched term, HTML-escaped, with <mark> around
    every matched term; '' when nothing matches."""
    if not text or not terms:
        return ""
    pattern = word_pattern(terms)
    folded = fold(text)
    first = pattern.search(folded)
    if first is None:
        return ""
    start = max(0, first.start() - size // 3)
    if start:
        space = text.rfind(" ", 0, start)
        start = space + 1 if space != -1 else start
    end = min(len(text), start + size)
    window = text[start:end]
    parts, last = [], 0
    for match in pattern.finditer(folded[start:end]):
        parts.append(escape(window[last : match.start()]))
        parts.append(f"<mark>{escape(window[match.start() : match.end()])}</mark>")
        last = match.end()
    parts.append(escape(window[last:]))
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    return prefix + "".join(parts) + suffix


WORDS = re.compile(r"[^\W\d_]{3,}", re.UNICODE)
# How alike (difflib's ratio) a known word must be to replace an unknown one.
SPELLING_CUTOFF = 0.8


def vocabulary(texts):
    return {word.lower() for text in texts for word in WORDS.findall(text)}


class Vocabulary:
    """The words spelling suggestions may offer, with what suggesting needs worked out once:
    their stems, and the words by the pairs of letters they contain."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.stems = {light_stem(word) for word in self.words}
        self.lengths = {len(word) for word in self.words}
        self.by_pair = {}
        for word in self.words:
            for pair in letter_pairs(word):
                self.by_pair.setdefault(pair, set()).add(word)

    def __contains__(self, word):
        return word in self.words

    def closest(self, word):
        """The known word most like `word` (difflib's ratio of at least SPELLING_CUTOFF), or None.

        Only words sharing enough pairs of adjacent letters with it are compared, which loses
        none. The ratio is 2M / T for M letters matched, in B blocks, of the T letters of both
        words. A block of L letters holds L - 1 pairs found in both words; between two blocks
        one word or the other has a letter left unmatched, so B - 1 <= T - 2M; so the words
        share at least M - B >= 3M - T - 1 pairs, which for a ratio of at least r is
        (1.5r - 1)T - 1 (at r = 0.8, two words of 11 letters share at least 4 pairs, and any two
        words of three letters or more, as all words here are, at least one)."""
        shared = Counter()
        for pair, times in Counter(word[position : position + 2] for position in range(len(word) - 1)).items():
            for _ in range(times):
                shared.update(self.by_pair.get(pair, ()))
        # In fractions: as a float, 1.5 * 0.8 - 1 is a little above 0.2, which would drop a word
        # at exactly the cutoff whenever the bound is a whole number.
        least = Fraction(3, 2) * Fraction(str(SPELLING_CUTOFF)) - 1
        # The bound depends only on the known word's length: worked out once per length.
        needed = {length: math.ceil(least * (len(word) + length) - 1) for length in self.lengths}
        candidates = [known for known, count in shared.items() if count >= needed[len(known)]]
        matches = difflib.get_close_matches(word, candidates, n=1, cutoff=SPELLING_CUTOFF)
        return matches[0] if matches else None


def letter_pairs(word):
    return {word[position : position + 2] for position in range(len(word) - 1)}


def suggest_spelling(words, vocabulary):
    """The reader's words with unknown ones replaced by the closest known word, or None."""
    corrected, changed = [], False
    for word in words:
        lower = word.lower()
        # A word whose other forms are known ("voter" beside "voters") is not misspelt.
        if not WORDS.fullmatch(lower) or lower in vocabulary or light_stem(lower) in vocabulary.stems:
            corrected.append(word)
            continue
        closest = vocabulary.closest(lower)
        corrected.append(closest or word)
        changed = changed or closest is not None
    return " ".join(corrected) if changed else None
