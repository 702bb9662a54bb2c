"""Suggested corrections: received from anyone, decided by the Secretariat, every step in the
audit trail and the suggester told of the decision by email."""

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cen_portal.mail import email_secretariat, send_templated_email
from members.models import current_language

from .models import Correction, IndicatorValue


def suggest(*, data, user, emb=None, indicator=None, page=None):
    correction = Correction.objects.create(
        emb=emb,
        indicator=indicator,
        page=page,
        proposed_value=data.get("proposed_value"),
        as_of=data.get("as_of"),
        explanation=data["explanation"],
        source_url=data.get("source_url", ""),
        suggested_by=user if user.is_authenticated else None,
        email=user.email if user.is_authenticated else data["email"],
        language=current_language(),
    )
    current = IndicatorValue.objects.current().filter(emb=emb, indicator=indicator).first() if indicator else None
    email_secretariat(
        "indicators/email/correction_for_secretariat",
        {"correction": correction, "current_display": current.display if current else ""},
    )
    return correction


@transaction.atomic
def accept(correction, *, decided_by, reason=""):
    """Accept: a suggested value becomes the current value (the old one kept as history), with
    the suggester's source; for an item, the editors make the change the suggestion describes."""
    if correction.indicator_id is not None:
        correction.recorded_value = IndicatorValue.record(
            emb=correction.emb,
            indicator=correction.indicator,
            value=correction.proposed_value,
            as_of=correction.as_of or timezone.now().date(),
            source_url=correction.source_url,
            by=decided_by,
            note=f"Suggested correction #{correction.pk}",
        )
    decide(correction, Correction.Status.ACCEPTED, decided_by, reason)
    tell_suggester(correction, "indicators/email/correction_accepted")


@transaction.atomic
def decline(correction, *, decided_by, reason):
    decide(correction, Correction.Status.DECLINED, decided_by, reason)
    tell_suggester(correction, "indicators/email/correction_declined")


def tell_suggester(correction, template):
    send_templated_email(template, {"correction": correction}, [correction.email], language=correction.reply_language)


def decide(correction, status, decided_by, reason):
    correction.status = status
    correction.decided_by = decided_by
    correction.decided_at = timezone.now()
    correction.reason = reason
    correction.save()
    log(
        correction,
        f"indicators.correction_{status}",
        user=decided_by,
        data={"subject": correction.subject, "reason": reason},
    )
