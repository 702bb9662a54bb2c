"""Demo forum content: categories, two illustrative members and a few threads."""

from demo.datafiles import read

DATA = read("forums")

CATEGORIES = DATA["CATEGORIES"]

# Illustrative people: their accounts cannot sign in (no usable password).
MEMBERS = DATA["MEMBERS"]

THREADS = DATA["THREADS"]
