"""Is this file one we already have? The same bytes (SHA-256), or nearly the same words: a
MinHash of the text's five-word shingles estimates how much two texts share, so a re-saved or
re-exported copy of a document is found without comparing whole texts."""

import hashlib
import random
import re

SHINGLE_WORDS = 5
PERMUTATIONS = 64
# Two texts sharing this much (estimated Jaccard similarity of their shingles) are "nearly the same".
NEARLY_THE_SAME = 0.8
_PRIME = (1 << 61) - 1
# Fixed, so signatures stored today compare with those made next year.
_rng = random.Random(20261205)
_COEFFICIENTS = [(_rng.randrange(1, _PRIME), _rng.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]
WORD = re.compile(r"\w+")


def sha256(content):
    return hashlib.sha256(content).hexdigest()


def shingles(text):
    words = WORD.findall(text.lower())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def minhash(text):
    """The text's signature: for each of 64 hash functions, the least hash of any shingle."""
    hashes = [int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "big") for s in shingles(text)]
    if not hashes:
        return []
    return [min((a * h + b) % _PRIME for h in hashes) for a, b in _COEFFICIENTS]


def similarity(first, second):
    """The estimated share of shingles two signatures' texts have in common (0 to 1)."""
    if not first or not second or len(first) != len(second):
        return 0.0
    return sum(x == y for x, y in zip(first, second, strict=False)) / len(first)


def sha1(content):
    """Wagtail keeps each document's SHA-1 (`file_hash`): the same file already on the portal has the same one."""
    return hashlib.sha1(content).hexdigest()  # noqa: S324 - a fingerprint Wagtail chose, not a security check
