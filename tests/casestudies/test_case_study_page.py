import pytest
import wagtail_factories
from django.forms.models import model_to_dict
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from casestudies.models import CaseStudyPage
from tests.factories import CaseStudyPageFactory, CountryFactory, ElectionManagementBodyFactory, KeyPrincipleFactory

pytestmark = pytest.mark.django_db


def test_case_study_page_renders_every_kind_of_body_block(client, sections):
    jamaica = CountryFactory(iso_code="JM", name="Jamaica")
    study = CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Recovering a hijacked account",
        summary="How the commission won back its page.",
        emb=ElectionManagementBodyFactory(name="Electoral Commission of Jamaica", country=jamaica),
        countries=[jamaica],
        principles=[KeyPrincipleFactory(name="Responsive", slug="responsive")],
        illustrative=True,
        setting=CaseStudyPage.Setting.POST_CONFLICT,
        body=[
            {"type": "heading", "value": "What happened"},
            {"type": "paragraph", "value": "<p>The page was taken over at night.</p>"},
            {
                "type": "quote",
                "value": {"text": "We had a contact at the platform.", "attribution": "Communications director"},
            },
            {
                "type": "lesson",
                "value": {"title": "Register a recovery contact", "text": "<p>Before the campaign starts.</p>"},
            },
            {"type": "outcome", "value": {"indicator": "Time to recover the page", "result": "Under three hours"}},
            {"type": "sources", "value": [{"title": "New Media and the Conduct of Elections", "url": ""}]},
        ],
    )

    response = client.get(study.url)

    content = response.content.decode()
    assert response.status_code == 200
    assert content.count("<h1") == 1
    assert "Illustrative example" in content
    for text in [
        "How the commission won back its page.",
        "<h2>What happened</h2>",
        "The page was taken over at night.",
        "We had a contact at the platform.",
        "Communications director",
        "Lesson learned",
        "Register a recovery contact",
        "Time to recover the page",
        "Under three hours",
        "New Media and the Conduct of Elections",
        "Electoral Commission of Jamaica",
        "Post-conflict",
        'href="/en/countries/jm/"',
        'href="/en/principles/responsive/"',
    ]:
        assert text in content, text


def test_case_study_page_renders_images_with_alt_text_and_documents(client, sections):
    image = wagtail_factories.ImageFactory(title="Polling station queue")
    document = wagtail_factories.DocumentFactory(title="Social media policy")
    study = CaseStudyPageFactory(
        parent=sections["case_studies"],
        body=[
            {
                "type": "image",
                "value": {
                    "image": {"image": image.pk, "alt_text": "Voters queueing at dawn", "decorative": False},
                    "caption": "Election day",
                },
            },
            {"type": "document", "value": {"document": document.pk, "title": ""}},
        ],
    )
    content = client.get(study.url).content.decode()
    assert 'alt="Voters queueing at dawn"' in content
    assert "<figcaption>Election day</figcaption>" in content
    assert f'href="{document.url}">Social media policy</a>' in content


def edit_form(study, **changes):
    """The admin's edit form for a case study, bound to its current values plus `changes`."""
    form_class = CaseStudyPage.get_edit_handler().get_form_class()
    fields = {**model_to_dict(study, exclude=["body"]), "slug": study.slug, **changes}
    data = {**fields, **nested_form_data({"body": streamfield([("paragraph", rich_text("<p>What we did.</p>"))])})}
    return form_class(data, instance=study, for_user=None)


def test_editors_must_tag_a_case_study_with_a_country_and_a_principle(sections):
    study = CaseStudyPageFactory(parent=sections["case_studies"])
    form = edit_form(study, countries=[], principles=[])
    assert not form.is_valid()
    assert form.errors["countries"] == ["Choose at least one."]
    assert form.errors["principles"] == ["Choose at least one."]


def test_a_fully_tagged_case_study_passes_validation(sections):
    study = CaseStudyPageFactory(parent=sections["case_studies"])
    form = edit_form(
        study,
        countries=[CountryFactory(iso_code="JM").pk],
        principles=[KeyPrincipleFactory().pk],
    )
    assert form.is_valid(), form.errors


@pytest.mark.parametrize("year", [1800, 3000])
def test_case_study_years_must_be_plausible(sections, year):
    study = CaseStudyPageFactory(parent=sections["case_studies"])
    form = edit_form(
        study, year=year, countries=[CountryFactory(iso_code="JM").pk], principles=[KeyPrincipleFactory().pk]
    )
    assert not form.is_valid()
    assert "year" in form.errors
