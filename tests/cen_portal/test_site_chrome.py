"""The main menu and the footer are cached between requests: every change to the pages behind
them shows on the next page view, for each reader as their rights allow."""

import re

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from tests.factories import member

pytestmark = pytest.mark.django_db


def menu(client):
    return re.search(r'<nav class="site-nav".*?</nav>', client.get("/en/").content.decode(), re.S).group(0)


def test_the_menu_follows_each_change_to_its_sections(client, sections):
    section = sections["instruments"]
    assert "International instruments" not in menu(client)

    section.show_in_menus = True
    section.save()
    assert "International instruments" in menu(client)

    section.title = "Treaties and standards"
    section.save_revision().publish()
    assert "Treaties and standards" in menu(client)

    restriction = PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    signed_in = Client()
    signed_in.force_login(member())
    assert "Treaties and standards" not in menu(client)
    assert "Treaties and standards" in menu(signed_in)

    restriction.delete()
    assert "Treaties and standards" in menu(client)

    section.unpublish()
    assert "Treaties and standards" not in menu(client)


def test_a_moved_section_leaves_the_menu(client, sections):
    for name in ("instruments", "countries"):
        sections[name].show_in_menus = True
        sections[name].save()
    assert "International instruments" in menu(client)
    sections["instruments"].move(sections["countries"], pos="last-child")
    assert "International instruments" not in menu(client)
