"""Changes to a forum category that alter who may read its threads, turned into index updates."""

from django.db.models.signals import post_save
from django.dispatch import receiver

from search.sync import request_update

from .models import Category


@receiver(post_save, sender=Category)
def category_changed(sender, instance, created, **kwargs):
    # A category moved into or out of a working group's space changes every thread's audience.
    if not created:
        request_update(*[thread.search_key for thread in instance.threads.only("pk")])
