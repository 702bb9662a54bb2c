"""Wagtail's title and body vectors kept in the entry's own row, compressed, where they fit
(STORAGE MAIN), instead of out of line in the TOAST table. Ranking reads the vector of every
match: for a word found in 8,500 of 10,000 items, fetching the vectors from TOAST took 33-44 ms
of the rank's 45 ms, and 16-18 ms from the rows themselves (EXPLAIN ANALYZE on
bench/search_bench.py's items; the vectors average 3 KB). Existing entries are written again so
that they move too; a vector too large to fit a row still goes out of line.

With the vectors in the rows, reading every entry looked cheap enough to PostgreSQL that it
matched a word found in most items by reading them all (60 ms) rather than through the GIN index
(13 ms): it prices each candidate the index gives as checked again, which a tsvector match never
needs. `cen_knowledge_text` (0005) now declares what evaluating it on every row costs."""

from django.db import migrations

COLUMNS = ("title", "body")


def store(storage, function_cost):
    def change(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        schema_editor.execute(f"ALTER FUNCTION cen_knowledge_text(tsvector, tsvector) COST {function_cost}")
        for column in COLUMNS:
            schema_editor.execute(f"ALTER TABLE wagtailsearch_indexentry ALTER COLUMN {column} SET STORAGE {storage}")
        # A vector joined to an empty one is a new value with the same lexemes and positions,
        # stored as the column now says.
        schema_editor.execute(
            "UPDATE wagtailsearch_indexentry SET "
            + ", ".join(f"{column} = {column} || ''::tsvector" for column in COLUMNS)
        )

    return change


class Migration(migrations.Migration):
    dependencies = [("search", "0005_knowledge_text_function")]

    operations = [migrations.RunPython(store("MAIN", 10_000), store("EXTENDED", 100))]
