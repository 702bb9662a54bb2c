"""Becoming a member: request, decision, invitation, acceptance; all emailed and audited."""

import datetime
import re

import pytest
from allauth.account.models import EmailAddress
from django.utils import timezone
from wagtail.models import ModelLogEntry

from members.models import Invitation, MemberProfile, MembershipRequest, User
from tests.factories import ElectionManagementBodyFactory, member, secretariat_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def emb():
    return ElectionManagementBodyFactory(name="Fijian Elections Office")


def request_data(emb, changes=None):
    return {
        "first_name": "Ana",
        "last_name": "Vuki",
        "email": "ana.vuki@feo.example.org",
        "job_title": "Communications officer",
        "emb": emb.pk,
        "message": "I run our social media accounts.",
        **(changes or {}),
    }


def test_open_sign_up_is_closed(client):
    response = client.get("/en/accounts/signup/")
    assert "Sign Up Closed" in response.content.decode()
    client.post(
        "/en/accounts/signup/",
        {"email": "x@example.org", "password1": "a-long-password-1", "password2": "a-long-password-1"},
    )
    assert not User.objects.filter(email="x@example.org").exists()


def test_a_request_reaches_the_secretariat_and_the_applicant(client, emb, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    response = client.post("/en/members/join/", request_data(emb))
    assert response.status_code == 302 and response["Location"] == "/en/members/join/sent/"
    assert MembershipRequest.objects.get().status == "pending"
    recipients = {message.to[0]: message for message in mailoutbox}
    assert "We have received your request" in recipients["ana.vuki@feo.example.org"].subject
    assert "I run our social media accounts." in recipients["secretariat@cen.example.org"].body


@pytest.mark.parametrize(
    "changes,field,message",
    [
        ({"email": "not-an-email"}, "email", "Enter a valid email address."),
        ({"first_name": ""}, "first_name", "This field is required."),
        ({"emb": "999999"}, "emb", "Select a valid choice."),
        ({"message": "x" * 3000}, "message", "Ensure this value has at most 2000 characters"),
    ],
)
def test_a_bad_request_is_explained_and_keeps_what_was_typed(client, emb, changes, field, message):
    response = client.post("/en/members/join/", request_data(emb, changes))
    assert response.status_code == 200
    content = response.content.decode()
    assert message in content
    assert "Please correct the following" in content
    assert 'value="Communications officer"' in content
    assert not MembershipRequest.objects.exists()


def page_text(response):
    """The page as read, without its per-response nonce and form token."""
    return re.sub(r'(nonce|name="csrfmiddlewaretoken" value)="[^"]*"', "", response.content.decode())


def test_the_page_answers_alike_for_a_members_address_and_the_owner_is_told_by_email(client, emb, mailoutbox):
    """Nobody learns from the form whether an address belongs to a member."""
    existing = member()
    unknown = client.post("/en/members/join/", request_data(emb, {"email": "nobody@example.org"}))
    mailoutbox.clear()
    known = client.post("/en/members/join/", request_data(emb, {"email": existing.email.upper()}))
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    assert page_text(client.get(known["Location"])) == page_text(client.get(unknown["Location"]))
    assert not MembershipRequest.objects.filter(email__iexact=existing.email).exists()
    (to_owner,) = mailoutbox
    assert to_owner.to == [existing.email] and "already belongs to a member's account" in to_owner.body
    assert "/en/accounts/password/reset/" in to_owner.body


def test_asking_again_while_a_request_waits_is_answered_alike_and_told_by_email(client, emb, mailoutbox):
    first = client.post("/en/members/join/", request_data(emb))
    mailoutbox.clear()
    again = client.post("/en/members/join/", request_data(emb, {"email": "ANA.VUKI@feo.example.org"}))
    assert (again.status_code, again["Location"]) == (first.status_code, first["Location"])
    assert MembershipRequest.objects.count() == 1
    (to_applicant,) = mailoutbox
    assert "already waiting for the Secretariat" in to_applicant.body


def test_a_form_with_errors_counts_against_the_limit_too(client, emb, mailoutbox):
    """Otherwise the form could be tried without limit (three posts a day for one address)."""
    for _ in range(3):
        response = client.post("/en/members/join/", request_data(emb, {"first_name": ""}))
        assert response.status_code == 200 and "This field is required." in response.content.decode()
    response = client.post("/en/members/join/", request_data(emb))
    assert response.status_code == 429 and "Too many requests have been sent" in response.content.decode()
    assert 'value="ana.vuki@feo.example.org"' in response.content.decode()
    assert not MembershipRequest.objects.exists() and not mailoutbox


def approve_or_decline(client, decision, note=""):
    membership_request = MembershipRequest.objects.get()
    client.force_login(secretariat_user())
    return client.post(
        f"/en/members/secretariat/requests/{membership_request.pk}/decide/", {"decision": decision, "note": note}
    )


def test_approval_sends_an_invitation_that_creates_the_account(client, emb, mailoutbox):
    client.post("/en/members/join/", request_data(emb))
    mailoutbox.clear()
    approve_or_decline(client, "approve")
    assert MembershipRequest.objects.get().status == "approved"
    invitation_email = mailoutbox[-1]
    assert invitation_email.to == ["ana.vuki@feo.example.org"]
    link = re.search(r"http://testserver(/en/members/invitation/\S+/)", invitation_email.body).group(1)

    client.logout()
    form = client.get(link)
    assert "Fijian Elections Office" in form.content.decode()
    weak = client.post(link, {"password1": "password", "password2": "password"})
    assert "This password is too common." in weak.content.decode()
    response = client.post(
        link,
        {
            "job_title": "Officer",
            "languages": ["en", "fr"],
            "password1": "kiosk-ledger-1917",
            "password2": "kiosk-ledger-1917",
        },
    )
    assert response.status_code == 302 and response["Location"] == "/en/members/"

    user = User.objects.get(email="ana.vuki@feo.example.org")
    assert user.is_member and user.profile.emb == emb and user.profile.languages == ["en", "fr"]
    assert EmailAddress.objects.get(user=user).verified
    assert client.get("/en/members/").status_code == 200
    assert client.get(link).status_code == 410
    actions = set(ModelLogEntry.objects.values_list("action", flat=True))
    assert {"members.invite", "members.request_approved", "members.admit"} <= actions


def test_a_decline_is_emailed_with_the_note(client, emb, mailoutbox):
    client.post("/en/members/join/", request_data(emb))
    mailoutbox.clear()
    approve_or_decline(client, "decline", note="Please apply through your commission's focal point.")
    assert MembershipRequest.objects.get().status == "declined"
    assert "Please apply through your commission's focal point." in mailoutbox[-1].body
    assert ModelLogEntry.objects.filter(action="members.request_declined").exists()


def test_a_decision_needs_a_choice(client, emb):
    client.post("/en/members/join/", request_data(emb))
    response = approve_or_decline(client, "")
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert MembershipRequest.objects.get().status == "pending"


def test_only_the_secretariat_decides_and_invites(client, emb):
    client.post("/en/members/join/", request_data(emb))
    assert client.get("/en/members/secretariat/requests/").status_code == 302
    client.force_login(member())
    assert client.get("/en/members/secretariat/requests/").status_code == 403
    assert client.get("/en/members/secretariat/invite/").status_code == 403


def test_the_secretariat_invites_directly_with_roles(client, emb, mailoutbox):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Working Group on New Media")
    client.force_login(secretariat_user())
    response = client.post(
        "/en/members/secretariat/invite/",
        {"email": "Bo@Example.org", "first_name": "Bo", "last_name": "Lee", "emb": emb.pk, "groups": [group.pk]},
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "bo@example.org" and list(invitation.groups.all()) == [group]
    assert invitation.get_absolute_url() in mailoutbox[-1].body


def test_an_expired_invitation_explains_itself(client, emb):
    invitation = Invitation.objects.create(email="late@example.org", first_name="Late", last_name="Comer", emb=emb)
    Invitation.objects.filter(pk=invitation.pk).update(expires_at=timezone.now() - datetime.timedelta(days=1))
    response = client.get(invitation.get_absolute_url())
    assert response.status_code == 410
    assert "It has expired." in response.content.decode()
    assert client.get("/en/members/invitation/nonsense/").status_code == 404


def test_role_changes_are_audited(emb):
    from django.contrib.auth.models import Group

    person = member()
    group = Group.objects.create(name="Working Group on Incumbency")
    person.groups.add(group)
    person.groups.remove(group)
    entries = ModelLogEntry.objects.filter(object_id=str(person.pk)).values_list("action", "data")
    assert ("members.role_add", {"email": person.email, "role": group.name}) in list(entries)
    assert MemberProfile.objects.filter(user=person).exists()


# Existing accounts are never taken over by an invitation ------------------------------------


def invitation_for(user, emb, groups=()):
    invitation = Invitation.objects.create(email=user.email.upper(), first_name="X", last_name="Y", emb=emb)
    invitation.groups.set(groups)
    return invitation


def test_an_invitation_for_an_existing_secretariat_account_neither_resets_it_nor_signs_in(client, emb):
    from django.contrib.auth.models import Group

    account = secretariat_user()
    password_hash = account.password
    invitation = invitation_for(account, emb, [Group.objects.create(name="Working Group on New Media")])
    page = client.get(invitation.get_absolute_url())
    content = page.content.decode()
    assert page.status_code == 200 and "Sign in to accept your invitation" in content
    assert 'name="password1"' not in content
    client.post(invitation.get_absolute_url(), {"password1": "kiosk-ledger-1917", "password2": "kiosk-ledger-1917"})
    account.refresh_from_db()
    assert account.password == password_hash
    assert "_auth_user_id" not in client.session
    assert client.get("/en/members/").status_code == 302  # still signed out
    assert not account.groups.filter(name="Working Group on New Media").exists()
    assert Invitation.objects.get().accepted_at is None


def test_the_owner_signs_in_as_usual_then_accepts_the_membership(client, emb):
    from django.contrib.auth.models import Group

    account = User.objects.create_user(email="ana@feo.example.org", password="an-older-long-password")
    password_hash = account.password
    group = Group.objects.create(name="Working Group on New Media")
    invitation = invitation_for(account, emb, [group])
    client.force_login(account)
    form = client.get(invitation.get_absolute_url()).content.decode()
    assert "with the account you are signed in to" in form and 'name="password1"' not in form
    response = client.post(invitation.get_absolute_url(), {"job_title": "Officer", "languages": ["en"]})
    assert response.status_code == 302 and response["Location"] == "/en/members/"
    account.refresh_from_db()
    assert account.password == password_hash
    assert account.is_member and account.profile.emb == emb and account.groups.filter(pk=group.pk).exists()
    assert Invitation.objects.get().accepted_at is not None


def test_someone_signed_in_with_another_account_is_told_to_switch(client, emb):
    account = User.objects.create_user(email="ana@feo.example.org", password="an-older-long-password")
    invitation = invitation_for(account, emb)
    other = member()
    client.force_login(other)
    response = client.post(invitation.get_absolute_url(), {"job_title": "Officer"})
    assert "You are signed in with another account" in response.content.decode()
    assert not MemberProfile.objects.filter(user=account).exists()
    assert Invitation.objects.get().accepted_at is None


def test_a_request_for_an_address_with_an_account_is_flagged_to_the_secretariat(client, emb, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    User.objects.create_user(email="ana.vuki@feo.example.org", password="an-older-long-password")
    client.post("/en/members/join/", request_data(emb))
    to_secretariat = next(message for message in mailoutbox if message.to == ["secretariat@cen.example.org"])
    assert "an account with this address already exists" in to_secretariat.body
    client.force_login(secretariat_user())
    assert (
        "An account with this address already exists."
        in client.get("/en/members/secretariat/requests/").content.decode()
    )


# Anonymous requests cannot flood mailboxes ----------------------------------------------------


def test_the_applicant_is_emailed_none_of_the_text_typed_in_the_form(client, emb, mailoutbox):
    typed = {"first_name": "Claim your prize at prize.example", "last_name": "Now", "message": "Visit prize.example"}
    client.post("/en/members/join/", request_data(emb, typed))
    to_applicant = next(message for message in mailoutbox if message.to == ["ana.vuki@feo.example.org"])
    assert "prize" not in to_applicant.body + to_applicant.subject
    assert "Fijian Elections Office" in to_applicant.body


def test_requests_are_limited_per_network_address(client, emb, mailoutbox):
    for number in range(5):
        response = client.post("/en/members/join/", request_data(emb, {"email": f"person{number}@example.org"}))
        assert response.status_code == 302
    sent = len(mailoutbox)
    response = client.post("/en/members/join/", request_data(emb, {"email": "person5@example.org"}))
    content = response.content.decode()
    assert response.status_code == 429
    assert "Too many requests have been sent" in content
    assert 'value="person5@example.org"' in content and 'value="Communications officer"' in content
    assert len(mailoutbox) == sent and MembershipRequest.objects.count() == 5
    other_network = client.post(
        "/en/members/join/", request_data(emb, {"email": "person6@example.org"}), REMOTE_ADDR="192.0.2.7"
    )
    assert other_network.status_code == 302


def test_requests_are_limited_per_email_address(client, emb, mailoutbox):
    for number in range(3):
        response = client.post("/en/members/join/", request_data(emb), REMOTE_ADDR=f"192.0.2.{number}")
        assert response.status_code == 302
        MembershipRequest.objects.update(status=MembershipRequest.Status.DECLINED)
    response = client.post("/en/members/join/", request_data(emb), REMOTE_ADDR="192.0.2.99")
    assert response.status_code == 429
    assert MembershipRequest.objects.count() == 3
