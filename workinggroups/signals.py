from django.dispatch import receiver
from wagtail.signals import page_published

from .models import WorkingGroupPage


@receiver(page_published, sender=WorkingGroupPage)
def working_group_published(sender, instance, **kwargs):
    instance.set_up_member_space()
