"""Every CSV the portal writes: no cell a person typed opens as a formula in a spreadsheet."""

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from cen_portal.spreadsheets import FORMULA_STARTS, csv_writer

cells = st.text() | st.sampled_from(["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "plain"]) | st.integers()


def written(row):
    out = io.StringIO()
    csv_writer(out).writerow(row)
    (read,) = csv.reader(io.StringIO(out.getvalue(), newline=""))
    return read


@given(st.lists(cells, min_size=1, max_size=5))
def test_no_text_starts_a_formula_and_each_reads_back_behind_one_apostrophe(row):
    """Text is quoted when it could run; numbers (a negative one included) stay numbers."""
    for typed, read in zip(row, written(row), strict=True):
        if isinstance(typed, int):
            assert read == str(typed)
        elif typed.startswith(FORMULA_STARTS):
            assert read == "'" + typed
        else:
            assert read == typed and not read.startswith(FORMULA_STARTS)


def test_a_tab_or_carriage_return_before_a_formula_is_quoted_too():
    assert written(["\t=HYPERLINK(1)", "\r+1", "fine"]) == ["'\t=HYPERLINK(1)", "'\r+1", "fine"]
