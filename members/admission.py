"""How people become members: invitations, requests, decisions. Every step is logged in
Wagtail's audit trail (Reports > Site history) and the people concerned are emailed."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cen_portal.mail import email_secretariat, send_templated_email

from .models import Invitation, MemberProfile, MembershipRequest, current_language


def invite(*, email, first_name, last_name, emb, groups=(), invited_by, language=None):
    """Invite someone by email, written in `language` (by default the one the Secretariat is using)."""
    invitation = Invitation.objects.create(
        email=email.lower(),
        first_name=first_name,
        last_name=last_name,
        emb=emb,
        invited_by=invited_by,
        language=language or current_language(),
    )
    invitation.groups.set(groups)
    log(invitation, "members.invite", user=invited_by, data={"email": invitation.email, "emb": emb.name})
    send_templated_email(
        "members/email/invitation", {"invitation": invitation}, [invitation.email], language=invitation.language
    )
    return invitation


class AccountExists(Exception):
    """The invitation's address already has an account: its owner must sign in to accept."""


def already_member(email):
    return get_user_model().objects.filter(email__iexact=email, profile__isnull=False).exists()


def existing_account(email):
    return get_user_model().objects.filter(email__iexact=email).first()


@transaction.atomic
def create_account(invitation, *, password, job_title="", languages=()):
    """Create the member's account from an invitation. The address is verified: the link
    reached them at it. An existing account is never touched here (see `join`)."""
    if existing_account(invitation.email):
        raise AccountExists(invitation.email)
    user = get_user_model().objects.create_user(
        email=invitation.email,
        password=password,
        first_name=invitation.first_name,
        last_name=invitation.last_name,
    )
    user.choose_language(invitation.language)
    EmailAddress.objects.create(user=user, email=invitation.email, verified=True, primary=True)
    return join(invitation, user, job_title=job_title, languages=languages)


@transaction.atomic
def join(invitation, user, *, job_title="", languages=()):
    """Give a signed-in account the invitation's membership and roles. Its password, its second
    factor and its other addresses are left as they are."""
    EmailAddress.objects.filter(user=user, email__iexact=invitation.email).update(verified=True)
    profile, _created = MemberProfile.objects.get_or_create(
        user=user,
        defaults={
            "emb": invitation.emb,
            "handle": MemberProfile.free_handle(user),
            "job_title": job_title,
            "languages": list(languages),
        },
    )
    for group in invitation.groups.all():
        user.groups.add(group)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])
    log(user, "members.admit", user=user, data={"email": user.email, "emb": invitation.emb.name})
    return user


def request_membership(form):
    """Record a request to join and tell the address; None when there is nothing to record.

    The page answers the same whatever the address, so only its owner learns, by email, that it
    already belongs to a member or that its request is already waiting."""
    request = form.save(commit=False)
    request.language = current_language()
    if already_member(request.email):
        tell_applicant(request, "members/email/request_already_member")
        return None
    if MembershipRequest.objects.filter(email__iexact=request.email, status=MembershipRequest.Status.PENDING).exists():
        tell_applicant(request, "members/email/request_already_waiting")
        return None
    request.save()
    tell_applicant(request, "members/email/request_received")
    email_secretariat("members/email/request_for_secretariat", {"request": request})
    return request


@transaction.atomic
def approve(membership_request, *, decided_by, note=""):
    invitation = invite(
        email=membership_request.email,
        first_name=membership_request.first_name,
        last_name=membership_request.last_name,
        emb=membership_request.emb,
        invited_by=decided_by,
        language=membership_request.language,
    )
    decide(membership_request, MembershipRequest.Status.APPROVED, decided_by, note, invitation=invitation)
    return invitation


@transaction.atomic
def decline(membership_request, *, decided_by, note=""):
    decide(membership_request, MembershipRequest.Status.DECLINED, decided_by, note)
    tell_applicant(membership_request, "members/email/request_declined")


def tell_applicant(membership_request, template):
    """Applicants have no account yet: they are written to in the language they asked in."""
    send_templated_email(
        template, {"request": membership_request}, [membership_request.email], language=membership_request.language
    )


def decide(membership_request, status, decided_by, note, invitation=None):
    membership_request.status = status
    membership_request.decided_by = decided_by
    membership_request.decided_at = timezone.now()
    membership_request.decision_note = note
    membership_request.invitation = invitation
    membership_request.save()
    log(
        membership_request,
        f"members.request_{status}",
        user=decided_by,
        data={"email": membership_request.email, "note": note},
    )
