from django_tasks import task

from cen_portal import workingdays

from . import actions


@task()
def send_deadline_reminders():
    """Remind experts who accepted and have not answered, two working days before the deadline."""
    return actions.send_reminders(workingdays.today())
