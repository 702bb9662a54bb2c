"""Signing in: verified email, rate limits, sessions that end with a password change, and
a second factor for the Secretariat and anyone with admin access."""

import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.test import Client

from tests.factories import UserFactory, member, secretariat_user, with_authenticator

pytestmark = pytest.mark.django_db
PASSWORD = "a-long-test-password"


def verified(user):
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    return user


def sign_in(client, email, password=PASSWORD):
    return client.post("/en/accounts/login/", {"login": email, "password": password})


def current_code(secret):
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def test_a_member_signs_in_with_email(client):
    person = verified(member())
    response = sign_in(client, person.email.upper())
    assert response.status_code == 302 and response["Location"] == "/en/members/"
    assert client.get("/en/members/").status_code == 200


def test_an_unverified_address_must_be_confirmed_first(client, mailoutbox):
    person = member()
    EmailAddress.objects.create(user=person, email=person.email, verified=False, primary=True)
    response = sign_in(client, person.email)
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert "Confirm" in mailoutbox[-1].subject or "confirm" in mailoutbox[-1].body.lower()
    assert client.get("/en/members/").status_code == 302


def test_wrong_passwords_are_rate_limited(client):
    person = verified(member())
    for _attempt in range(5):
        sign_in(client, person.email, "wrong-password")
    response = sign_in(client, person.email)
    assert response.status_code in {200, 429}
    assert "Too many failed login attempts" in response.content.decode()


def test_changing_the_password_ends_every_session(client):
    person = verified(member())
    other_device = Client()
    sign_in(client, person.email)
    sign_in(other_device, person.email)
    response = client.post(
        "/en/accounts/password/change/",
        {"oldpassword": PASSWORD, "password1": "new-kiosk-ledger-77", "password2": "new-kiosk-ledger-77"},
    )
    assert response.status_code == 302
    assert other_device.get("/en/members/").status_code == 302
    assert client.get("/en/members/").status_code == 302


def test_the_secretariat_must_set_up_a_second_factor_before_anything_else(client):
    person = verified(UserFactory(is_staff=True))
    from django.contrib.auth.models import Group

    person.groups.add(Group.objects.get(name="Secretariat"))
    sign_in(client, person.email)
    for path in ["/en/members/", "/admin/", "/en/forums/"]:
        response = client.get(path)
        assert response.status_code == 302
        assert response["Location"].startswith("/en/accounts/2fa/totp/activate/")
    # allauth asks for the password again before changing authenticators.
    assert client.get("/en/accounts/2fa/totp/activate/")["Location"].startswith("/en/accounts/reauthenticate/")
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200 and "Authenticator" in page.content.decode()


def test_a_second_factor_is_asked_for_at_sign_in(client):
    person = verified(secretariat_user())
    someone_elses_secret = with_authenticator(UserFactory())
    response = sign_in(client, person.email)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/en/members/").status_code == 302
    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(someone_elses_secret)})
    assert wrong.status_code == 200 and "Incorrect code" in wrong.content.decode()
    right = client.post("/en/accounts/2fa/authenticate/", {"code": current_code(totp_secret(person))})
    assert right.status_code == 302
    assert client.get("/admin/").status_code == 200


def totp_secret(user):
    from allauth.mfa.adapter import get_adapter

    authenticator = user.authenticator_set.get()
    return get_adapter().decrypt(authenticator.data["secret"])


def test_ordinary_members_may_skip_the_second_factor(client):
    person = verified(member())
    sign_in(client, person.email)
    assert client.get("/en/forums/").status_code == 200


def test_wagtails_own_sign_in_page_sends_people_to_the_portals(client):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/admin/"


def test_the_sign_in_for_restricted_pages_cannot_skip_the_second_factor(client):
    """Wagtail's front-end sign-in checks only the password: it must never sign anyone in."""
    person = verified(secretariat_user())
    response = client.post("/en/_util/login/?next=/", {"username": person.email, "password": "a-long-test-password"})
    assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_sign_in_page_offers_one_way_to_reset_a_forgotten_password(client, language):
    page = client.get(f"/{language}/accounts/login/").content.decode()
    assert page.count(f'href="/{language}/accounts/password/reset/"') == 1
    assert "Forgot your password?" not in page and "Mot de passe oublié ?" not in page
