"""Packs from a search (so from a key principle, a practice area or a country), on both search
backends, and from the reader's own selection, kept without JavaScript."""

import pytest
from django.test import Client

from readingpacks.models import SelectedItem
from tests.factories import member
from tests.readingpacks.conftest import prepare
from tests.search.conftest import reindex_all
from tests.search.contract_corpus import assert_answered_by_the_configured_backend

pytestmark = pytest.mark.django_db


def titles(reader):
    return [entry.title for entry in reader.outline][:-1]  # the closing page last


def test_a_search_pack_holds_the_first_results_each_reader_may_open(library, backend):
    reindex_all()
    anonymous, signed_in = Client(), Client()
    signed_in.force_login(member())
    reader, _download = prepare(anonymous, "/en/packs/search/?principle=responsive")
    assert_answered_by_the_configured_backend()
    assert set(titles(reader)) == {"Answering rumours in Accra", "Polling kiosks in Kumasi"}
    assert reader.metadata.title == "Search: Key principle: Responsive"  # the cover names the search
    reader, _download = prepare(signed_in, "/en/packs/search/?principle=responsive")
    assert "Members' note on the tally" in titles(reader)
    reader, _download = prepare(anonymous, "/en/packs/search/?q=kiosks&country=gh")
    assert titles(reader) == ["Polling kiosks in Kumasi"]


def test_a_search_pack_with_bad_filters_still_answers(client, library):
    page = client.get("/en/packs/search/?principle=no-such-thing&year=abc&page=-4")
    assert page.status_code == 200


def listed(client):
    """The titles the selection page lists (the page's messages aside)."""
    page = client.get("/en/packs/").content.decode()
    return page.split('id="items-heading"')[1].split("</ol>")[0] if 'id="items-heading"' in page else ""


def add(client, page, via="/en/"):
    """Add an item as a reader without JavaScript would: follow the link, then press the button."""
    assert client.get("/en/packs/add/", {"page": page.pk, "next": via}).status_code == 200
    return client.post("/en/packs/add/", {"page": page.pk, "next": via})


def test_a_reader_builds_a_selection_without_javascript_and_takes_it_as_a_pack(client, library):
    assert "Add to my reading pack" in client.get(library.kiosks.url).content.decode()
    assert add(client, library.kiosks, via=library.kiosks.url)["Location"] == library.kiosks.url
    add(client, library.rumours)
    add(client, library.kiosks)  # twice: kept once
    assert client.post("/en/packs/add/", {"page": library.private.pk}).status_code == 404  # not theirs to open
    selection = listed(client)
    assert selection.index("Polling kiosks in Kumasi") < selection.index("Answering rumours in Accra")
    reader, _download = prepare(client, "/en/packs/")
    assert titles(reader) == ["Polling kiosks in Kumasi", "Answering rumours in Accra"]
    client.post("/en/packs/remove/", {"page": library.kiosks.pk})
    assert "Polling kiosks in Kumasi" not in listed(client)
    client.post("/en/packs/remove/", {"page": "all"})
    assert "Your reading pack is empty" in client.get("/en/packs/").content.decode()


def test_a_selection_made_before_signing_in_moves_to_the_account(client, library):
    add(client, library.rumours)
    reader = member()
    client.force_login(reader)  # a new session keeps the old one's data, as allauth's sign-in does
    assert "Answering rumours in Accra" in listed(client)
    assert list(SelectedItem.objects.filter(user=reader).values_list("page_id", flat=True)) == [library.rumours.pk]
    add(client, library.private)  # members may add members' items
    assert SelectedItem.objects.filter(user=reader).count() == 2


def test_an_item_that_becomes_private_drops_out_of_a_selection(client, library):
    from wagtail.models import PageViewRestriction

    add(client, library.rumours)
    add(client, library.kiosks)
    PageViewRestriction.objects.create(page=library.kiosks, restriction_type=PageViewRestriction.LOGIN)
    assert "Answering rumours in Accra" in listed(client) and "Polling kiosks in Kumasi" not in listed(client)
