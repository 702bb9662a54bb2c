from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    """The indicators written before they became translatable are the default locale's (English)."""

    dependencies = [
        ("indicators", "0004_bootstrap_translatable_indicator"),
        ("cen_portal", "0004_french_locale"),
    ]

    operations = [
        BootstrapTranslatableModel("indicators.Indicator"),
    ]
