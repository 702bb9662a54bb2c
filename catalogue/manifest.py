"""The optional CSV manifest of a batch: one row per file, any subset of the columns. Its values
are what a person knows about a file, so they win over what the worker suggests.

Reading (`read_manifest`) is separate from matching the values to the taxonomy (`resolve`), so
the first can be tested on any text at all."""

import csv
import io
import re

from django.utils.translation import gettext as _

COLUMNS = (
    "file",
    "title",
    "kind",
    "year",
    "language",
    "countries",
    "emb",
    "principles",
    "practice_areas",
    "working_group",
    "summary",
)
LIST_COLUMNS = ("countries", "principles", "practice_areas")
MAX_ROWS = 2000
MAX_MANIFEST_BYTES = 1024 * 1024
LIST_SEPARATOR = re.compile(r"\s*[;|]\s*")


class ManifestError(Exception):
    """What is wrong with a manifest, as sentences a person can act on."""

    def __init__(self, problems):
        self.problems = problems
        super().__init__("; ".join(problems))


def header_name(cell):
    return cell.strip().lower().replace(" ", "_").replace("-", "_")


def read_manifest(content):
    """{file name: {column: text}} from the CSV's bytes. Raises ManifestError listing every problem."""
    if len(content) > MAX_MANIFEST_BYTES:
        raise ManifestError([_("The manifest is larger than 1 MB.")])
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ManifestError([_("Save the manifest as CSV in UTF-8 (Excel: “CSV UTF-8”).")]) from None
    if "\x00" in text:
        raise ManifestError([_("The manifest is not a CSV file.")])
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as error:
        raise ManifestError([_("The manifest is not valid CSV: %(error)s.") % {"error": error}]) from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise ManifestError([_("The manifest is empty.")])
    header = [header_name(cell) for cell in rows[0]]
    problems = []
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        problems.append(
            _("Unknown columns: %(unknown)s. The columns are: %(columns)s.")
            % {"unknown": ", ".join(unknown), "columns": ", ".join(COLUMNS)}
        )
    if "file" not in header:
        problems.append(_("The manifest needs a “file” column with each file's name."))
    if len(set(header)) != len(header):
        problems.append(_("A column appears twice in the manifest's first row."))
    if len(rows) - 1 > MAX_ROWS:
        problems.append(_("A manifest can have at most %(count)s rows.") % {"count": MAX_ROWS})
    if problems:
        raise ManifestError(problems)
    manifest = {}
    for number, row in enumerate(rows[1:], start=2):
        if len(row) > len(header):
            problems.append(_("Row %(row)s has more cells than the first row has columns.") % {"row": number})
            continue
        values = {name: cell.strip() for name, cell in zip(header, row, strict=False) if cell.strip()}
        name = values.pop("file", "")
        if not name:
            problems.append(_("Row %(row)s has no file name.") % {"row": number})
        elif name in manifest:
            problems.append(_("Row %(row)s repeats the file “%(name)s”.") % {"row": number, "name": name})
        else:
            manifest[name] = values
    if problems:
        raise ManifestError(problems)
    return manifest


def split_list(text):
    return [value for value in LIST_SEPARATOR.split(text) if value]


def resolve(manifest, vocabulary):
    """The manifest's values as the taxonomy's keys, checked against `vocabulary` (a
    catalogue.vocabulary.Vocabulary). Raises ManifestError listing every value it does not know."""
    problems, resolved = [], {}
    for name, values in manifest.items():
        row = {}
        for column, text in values.items():
            if column in LIST_COLUMNS:
                keys = [(value, vocabulary.key(column, value)) for value in split_list(text)]
                unknown = [value for value, key in keys if key is None]
                row[column] = [key for _value, key in keys if key is not None]
            elif column in ("title", "summary"):
                row[column], unknown = text, []
            else:
                key = vocabulary.key(column, text)
                row[column], unknown = key, ([] if key is not None else [text])
            for value in unknown:
                problems.append(
                    _("“%(name)s”: %(column)s “%(value)s” is not one the portal knows.")
                    % {"name": name, "column": column.replace("_", " "), "value": value}
                )
        resolved[name] = row
    if problems:
        raise ManifestError(problems)
    return resolved
