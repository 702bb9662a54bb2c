import datetime

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from cen_portal.mail import email_secretariat

from .models import SearchLog
from .report import SearchGapReport


@task()
def purge_old_searches():
    """Delete searches (and their opened results) older than the retention period."""
    cutoff = timezone.now() - datetime.timedelta(days=settings.SEARCH_LOG_RETENTION_DAYS)
    deleted, _counts = SearchLog.objects.filter(searched_at__lt=cutoff).delete()
    return deleted


@task()
def send_weekly_search_gaps():
    """Email the Secretariat the ten most frequent searches of the past week that found nothing."""
    gaps = SearchGapReport.for_days(7).unanswered(limit=10, at_most=0)
    email_secretariat("insights/email/weekly_gaps", {"gaps": gaps})
    return len(gaps)
