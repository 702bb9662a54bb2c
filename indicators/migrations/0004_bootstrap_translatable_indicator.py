import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    """Indicators become translatable: the locale and translation key, empty for now."""

    dependencies = [
        ("indicators", "0003_taxonomy_canonical_choices"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="indicator",
            name="locale",
            field=models.ForeignKey(
                editable=False,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
            ),
        ),
        migrations.AddField(
            model_name="indicator",
            name="translation_key",
            field=models.UUIDField(editable=False, null=True),
        ),
    ]
