from django.conf import settings
from django.db import migrations


def create_content_locales(apps, schema_editor):
    """Every content language needs a Locale before pages or snippets can be translated into it."""
    Locale = apps.get_model("wagtailcore", "Locale")
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=language_code)


class Migration(migrations.Migration):
    dependencies = [
        ("cen_portal", "0003_standardpage"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunPython(create_content_locales, migrations.RunPython.noop)]
