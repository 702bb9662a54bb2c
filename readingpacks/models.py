from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from members.models import language_field

# Packs live under MEDIA_ROOT/packs/, which the web server never serves: they go out through
# readingpacks.views.download, which checks the reader may open every item in them.
PACKS_FOLDER = "packs"


class PackBuild(models.Model):
    """One PDF, named by what it holds: its items (each at its published revision), language and
    title. Publishing any of its items again gives a new key, so a new build."""

    class Status(models.TextChoices):
        PREPARING = "preparing", _("Preparing")
        READY = "ready", _("Ready")
        FAILED = "failed", _("Failed")

    key = models.CharField(max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=300)
    made_from = models.CharField(_("made from"), max_length=300)
    source_url = models.CharField(max_length=1000)
    language = language_field()
    page_ids = models.JSONField(default=list)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PREPARING)
    file = models.FileField(upload_to=PACKS_FOLDER, blank=True)
    size = models.PositiveIntegerField(default=0)
    page_count = models.PositiveIntegerField(default=0)
    seconds = models.FloatField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(default=timezone.now, db_index=True)
    # Members who asked for the pack by email before it was ready.
    email_to = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+")

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.title} ({self.get_status_display()})"

    @property
    def filename(self):
        return f"{slugify(self.title)[:80] or 'reading-pack'}.pdf"


class SelectedItem(models.Model):
    """An item a member added to their pack (readers who are not signed in keep theirs in the session)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="pack_items")
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["added_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="pack_item_once_per_member")]

    def __str__(self):
        return f"{self.user}: {self.page}"
