"""A small library for packs: a reading path through three case studies, one of them for
members only, the first rich (headings, a link, a quote, an image, a lesson, sources)."""

import io
from types import SimpleNamespace

import pytest
import wagtail_factories
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from guidance.models import GuidanceIndexPage, ReadingPathPage, ReadingPathStep
from tests.factories import CaseStudyPageFactory, CountryFactory, ElectionManagementBodyFactory, KeyPrincipleFactory
from tests.search.conftest import backend  # noqa: F401  (both search backends, for the search packs)

RICH_BODY = [
    {"type": "heading", "value": "What we did"},
    {"type": "paragraph", "value": '<p>We answered rumours with <a href="https://ec.example.gh/factcheck">a fact-check page</a>.</p>'},
    {"type": "quote", "value": {"text": "Speed beat every rumour.", "attribution": "A returning officer"}},
    {"type": "lesson", "value": {"title": "Publish corrections within the hour", "text": "<p>Or the rumour wins.</p>"}},
    {"type": "sources", "value": [{"title": "The commission's report", "url": "https://ec.example.gh/report-2020"}]},
]  # fmt: skip


@pytest.fixture
def library(db, home, sections):
    ghana = CountryFactory(iso_code="GH", name="Ghana")
    emb = ElectionManagementBodyFactory(name="Electoral Commission of Ghana", country=ghana)
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    image = wagtail_factories.ImageFactory(title="Fact-check desk")
    picture = {
        "image": {"image": image.pk, "alt_text": "Staff at the fact-check desk", "decorative": False},
        "caption": "",
    }
    body = [*RICH_BODY, {"type": "image", "value": picture}]
    rumours = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Answering rumours in Accra", summary="How Ghana answered rumours.",
        emb=emb, year=2020, countries=[ghana], principles=[responsive], body=body,
    )  # fmt: skip
    kiosks = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Polling kiosks in Kumasi", summary="Kiosks for queries.",
        countries=[ghana], principles=[responsive],
    )  # fmt: skip
    private = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Members' note on the tally", summary="Kept for members.",
        countries=[ghana], principles=[responsive],
    )  # fmt: skip
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    guidance = home.add_child(instance=GuidanceIndexPage(title="Guidance", slug="guidance"))
    path = ReadingPathPage(
        title="Answering rumours",
        slug="answering-rumours",
        summary="Three items, in order.",
        steps=[
            ReadingPathStep(page=rumours, note="Start here"),
            ReadingPathStep(page=private, note="For members"),
            ReadingPathStep(page=kiosks, note="Then this"),
        ],
    )
    guidance.add_child(instance=path)
    return SimpleNamespace(**locals())


def pdf(response):
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert "private" in response["Cache-Control"]
    return PdfReader(io.BytesIO(b"".join(response.streaming_content)))


def text_of(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def links_in(reader):
    uris = set()
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action and action.get("/S") == "/URI":
                uris.add(str(action["/URI"]))
    return uris


def prepare(client, url):
    """Open a pack's page, ask for the PDF, and download it (the immediate backend makes it at once)."""
    assert client.post(url, {"action": "prepare"}).status_code == 302
    page = client.get(url).content.decode()
    download = page.split('class="button" href="')[1].split('"')[0]
    return pdf(client.get(download)), download
