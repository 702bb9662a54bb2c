"""Every service a reader may use is in the main menu, in both languages, and the home page
says what each one is for, telling those who may not use one yet how to get in."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.test import Client

from cen_portal.services import EVERYONE, register_service
from tests.factories import UserFactory, member, secretariat_user

pytestmark = pytest.mark.django_db

PUBLIC_SERVICES = {"en": ["Compare practice"], "fr": ["Comparer les pratiques"]}
MEMBER_SERVICES = {
    "en": ["Ask the network", "Forums", "Share your practice"],
    "fr": ["Interroger le réseau", "Forums", "Partager votre pratique"],
}


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def menu_links(client, language):
    """{link text: address} of the main menu on the home page."""
    body = client.get(f"/{language}/").content.decode()
    menu = re.search(r'<nav class="site-nav".*?</nav>', body, re.S).group(0)
    return {text.strip(): address for address, text in re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', menu)}


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize(
    ("role", "make_user", "expected", "left_out"),
    [
        ("anonymous", lambda: None, PUBLIC_SERVICES, MEMBER_SERVICES),
        ("signed in, not admitted", UserFactory, PUBLIC_SERVICES, MEMBER_SERVICES),
        ("member", member, {lang: PUBLIC_SERVICES[lang] + MEMBER_SERVICES[lang] for lang in ("en", "fr")}, {}),
        (
            "Secretariat",
            secretariat_user,
            {lang: PUBLIC_SERVICES[lang] + MEMBER_SERVICES[lang] for lang in ("en", "fr")},
            {},
        ),
    ],
)
def test_the_menu_lists_each_service_the_reader_may_use_and_each_opens(
    home, language, role, make_user, expected, left_out
):
    client = client_for(make_user())
    links = menu_links(client, language)

    for name in expected[language]:
        assert name in links, f"{role} cannot find {name!r} in the menu"
        assert links[name].startswith(f"/{language}/")
        response = client.get(links[name])
        assert response.status_code == 200, (role, name, response.status_code)
    for name in left_out.get(language, []):
        if name not in expected[language]:
            assert name not in links, f"{role} is offered {name!r}, which they cannot use"


def test_the_menu_marks_the_service_being_used(home):
    client = client_for(member())
    body = client.get("/en/forums/").content.decode()
    assert re.search(r'<a href="/en/forums/" aria-current="true">Forums</a>', body)
    assert not re.search(r'<a href="/en/practice-data/" aria-current', body)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_home_page_says_what_each_service_is_for_and_how_members_get_in(home, language):
    body = Client().get(f"/{language}/").content.decode()
    services = re.search(r'<section aria-labelledby="services-heading">.*?</section>', body, re.S).group(0)

    for name in PUBLIC_SERVICES[language] + MEMBER_SERVICES[language]:
        assert name in services
    # Every service has its sentence; each members' one says how to sign in and where to ask to join.
    assert services.count('<li class="tile">') == 4
    assert services.count(f'href="/{language}/accounts/login/?next=/{language}/') == 3
    assert services.count(f'href="/{language}/members/join/"') == 3
    if language == "fr":
        assert "Réservé aux membres du Réseau" in services
        assert "Put a question" not in services


def test_a_member_is_offered_every_service_without_a_sign_in_note(home):
    body = client_for(member()).get("/en/").content.decode()
    services = re.search(r'<section aria-labelledby="services-heading">.*?</section>', body, re.S).group(0)
    assert services.count('<li class="tile">') == 4
    assert "For members of the Network" not in services
    assert 'href="/en/questions/"' in services


def test_a_service_is_registered_once():
    with pytest.raises(ImproperlyConfigured):
        register_service("forums:index", "Forums", "Again.", EVERYONE, 99)
    with pytest.raises(ImproperlyConfigured):
        register_service("somewhere:else", "Nowhere", "An audience that does not exist.", "visitors", 99)
