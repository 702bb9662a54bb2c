"""An imported file stays in the private imports collection while its draft is a draft: when the
page (or any translation of it) is published, the file moves to where that page's documents
belong, worked out from where the page is now (a report moved to another working group takes
its file to that group's collection), so it is as public or as private as the page."""

from django.dispatch import receiver
from wagtail.models import Collection
from wagtail.signals import page_published

from cen_portal.drafts import DRAFT_PLACES

from .models import ImportedFile
from .storage import imports_collection


@receiver(page_published)
def release_imported_file(sender, instance, **kwargs):
    imported = ImportedFile.objects.filter(
        draft_page__translation_key=instance.translation_key, document__collection=imports_collection()
    ).select_related("document")
    for file in imported:
        place = DRAFT_PLACES.get(getattr(instance.specific, "knowledge_kind", None))
        parent = instance.get_parent().specific
        collection = place.collection_of(parent) if place and place.collection_of else None
        file.document.collection = collection or Collection.get_first_root_node()
        file.document.save(update_fields=["collection"])
