"""Browser tests: Debian's Chromium, driven by Playwright, against a live server with the demo site."""

import io
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client
from pytest_django.live_server_helper import LiveServer

from tests.conftest import require
from tests.template_db import end_other_sessions

CHROMIUM = "/usr/bin/chromium"
# The machine's network is closed: keep Chromium from reaching out at start-up.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)
            # Without a django_db test in the session, pytest-django creates no test database.
            item.add_marker(pytest.mark.django_db)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    require(Path(CHROMIUM).exists(), f"Chromium is not installed at {CHROMIUM}")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


def follow(page, locator):
    """Click a link or a button that opens another page, and wait until that page has loaded.

    A click returns once the navigation has started; checks that do not wait by themselves
    (count, is_visible, the document's width) would otherwise read a page half replaced, which
    a busy machine makes likely."""
    with page.expect_navigation():
        locator.click()


def signed_in_session(email):
    """A session cookie for a demo member, so the browser can open member-only pages."""
    from allauth.mfa.models import Authenticator
    from django.contrib.auth import get_user_model

    from tests.factories import with_authenticator

    user = get_user_model().objects.get(email=email)
    # Working-group members edit in the admin, so they must have a second factor (one of a
    # kind: the modules that sign the same person in share it).
    if not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
        with_authenticator(user)
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value


@pytest.fixture
def member_page(browser, demo_site):
    context = browser.new_context()
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": demo_site.member_session, "url": demo_site.url}]
    )
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def demo_site(django_db_setup, django_db_blocker):
    """The URL of a live server holding the demo content, loaded once for every browser test.

    pytest-django's own `live_server` fixture flushes the database after each test, which
    would mean reloading the demo site every time. Browser tests run last (see
    tests/conftest.py), so this committed data meets no other test."""
    # Playwright's sync API may already run an event loop in this thread when the demo
    # content is loaded; the live server itself answers from its own thread.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with django_db_blocker.unblock():
        call_command("load_demo_content", stdout=io.StringIO())
        server = LiveServer("localhost:0")
        server.member_session = signed_in_session("demo.fiji@cen.example.org")
        yield server
        server.stop()
        # Playwright runs each test in its own greenlet, where Django opens a connection of
        # its own and leaves it idle; end those so the test database can be dropped.
        if connection.vendor == "postgresql":
            end_other_sessions()
            # This teardown may run in a greenlet of its own too: close the connection it just
            # used, or it would be the one session left when the database is dropped.
            connection.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture(scope="session")
def secretariat_session(demo_site, django_db_blocker):
    """A session cookie for a Secretariat member, committed beside the demo site."""
    from django.contrib.auth.models import Group

    from members.models import SECRETARIAT_GROUP, User

    with django_db_blocker.unblock():
        user, _created = User.objects.get_or_create(
            email="browser.secretariat@cen.example.org", defaults={"first_name": "Browser", "last_name": "Secretariat"}
        )
        user.groups.add(Group.objects.get(name=SECRETARIAT_GROUP))
        return signed_in_session(user.email)
