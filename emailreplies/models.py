from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class InboundMessage(models.Model):
    """One message delivered to one reply address, kept raw as it arrived before anything
    else happens, so a worker that is down or dies loses nothing; the worker then decides."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Waiting for the worker")
        POSTED = "posted", _("Posted")
        REFUSED = "refused", _("Refused")
        IGNORED = "ignored", _("Ignored (automatic mail)")
        FAILED = "failed", _("Failed")

    received_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    recipient = models.CharField(_("reply address"), max_length=254)
    envelope_sender = models.CharField(_("return path"), max_length=254, blank=True)
    # The host that handed the message over: only the configured MTA's Authentication-Results count.
    peer = models.CharField(_("delivered by"), max_length=64, blank=True)
    # The Message-ID header, or a digest of the message when it has none: a retried delivery is
    # the same message to the same address, and is stored (and posted) once.
    message_id = models.CharField(_("message ID"), max_length=255)
    raw = models.BinaryField(_("message"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    reason = models.CharField(_("reason"), max_length=40, blank=True)
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    target = models.CharField(_("replied to"), max_length=40, blank=True)
    posted_url = models.CharField(_("post"), max_length=500, blank=True)
    explained = models.BooleanField(_("explanation sent"), default=False)
    processed_at = models.DateTimeField(_("processed"), null=True, blank=True)

    class Meta:
        ordering = ["-received_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["message_id", "recipient"], name="inbound_message_once_per_address")
        ]
        verbose_name = _("inbound reply")
        verbose_name_plural = _("inbound replies")

    def __str__(self):
        return f"{self.get_status_display()}: {self.message_id}"
