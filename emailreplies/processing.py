"""What the worker does with a stored reply: check it, post it, or say why not.

The rules, in order: automatic mail is ignored; the address must be one of ours with its seal
intact (else refused, unanswered: nobody known sent it); then, with the member known, the
address must not have expired, the From must be the member's own address, the configured MTA
must not report a DMARC failure, the member must still be a member with reply-by-email on and
within the hourly limit, and the owning app must accept the post (still in the group, thread
not locked, question still open to them). A refused reply gets a short explanation, in the
member's language, at most once a day per thread or question.
"""

import hashlib
import logging
from datetime import timedelta
from email.parser import BytesHeaderParser

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django_tasks import task

from cen_portal.mail import email_member

from .addresses import read_address
from .models import InboundMessage
from .parsing import authentication_failed, is_automatic, parse
from .targets import REPLY_TARGETS, Reply, ReplyRefused

logger = logging.getLogger(__name__)
Status = InboundMessage.Status

REASONS = {
    "expired": _(
        "The reply address in that email has expired. Open the link in a newer email, or reply on the portal."
    ),
    "wrong_sender": _(
        "It came from another address than the one on your account. Reply from that address, or on the portal."
    ),
    "not_authenticated": _("Your mail provider could not confirm it came from you. Reply on the portal instead."),
    "not_member": _("Your account is no longer a member of the Network."),
    "turned_off": _("You turned reply by email off. Turn it on again in your profile, or reply on the portal."),
    "too_many": _("You have sent more replies by email this hour than the portal takes. Try again later."),
    "empty": _("We found no new text in it, above what you were replying to."),
    "unknown_target": _("What you replied to is no longer on the portal."),
    "files_not_kept": _("Your reply was posted, but its files were not kept: files cannot be added there."),
}


def store(raw, recipient, envelope_sender="", peer=""):
    """Keep a delivered message, once per message and address. True when it is new."""
    message_id = message_id_of(raw)
    with transaction.atomic():
        stored, created = InboundMessage.objects.get_or_create(
            message_id=message_id,
            recipient=recipient.lower()[:254],
            defaults={"raw": bytes(raw), "envelope_sender": envelope_sender[:254], "peer": peer[:64]},
        )
        if created:
            # In the same transaction: with the database task queue, the message and its task
            # are kept together or not at all.
            process_inbound_message.enqueue(stored.pk)
    return created


def message_id_of(raw):
    message_id = BytesHeaderParser().parsebytes(bytes(raw)).get("Message-ID", "")
    return str(message_id).strip()[:255] or "sha256:" + hashlib.sha256(bytes(raw)).hexdigest()


@task()
def process_inbound_message(pk):
    return process(pk)


def process_waiting():
    """Every stored reply not yet processed (run by `manage.py process_inbound_mail`: after an
    outage, or when a task was lost)."""
    return sum(
        1 for pk in InboundMessage.objects.filter(status=Status.RECEIVED).values_list("pk", flat=True) if process(pk)
    )


def process(pk):
    """Decide on one stored reply, once: the claim and the post are one transaction, so a
    retried task, a second worker or a crash in between never posts twice or loses it."""
    try:
        with transaction.atomic():
            if not InboundMessage.objects.filter(pk=pk, status=Status.RECEIVED).update(status=Status.POSTED):
                return None
            inbound = InboundMessage.objects.get(pk=pk)
            decide(inbound)
            inbound.processed_at = timezone.now()
            inbound.save()
    except Exception:
        # A reply the code cannot handle must not stop the worker or come back forever.
        logger.exception("Reply %s could not be processed", pk)
        InboundMessage.objects.filter(pk=pk, status=Status.RECEIVED).update(
            status=Status.FAILED, reason="error", processed_at=timezone.now()
        )
        return Status.FAILED
    logger.info("Reply %s: %s %s", pk, inbound.status, inbound.reason)
    return inbound.status


def decide(inbound):
    mail = parse(inbound.raw)
    if is_automatic(mail.message, inbound.envelope_sender):
        return finish(inbound, Status.IGNORED, "automatic")
    address = read_address(inbound.recipient)
    member = address and get_user_model().objects.filter(pk=address.member_id).first()
    if not member or address.kind not in REPLY_TARGETS:
        return finish(inbound, Status.REFUSED, "unknown_address")
    inbound.member, inbound.target = member, f"{address.kind}:{address.target}"
    target = REPLY_TARGETS[address.kind]
    refusal = first_refusal(inbound, mail, address, member)
    if refusal:
        return refuse(inbound, target, address, mail, refusal, REASONS[refusal])
    try:
        with transaction.atomic(), translation.override(member.language):
            post = target.post(Reply(member=member, text=mail.text, files=mail.files), address.target)
    except ReplyRefused as refused:
        return refuse(inbound, target, address, mail, refused.code, refused.message)
    finish(inbound, Status.POSTED, "", post.get_absolute_url())
    if mail.files and not target.accepts_files:
        explain(inbound, target, address, mail, REASONS["files_not_kept"])


def first_refusal(inbound, mail, address, member):
    if address.expired:
        return "expired"
    if mail.sender not in member_addresses(member):
        return "wrong_sender"
    if inbound.peer in settings.REPLY_TRUSTED_MTA_HOSTS and authentication_failed(mail.message):
        return "not_authenticated"
    if not member.is_member:
        return "not_member"
    if not member.reply_by_email:
        return "turned_off"
    if posted_in_the_last_hour(member) >= settings.REPLY_HOURLY_LIMIT:
        return "too_many"
    if not mail.text:
        return "empty"
    return None


def member_addresses(member):
    verified = EmailAddress.objects.filter(user=member, verified=True).values_list("email", flat=True)
    return {member.email.lower(), *(address.lower() for address in verified)}


def posted_in_the_last_hour(member):
    since = timezone.now() - timedelta(hours=1)
    return InboundMessage.objects.filter(member=member, status=Status.POSTED, processed_at__gte=since).count()


def finish(inbound, status, reason, url=""):
    inbound.status, inbound.reason, inbound.posted_url = status, reason, url


def refuse(inbound, target, address, mail, code, message):
    finish(inbound, Status.REFUSED, code)
    if inbound.member.is_active:
        explain(inbound, target, address, mail, message)


def explain(inbound, target, address, mail, message):
    """Tell the member why, unless they were told about this thread or question in the last day."""
    since = timezone.now() - timedelta(days=1)
    told = InboundMessage.objects.filter(
        member=inbound.member, target=inbound.target, explained=True, processed_at__gte=since
    ).exclude(pk=inbound.pk)
    if told.exists():
        return
    with translation.override(inbound.member.language):
        described = target.describe(address.target, inbound.member)
        email_member(
            "emailreplies/email/refused",
            {
                "reason": str(message),
                "subject": mail.subject,
                "described": described,
                "recipient": inbound.member,
                "posted": inbound.status == Status.POSTED,
            },
            inbound.member,
            # Marked as automatic, so the member's own auto-reply never answers it back.
            headers={"Auto-Submitted": "auto-replied"},
        )
    inbound.explained = True
