"""The database backend's spelling suggestions: only words sharing enough pairs of adjacent
letters with the reader's are compared (search/database_text.py, Vocabulary.closest), which
must suggest exactly what comparing every known word would."""

import difflib

from hypothesis import given, settings
from hypothesis import strategies as st

from search.database_text import SPELLING_CUTOFF, Vocabulary, suggest_spelling

# Few letters, so that random words are often alike, as a typo is like its word.
word = st.text(alphabet="aeiorstnlé", min_size=3, max_size=12)


@settings(max_examples=300, deadline=None)
@given(known=st.sets(word, min_size=1, max_size=60), asked=word)
def test_the_closest_word_is_the_one_comparing_every_word_would_find(known, asked):
    everything = difflib.get_close_matches(asked, known, n=1, cutoff=SPELLING_CUTOFF)
    assert Vocabulary(known).closest(asked) == (everything[0] if everything else None)


def test_a_misspelt_word_is_corrected_and_a_known_form_is_left_alone():
    vocabulary = Vocabulary({"account", "hacked", "voters", "registration"})
    assert suggest_spelling(["hacked", "acount"], vocabulary) == "hacked account"
    assert suggest_spelling(["voter", "registration"], vocabulary) is None
    assert suggest_spelling(["zzzzqqq"], vocabulary) is None
