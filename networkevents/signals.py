from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage, EventState, Registration


@receiver(page_published, sender=EventPage)
def count_publication(sender, instance, **kwargs):
    EventState.published(instance)
    # Places the organiser added go to the waiting list at once.
    Registration.fill_free_places(instance)
