"""CSV files for spreadsheets: every file the portal exports is written through `csv_writer`.

A spreadsheet runs a cell that starts with =, +, - or @ as a formula, and one that starts with
a tab or a carriage return too (after trimming it), so such text is written with a leading
apostrophe, which spreadsheets show as text and do not display. Numbers are written as they are.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(cell):
    if isinstance(cell, str) and cell.startswith(FORMULA_STARTS):
        return "'" + cell
    return cell


class SafeWriter:
    """`csv.writer` whose rows, headers included, never hold a formula."""

    def __init__(self, out):
        self.writer = csv.writer(out)

    def writerow(self, row):
        return self.writer.writerow([safe_cell(cell) for cell in row])


def csv_writer(out):
    return SafeWriter(out)
