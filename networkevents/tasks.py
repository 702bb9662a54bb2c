from django.utils import timezone
from django_tasks import task

from .models import Registration


@task()
def send_event_reminders():
    """Remind those registered, the chosen number of working days before each event."""
    return Registration.send_reminders(timezone.localdate())


@task()
def delete_event_answers():
    """Delete answers to events' questions once their keeping time is over."""
    return Registration.delete_old_answers(timezone.now())
