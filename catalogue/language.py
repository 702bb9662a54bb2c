"""English or French, from the words nearly every sentence uses.

The portal's documents are in two languages and each is pages long, so counting the most
common words of each is right nearly always; a general detector (lingua-language-detector 2.1
is about 100 MB with its models) would add weight for no better answer. `make suggest-eval`
measures it on the demo items in both languages."""

import re

COMMON_WORDS = {
    "en": set(
        "the and of to in is that for with on are was be by this as it which from or have has an were "
        "their its they not at but been will would should these those".split()
    ),
    "fr": set(
        "le la les des et est du une un pour dans que qui sur par au aux sont ont été cette ces leur "
        "leurs pas avec plus mais être ne se son sa".split()
    ),
}
# Fewer common words than this and the text says too little to tell.
AT_LEAST = 12
WORD = re.compile(r"[^\W\d_]+")


def detect_language(text):
    """("en" or "fr" or "", confidence from 0 to 1)."""
    counts = dict.fromkeys(COMMON_WORDS, 0)
    for word in WORD.findall(text[:200_000].lower()):
        for language, words in COMMON_WORDS.items():
            if word in words:
                counts[language] += 1
    total = sum(counts.values())
    if total < AT_LEAST:
        return "", 0.0
    language = max(counts, key=counts.get)
    return language, round(counts[language] / total, 2)
