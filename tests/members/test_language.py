"""Each member has a language: chosen in their profile, kept when they switch language on the
site, and carried from a request or an invitation to the account it leads to."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from members.models import Invitation, MembershipRequest, User
from tests.factories import ElectionManagementBodyFactory, MemberProfileFactory, UserFactory, secretariat_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile():
    return MemberProfileFactory(user=UserFactory(first_name="Ana", last_name="Vuki"), job_title="Press officer")


def profile_data(profile, **changes):
    return {"first_name": "Ana", "last_name": "Vuki", "emb": profile.emb.pk, "job_title": "Press officer", **changes}


def test_a_new_account_speaks_the_default_language():
    assert UserFactory().language == "en"


def test_a_member_chooses_french_in_their_profile(client, profile):
    client.force_login(profile.user)
    page = client.get("/en/members/profile/").content.decode()
    assert 'name="language"' in page and "French" in page
    response = client.post("/en/members/profile/", profile_data(profile, language="fr"))
    assert response.status_code == 302
    profile.user.refresh_from_db()
    assert profile.user.language == "fr"


def test_the_french_profile_page_offers_the_choice_in_french(client, profile):
    client.force_login(profile.user)
    page = client.get("/fr/members/profile/").content.decode()
    assert "Français" in page or "français" in page


def test_an_unknown_language_gets_the_form_back_with_a_message(client, profile):
    client.force_login(profile.user)
    response = client.post("/en/members/profile/", profile_data(profile, language="de"))
    assert response.status_code == 200
    assert "Select a valid choice." in response.content.decode()
    profile.user.refresh_from_db()
    assert profile.user.language == "en"


def test_a_profile_sent_without_a_language_keeps_the_members_choice(client, profile):
    profile.user.language = "fr"
    profile.user.save()
    client.force_login(profile.user)
    assert client.post("/en/members/profile/", profile_data(profile, job_title="Head of outreach")).status_code == 302
    profile.user.refresh_from_db()
    assert profile.user.language == "fr"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(language=st.text(max_size=40) | st.sampled_from(["en", "fr", "FR", "fr-ca", "de", " fr", "\x00", "fr\n"]))
def test_whatever_is_typed_as_a_language_the_form_answers_clearly(client, profile, language):
    client.force_login(profile.user)
    response = client.post("/en/members/profile/", profile_data(profile, language=language))
    profile.user.refresh_from_db()
    if response.status_code == 302:
        assert profile.user.language == (language or "en")
    else:
        assert response.status_code == 200
        assert "Please correct the following" in response.content.decode()
        assert profile.user.language == "en"
    profile.user.language = "en"
    profile.user.save()


def test_switching_language_on_the_site_is_kept_on_the_account(client, profile):
    client.force_login(profile.user)
    response = client.post("/language/", {"language": "fr", "next": "/fr/members/"})
    assert response.status_code == 302 and response["Location"] == "/fr/members/"
    profile.user.refresh_from_db()
    assert profile.user.language == "fr"
    client.post("/language/", {"language": "xx", "next": "/en/"})
    profile.user.refresh_from_db()
    assert profile.user.language == "fr"


def test_readers_without_an_account_switch_language_too(client):
    response = client.post("/language/", {"language": "fr", "next": "/fr/"})
    assert response.status_code == 302
    assert response.cookies["django_language"].value == "fr"


def test_a_membership_request_keeps_the_language_it_was_made_in(client):
    emb = ElectionManagementBodyFactory(name="Commission électorale")
    data = {
        "first_name": "Aline",
        "last_name": "Mugisha",
        "email": "aline@nec.example.org",
        "job_title": "Chargée de communication",
        "emb": emb.pk,
        "message": "Je gère nos réseaux sociaux.",
    }
    assert client.post("/fr/members/join/", data).status_code == 302
    assert MembershipRequest.objects.get().language == "fr"


def test_an_approved_request_invites_in_its_language_and_the_account_keeps_it(client):
    emb = ElectionManagementBodyFactory()
    request = MembershipRequest.objects.create(
        first_name="Aline", last_name="Mugisha", email="aline@nec.example.org", job_title="x", emb=emb, message="m"
    )
    request.language = "fr"
    request.save()
    client.force_login(secretariat_user())
    client.post(f"/en/members/secretariat/requests/{request.pk}/decide/", {"decision": "approve"})
    invitation = Invitation.objects.get()
    assert invitation.language == "fr"
    client.logout()
    password = "a-long-enough-password-for-aline"
    response = client.post(
        invitation.get_absolute_url(), {"password1": password, "password2": password, "languages": ["fr"]}
    )
    assert response.status_code == 302
    assert User.objects.get(email="aline@nec.example.org").language == "fr"


def test_the_secretariat_chooses_the_language_of_an_invitation(client):
    emb = ElectionManagementBodyFactory()
    client.force_login(secretariat_user())
    page = client.get("/en/members/secretariat/invite/").content.decode()
    assert '<option value="en" selected>' in page
    data = {"email": "bo@example.org", "first_name": "Bo", "last_name": "Lee", "emb": emb.pk, "language": "fr"}
    assert client.post("/en/members/secretariat/invite/", data).status_code == 302
    assert Invitation.objects.get().language == "fr"


def test_the_profile_form_names_each_emb_with_its_country(client, profile):
    client.force_login(profile.user)
    page = client.get("/en/members/profile/").content.decode()
    assert f"{profile.emb.country}: {profile.emb}" in page


def admin_language(user):
    from wagtail.users.models import UserProfile

    return UserProfile.get_for_user(user).preferred_language


def test_the_admin_follows_the_members_language_until_they_choose_another_there(client, profile):
    user = profile.user
    client.force_login(user)
    client.post("/language/", {"language": "fr", "next": "/fr/"})
    assert admin_language(user) == "fr"
    client.post("/en/members/profile/", profile_data(profile, language="en"))
    assert admin_language(user) == "en"

    from wagtail.users.models import UserProfile

    UserProfile.objects.filter(user=user).update(preferred_language="fr")  # chosen in the admin itself
    client.post("/en/members/profile/", profile_data(profile, language="en", job_title="Head of outreach"))
    client.post("/language/", {"language": "en", "next": "/en/"})
    user.refresh_from_db()
    assert user.language == "en" and admin_language(user) == "fr"


def test_an_account_made_from_a_french_invitation_has_the_admin_in_french_too(client):
    invitation = Invitation.objects.create(
        email="aline@nec.example.org",
        first_name="Aline",
        last_name="M",
        emb=ElectionManagementBodyFactory(),
        language="fr",
    )
    password = "a-long-enough-password-for-aline"
    client.post(invitation.get_absolute_url(), {"password1": password, "password2": password})
    user = User.objects.get(email="aline@nec.example.org")
    assert user.language == "fr" and admin_language(user) == "fr"
