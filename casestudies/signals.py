from django.dispatch import receiver
from wagtail.signals import page_published, workflow_rejected

from .models import CaseStudyPage
from .sharing import tell_submitter_published, tell_submitter_returned


@receiver(page_published, sender=CaseStudyPage)
def shared_practice_published(sender, instance, **kwargs):
    tell_submitter_published(instance)


@receiver(workflow_rejected)
def shared_practice_returned(sender, instance, user, **kwargs):
    page = getattr(instance.content_object, "specific", instance.content_object)
    if isinstance(page, CaseStudyPage):
        task_state = instance.task_states.order_by("-finished_at").first()
        tell_submitter_returned(page, getattr(task_state, "comment", "") if task_state else "")
