"""Ids typed into query strings and forms: only what could be a database id is used, so a
superscript digit or a number too large for the database never becomes a server error."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cen_portal.filters import MAX_ID, parse_id
from tests.factories import CategoryFactory, PostFactory, ThreadFactory, member

HOSTILE_IDS = ["²", "٣", "99999999999999999999999", "-1", "0", " 7 ", "1e3", "", "\x00"]


@given(st.text(max_size=30) | st.integers().map(str))
def test_an_id_is_a_positive_number_a_database_can_hold_or_nothing(text):
    number = parse_id(text)
    assert number is None or (
        isinstance(number, int) and 0 < number <= MAX_ID and str(number) == text.strip().lstrip("0")
    )


@pytest.mark.django_db
@pytest.mark.parametrize("value", HOSTILE_IDS)
def test_forum_pages_ignore_ids_that_cannot_exist(client, value):
    thread = ThreadFactory(category=CategoryFactory(slug="general"))
    PostFactory(thread=thread, body="First.")
    client.force_login(member())
    assert client.get(thread.get_absolute_url(), {"post": value, "quote": value}).status_code == 200
    assert client.post("/en/forums/follow/", {"thread": value}).status_code in {302, 404}


@pytest.mark.django_db
@pytest.mark.parametrize("value", HOSTILE_IDS)
def test_the_search_page_explains_a_page_number_it_cannot_use(client, value):
    response = client.get("/en/search/", {"q": "voter", "page": value})
    assert response.status_code == 200
