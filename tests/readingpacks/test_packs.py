"""Reading packs read back with pypdf: what they hold, for whom, in which language, and when
they are made again."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale

from readingpacks.models import PackBuild
from tests.factories import member
from tests.readingpacks.conftest import links_in, pdf, prepare, text_of

pytestmark = pytest.mark.django_db


def test_a_reading_paths_pack_has_a_cover_contents_citations_and_working_links(client, library):
    url = f"/en/packs/page/{library.path.pk}/"
    page = client.get(url).content.decode()
    assert "Answering rumours in Accra" in page and "Polling kiosks in Kumasi" in page
    assert "Members' note" not in page  # the reader may not open it, so it is not named
    reader, _download = prepare(client, url)

    outline = [entry.title for entry in reader.outline]
    assert outline == ["Answering rumours in Accra", "Polling kiosks in Kumasi", "The living versions"]
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "en" and "/StructTreeRoot" in root  # tagged, with its language
    assert reader.metadata.title == "Answering rumours"
    text = text_of(reader)
    for expected in [
        "A reading path curated by the Secretariat",  # who made it, on the cover
        "Contents",
        "Electoral Commission of Ghana",
        "Ghana",
        "2020",
        "What we did",
        "Speed beat every rumour.",
        "Publish corrections within the hour",
        "The commission's report",
        "Staff at the fact-check desk",  # the image's alt text, as its caption
    ]:
        assert expected in text, expected
    assert "Members' note" not in text
    links = links_in(reader)
    assert {"https://ec.example.gh/factcheck", "https://ec.example.gh/report-2020"} <= links
    assert f"http://testserver{library.rumours.url}" in links  # each item's living version
    # The contents give each item's page number.
    contents = reader.pages[1].extract_text()
    assert "Answering rumours in Accra" in contents and "Polling kiosks in Kumasi" in contents


def test_a_member_gets_the_members_item_and_a_shared_link_is_checked_again_for_whoever_opens_it(client, library):
    client.force_login(member())
    reader, download = prepare(client, f"/en/packs/page/{library.path.pk}/")
    assert [entry.title for entry in reader.outline][:3] == [
        "Answering rumours in Accra",
        "Members' note on the tally",
        "Polling kiosks in Kumasi",
    ]
    assert Client().get(download).status_code == 404  # the member's link, opened by someone signed out
    other = Client()
    other.force_login(member())
    assert pdf(other.get(download)).pages  # another member may open every item in it


def test_a_pack_is_made_once_and_again_when_an_item_is_published_again(client, library):
    url = f"/en/packs/page/{library.path.pk}/"
    prepare(client, url)
    prepare(client, url)
    assert PackBuild.objects.count() == 1
    library.kiosks.title = "Polling kiosks in Kumasi and Tamale"
    library.kiosks.save_revision().publish()
    assert "Prepare the PDF" in client.get(url).content.decode()  # the old PDF is not offered
    reader, _download = prepare(client, url)
    assert "Polling kiosks in Kumasi and Tamale" in [entry.title for entry in reader.outline]
    assert PackBuild.objects.count() == 2


def test_a_french_pack_is_in_french_with_untranslated_items_in_english_and_said_so(client, library):
    french = Locale.objects.get(language_code="fr")
    traduction = library.rumours.copy_for_translation(french, copy_parents=True)
    traduction.title, traduction.summary = "Répondre aux rumeurs à Accra", "Comment le Ghana a répondu."
    traduction.save_revision().publish()
    reader, _download = prepare(client, f"/fr/packs/page/{library.path.pk}/")
    assert reader.trailer["/Root"]["/Lang"] == "fr"
    assert [entry.title for entry in reader.outline] == [
        "Répondre aux rumeurs à Accra",
        "Polling kiosks in Kumasi",
        "Les versions vivantes",
    ]
    text = text_of(reader)
    assert "Sommaire" in text and "Pas encore traduit" in text


def test_a_member_asks_for_the_pack_by_email_and_gets_it_attached(client, library, mailoutbox):
    reader = member()
    client.force_login(reader)
    url = f"/en/packs/page/{library.path.pk}/"
    assert client.post(url, {"action": "email"}).status_code == 302
    (message,) = mailoutbox
    assert message.to == [reader.email] and "Answering rumours" in message.subject
    ((name, content, mime),) = message.attachments
    assert mime == "application/pdf" and content.startswith(b"%PDF-") and name.endswith(".pdf")


def test_anonymous_readers_cannot_ask_for_email_and_nothing_private_is_packed_from_a_page_they_cannot_open(
    client, library
):
    assert client.get(f"/en/packs/page/{library.private.pk}/").status_code == 404
    assert client.get("/en/packs/page/999999999999/").status_code == 404
    assert "Email me the pack" not in client.get(f"/en/packs/page/{library.path.pk}/").content.decode()


@given(page=st.text(max_size=30))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_page_value_added_to_a_selection_gives_a_clear_answer(client, library, page):
    response = client.post("/en/packs/add/", {"page": page, "next": "/en/"})
    assert response.status_code in (302, 404)
    assert client.get("/en/packs/add/", {"page": page}).status_code in (200, 404)
