import pytest

from tests.factories import InstrumentPageFactory, KeyPrincipleFactory, ProvisionPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def udhr(sections):
    instrument = InstrumentPageFactory(
        parent=sections["instruments"],
        title="Universal Declaration of Human Rights",
        year=1948,
        official_url="https://www.un.org/en/about-us/universal-declaration-of-human-rights",
    )
    ProvisionPageFactory(
        parent=instrument,
        reference="Article 19",
        title="Freedom of opinion and expression",
        summary="Everyone may seek and share information through any media.",
        principles=[KeyPrincipleFactory(name="Informative", slug="informative")],
    )
    ProvisionPageFactory(parent=instrument, reference="Article 21", title="Taking part in government")
    return instrument


def test_instrument_listing_shows_year_and_summary(client, udhr):
    content = client.get("/en/instruments/").content.decode()
    assert "Universal Declaration of Human Rights</a> (1948)" in content


def test_instrument_page_lists_its_provisions_in_order(client, udhr):
    content = client.get(udhr.url).content.decode()
    assert content.index("Article 19: Freedom of opinion and expression") < content.index(
        "Article 21: Taking part in government"
    )
    assert 'href="https://www.un.org/en/about-us/universal-declaration-of-human-rights"' in content


def test_provision_page_names_its_instrument_and_principles(client, udhr):
    provision = udhr.get_children().first().specific
    content = client.get(provision.url).content.decode()
    assert "<h1>Article 19: Freedom of opinion and expression</h1>" in content
    assert "Universal Declaration of Human Rights</a> (1948)" in content
    assert 'href="/en/principles/informative/"' in content
    # Without its own link, the provision points to the instrument's official text.
    assert 'href="https://www.un.org/en/about-us/universal-declaration-of-human-rights"' in content
    assert provision.year == 1948


def test_a_restricted_provision_stays_out_of_its_public_instruments_search_entry(client, udhr):
    from wagtail.models import PageViewRestriction

    private = ProvisionPageFactory(
        parent=udhr,
        reference="Annex B",
        title="Quillowent briefing for members",
        principles=[KeyPrincipleFactory(name="Capacity", slug="capacity")],
    )
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    entry = udhr.search_document()
    assert "Quillowent" not in entry["body"] and "Freedom of opinion" in entry["body"]
    assert entry["principles"] == ["informative"]
    assert "Quillowent" not in client.get(udhr.url).content.decode()
