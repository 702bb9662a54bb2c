"""The database backend's spelling suggestions: only words sharing enough pairs of adjacent
letters with the reader's are compared (search/database_text.py, Vocabulary.closest), which
must suggest exactly what comparing every known word would."""

import difflib

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from search.database_text import SPELLING_CUTOFF, Vocabulary, suggest_spelling

# Few letters, so that random words are often alike, as a typo is like its word; and very few,
# so that many pairs sit exactly at the cutoff, where a bound must not round the wrong way.
word = st.text(alphabet="aeiorstnlé", min_size=3, max_size=12)
near_word = st.text(alphabet="abcd", min_size=3, max_size=10)


@settings(max_examples=300, deadline=None)
@given(known=st.sets(word, min_size=1, max_size=60), asked=word)
def test_the_closest_word_is_the_one_comparing_every_word_would_find(known, asked):
    everything = difflib.get_close_matches(asked, known, n=1, cutoff=SPELLING_CUTOFF)
    assert Vocabulary(known).closest(asked) == (everything[0] if everything else None)


def edited(word, edits):
    """`word` with each (kind, position, letter) edit applied: insert, replace or delete."""
    for kind, position, letter in edits:
        position %= len(word) + 1
        if kind == "insert":
            word = word[:position] + letter + word[position:]
        elif position < len(word):
            word = word[:position] + (letter if kind == "replace" else "") + word[position + 1 :]
    return word


edit = st.tuples(st.sampled_from(["insert", "replace", "delete"]), st.integers(0, 12), st.sampled_from("abcdxy"))


@settings(max_examples=1000, deadline=None)
@given(asked=near_word, edit_lists=st.lists(st.lists(edit, min_size=1, max_size=3), min_size=1, max_size=30))
def test_words_alike_exactly_at_the_cutoff_are_found_too(asked, edit_lists):
    # Typos of the word asked: one to three letters inserted, replaced or dropped; of three
    # letters or more, as every word of a vocabulary is (search/database_text.py, WORDS).
    known = {typo for typo in (edited(asked, edits) for edits in edit_lists) if len(typo) >= 3}
    assume(known)
    everything = difflib.get_close_matches(asked, known, n=1, cutoff=SPELLING_CUTOFF)
    assert Vocabulary(known).closest(asked) == (everything[0] if everything else None)


def test_a_word_at_exactly_the_cutoff_is_suggested():
    # Ratio 0.8 exactly (4 letters matched of 10), sharing 1 pair: the bound is 0.2 x 10 - 1 = 1.
    assert Vocabulary({"abcyd"}).closest("abxcd") == "abcyd"


def test_a_misspelt_word_is_corrected_and_a_known_form_is_left_alone():
    vocabulary = Vocabulary({"account", "hacked", "voters", "registration"})
    assert suggest_spelling(["hacked", "acount"], vocabulary) == "hacked account"
    assert suggest_spelling(["voter", "registration"], vocabulary) is None
    assert suggest_spelling(["zzzzqqq"], vocabulary) is None
