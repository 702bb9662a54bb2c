"""A GIN index on the title and body vectors together, as the database backend matches them
on PostgreSQL (`(title || body) @@ query`, search/database_fulltext.py). Wagtail indexes each
vector on its own, which that expression cannot use: every search read every entry."""

from django.db import migrations

INDEX = "search_knowledge_text_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_knowledge_item_names"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
