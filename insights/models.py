"""What readers search for, and whether they find it: the words, filters, backend and result
count of each search, the kind of reader (never who), and which results were opened. Kept for
SEARCH_LOG_RETENTION_DAYS, then purged (insights/tasks.py)."""

import re
import unicodedata

from django.core.signing import Signer
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class AudienceClass(models.TextChoices):
    ANONYMOUS = "anonymous", _("Not signed in")
    MEMBER = "member", _("Member")
    GROUP_MEMBER = "group-member", _("Working-group member")
    SECRETARIAT = "secretariat", _("Secretariat")


def audience_class(user):
    """The kind of reader, which is all a search log keeps of them."""
    if not getattr(user, "is_member", False):
        return AudienceClass.ANONYMOUS
    if user.is_secretariat:
        return AudienceClass.SECRETARIAT
    if hasattr(user, "groups") and user.groups.filter(working_group__isnull=False).exists():
        return AudienceClass.GROUP_MEMBER
    return AudienceClass.MEMBER


def normalise(text):
    """The words of a search, so that 'Voter  Registration?' and 'voter registration' group."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return " ".join(re.findall(r"[^\W_]+", text))[:200]


class SearchLog(models.Model):
    class Via(models.TextChoices):
        PAGE = "page", _("Search page")
        API = "api", _("JSON API")

    searched_at = models.DateTimeField(default=timezone.now, db_index=True)
    text = models.CharField(max_length=200, blank=True)
    normalised = models.CharField(max_length=200, blank=True, db_index=True)
    filters = models.JSONField(default=dict, blank=True)
    backend = models.CharField(max_length=16)
    fallback = models.BooleanField(default=False)
    result_count = models.PositiveIntegerField()
    audience = models.CharField(max_length=16, choices=AudienceClass.choices)
    via = models.CharField(max_length=8, choices=Via.choices, default=Via.PAGE)

    class Meta:
        ordering = ["-searched_at"]
        verbose_name = _("search")

    def __str__(self):
        return f"{self.text or '(no words)'} ({self.result_count})"

    def open_url(self, key, rank):
        """The address a result is opened through from this search's page. It is signed, so
        only the links the page handed out are noted (see insights.views.open_result)."""
        signature = open_signature(self.pk, key, rank)
        return f"{reverse('insights:open', args=[self.pk, key])}?rank={rank}&sig={signature}"


def open_signature(search_id, key, rank):
    return Signer(salt="insights.open").signature(f"{search_id}/{key}/{rank}")


class SearchOpen(models.Model):
    """A result opened from a search's results page."""

    search = models.ForeignKey(SearchLog, on_delete=models.CASCADE, related_name="opens")
    key = models.CharField(max_length=64)
    rank = models.PositiveSmallIntegerField(null=True, blank=True)
    opened_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("opened result")

    def __str__(self):
        return f"{self.key} from {self.search}"
