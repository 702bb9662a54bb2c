from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    """The taxonomy written before it became translatable is the default locale's (English)."""

    dependencies = [
        ("cen_portal", "0005_bootstrap_translatable_taxonomy"),
    ]

    operations = [
        BootstrapTranslatableModel("cen_portal.KeyPrinciple"),
        BootstrapTranslatableModel("cen_portal.PracticeArea"),
        BootstrapTranslatableModel("cen_portal.Region"),
        BootstrapTranslatableModel("cen_portal.ElectionManagementBody"),
    ]
