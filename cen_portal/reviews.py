"""Lessons-learned reviews (good practice 3.10): knowledge items whose review date has passed."""

from django.contrib.auth import get_user_model
from django.utils import timezone
from django_tasks import task

from cen_portal.mail import email_members

from .groups import SECRETARIAT_GROUP
from .kinds import tagged_knowledge_page_models


def overdue_items(today=None):
    """Live knowledge items due for review, most overdue first."""
    today = today or timezone.localdate()
    items = []
    for model in tagged_knowledge_page_models():
        items += list(model.objects.live().filter(next_review__lte=today))
    return sorted(items, key=lambda page: (page.next_review, page.title))


@task()
def send_review_reminders():
    """The weekly email to the Secretariat listing what is due for review."""
    items = overdue_items()
    if not items:
        return 0
    recipients = list(get_user_model().objects.filter(is_active=True, groups__name=SECRETARIAT_GROUP).distinct())
    email_members("cen_portal/email/reviews_due", {"items": items, "today": timezone.localdate()}, recipients)
    return len(recipients)
