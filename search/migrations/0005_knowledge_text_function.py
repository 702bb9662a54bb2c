"""The GIN index on the title and body vectors together (0004) rebuilt on a function that says
what reading one entry's text costs. PostgreSQL priced `(title || body) @@ query` on an entry as
a single operator, though each entry read must fetch its body vector from TOAST and join it to
the title's; so it read every entry instead of using the index, for common and rare words alike:
at 10,000 items 75-105 ms a match, against 1-13 ms through the index (EXPLAIN ANALYZE on
bench/search_bench.py's items). `cen_knowledge_text` joins the two vectors as before, in
PL/pgSQL so that its declared cost stays with it (a plain SQL function would be inlined)."""

from django.db import migrations

INDEX = "search_knowledge_text_gin"
FUNCTION = "cen_knowledge_text"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector "
        "LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 100 AS $$ BEGIN RETURN title || body; END $$"
    )
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"CREATE INDEX {INDEX} ON wagtailsearch_indexentry USING gin ({FUNCTION}(title, body))")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"CREATE INDEX {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [("search", "0004_knowledge_text_index")]

    operations = [migrations.RunPython(create, drop)]
