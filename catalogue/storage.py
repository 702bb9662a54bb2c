"""Where imported files wait: a private collection only the Secretariat opens."""

from django.db import transaction

from cen_portal.uploads import collection

# Files wait here until a draft made from them is published.
IMPORTS_COLLECTION = "Imported documents"


def imports_collection():
    return collection(IMPORTS_COLLECTION, private=True)


def discard_file(imported):
    """Delete the stored copy of an imported file (its fingerprints stay)."""
    document, imported.document = imported.document, None
    imported.save(update_fields=["document"])
    if document is not None:
        transaction.on_commit(lambda: document.file.delete(save=False))
        document.delete()
