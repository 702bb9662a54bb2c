"""How results are ranked: every weight both backends use, in one place.

The engine builds its query from these figures (search/engine.py) and the database backend
its scores (search/database.py, search/database_fulltext.py), so tuning one cannot leave the
other behind. Sources and citations are not indexed at all (a case study's citation line is
the same guide title for every study), so boilerplate weighs nothing and is never highlighted.
"""

# Field boosts: a word in the title counts four times a word in the body. Tag names are the
# item's principles, areas, countries and regions named in every language.
FIELD_BOOSTS = {"title": 4, "summary": 2, "body": 1, "attachments": 1, "names": 1}

# All of the reader's words near each other (within PROXIMITY_SLOP positions) earn a bonus,
# the more so in the title and summary.
PROXIMITY_SLOP = 2
PROXIMITY_BOOSTS = {"title": 6, "summary": 3, "body": 1}

# How many of the reader's words a result must contain: all of one or two, else three in
# four. The engine's form of the same rule is MINIMUM_SHOULD_MATCH.
MINIMUM_SHOULD_MATCH = "2<75%"


def required_matches(count):
    """How many of `count` words a result must contain (MINIMUM_SHOULD_MATCH, in Python)."""
    return count if count <= 2 else int(count * 0.75)


# Items in the reader's language score this many times as much: a boost, not a filter, so a
# French reader finds French items first and the English ones about the same thing next.
LANGUAGE_BOOST = 2

# Typo tolerance counts for less than the words as written, so a correct spelling wins. It
# looks at titles and summaries only: expanding every word over all bodies and PDF texts was
# the largest part of the engine's time (`make bench`, "where the engine's time goes").
FUZZY_BOOST = 0.3
FUZZY_FIELD_BOOSTS = {"title": 2, "summary": 1}
# A typo rarely hits the first two letters; keeping them and at most ten spellings per word
# bounds the expansion (the engine's costliest part of a search at 100,000 items).
FUZZY_PREFIX_LENGTH = 2
FUZZY_MAX_EXPANSIONS = 10
# Fuzzy expansion of long words is what costs the engine time; words shorter than this are
# not worth a fuzzy clause at all (AUTO fuzziness allows no edit below three letters anyway).
FUZZY_MIN_WORD_LENGTH = 3

# The database backend: Wagtail's FTS5 table has the columns (autocomplete, body, title); its
# BM25 weights follow the field boosts (the body column holds summary, body and attachments).
BM25_WEIGHTS = (0.0, FIELD_BOOSTS["body"], FIELD_BOOSTS["title"])

# The database backend then re-ranks its best candidates by where the words matched:
# covering more of the reader's words counts most, then a title, then a summary, then all
# the words together in the title or summary (its proximity bonus).
RERANK_DEPTH = 100
RERANK_WORD_FOUND = 6
RERANK_IN_TITLE = FIELD_BOOSTS["title"]
RERANK_IN_SUMMARY = FIELD_BOOSTS["summary"]
RERANK_ALL_WORDS_TOGETHER = 3

# "Related practice": shared tags count this much, the more specific the heavier; the engine
# adds similar words (more-like-this) with these settings.
RELATED_WEIGHTS = {"area": 3, "principle": 2, "country": 2, "region": 1, "kind": 1}
RELATED_TEXT_FIELDS = ["title", "summary", "body"]
RELATED_MAX_QUERY_TERMS = 30
RELATED_MINIMUM_SHOULD_MATCH = "15%"


def boosted(boosts, suffix=""):
    """Engine field names with their boosts: {"title": 4} -> ["title^4"]."""
    return [f"{field}{suffix}^{boost}" if boost != 1 else f"{field}{suffix}" for field, boost in boosts.items()]
