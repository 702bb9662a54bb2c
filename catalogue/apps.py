from django.apps import AppConfig
from django.db.models.signals import post_migrate


def let_secretariat_import(sender, using, **kwargs):
    """Importing the back catalogue, and reviewing it, is the Secretariat's alone."""
    from cen_portal.groups import grant_to_secretariat

    grant_to_secretariat(sender, using, codenames=["import_documents"])


class CatalogueConfig(AppConfig):
    name = "catalogue"
    verbose_name = "Back catalogue import"

    def ready(self):
        from . import signals  # noqa: F401

        post_migrate.connect(let_secretariat_import, sender=self)
