"""An imported file stays in the private imports collection while its draft is a draft: on
publication it moves to where the page's documents belong, so it is public with the page
(or as private as the working group's collection)."""

from django.dispatch import receiver
from wagtail.models import Collection
from wagtail.signals import page_published

from .models import ImportedFile


@receiver(page_published)
def release_imported_file(sender, instance, **kwargs):
    for imported in ImportedFile.objects.filter(draft_page=instance, document__isnull=False).select_related("document"):
        collection = imported.target_collection or Collection.get_first_root_node()
        if imported.document.collection_id != collection.pk:
            imported.document.collection = collection
            imported.document.save(update_fields=["collection"])
