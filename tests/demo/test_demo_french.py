"""The demo content in French: the French site is wagtail-localize's translation of the English
one, two case studies were written in French first, and loading again changes nothing."""

import html
import io
import re

import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, PageViewRestriction, Revision
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import HomePage
from cen_portal.text import paragraphs_html
from demo import translations
from tests.factories import secretariat_user
from workinggroups.models import ReportPage, WorkingGroupPage

pytestmark = pytest.mark.django_db

TRANSLATED_CASE_STUDIES = list(translations.CASE_STUDIES)
FRENCH_ORIGINALS = [study["slug"] for study in translations.FRENCH_ORIGINALS]
# The home, the sections a reader navigates through, two working groups and a report of each, an
# instrument and one of its provisions, the privacy notice.
FRENCH_TRANSLATIONS_OF_ENGLISH_PAGES = [
    "/fr/",
    "/fr/case-studies/",
    "/fr/working-groups/",
    "/fr/guidance/",
    "/fr/instruments/",
    "/fr/principles/",
    "/fr/practice-areas/",
    "/fr/countries/",
    "/fr/working-groups/new-media/",
    "/fr/working-groups/new-media/new-media-suva-2015-report/",
    "/fr/working-groups/vote-counting-tabulation/",
    "/fr/working-groups/vote-counting-tabulation/vote-counting-results-online-report/",
    "/fr/instruments/commonwealth-charter/",
    "/fr/instruments/commonwealth-charter/principle-v/",
    "/fr/privacy/",
]
FRENCH_PAGES = FRENCH_TRANSLATIONS_OF_ENGLISH_PAGES + [
    f"/fr/case-studies/{slug}/" for slug in TRANSLATED_CASE_STUDIES + FRENCH_ORIGINALS
]


@pytest.fixture
def french():
    return Locale.objects.get(language_code="fr")


def page_at(url):
    """The page a reader gets at a /fr/ or /en/ address."""
    language, *slugs = url.strip("/").split("/")
    page = HomePage.objects.get(locale__language_code=language)
    for slug in slugs:
        page = page.get_children().get(slug=slug)
    return page.specific


def visible_text(response):
    return html.unescape(response.content.decode())


def is_wagtail_localize_translation(page, source_locale):
    """The page was made by wagtail-localize from a source in source_locale, every string translated."""
    source = TranslationSource.objects.get(object_id=page.translation_key, locale=source_locale)
    translation = Translation.objects.get(source=source, target_locale=page.locale)
    total, translated = translation.get_progress()
    return total > 0 and translated == total


@pytest.mark.parametrize("url", FRENCH_PAGES)
def test_each_french_page_renders_in_french_with_its_french_title(client, url):
    page = page_at(url)
    response = client.get(url)
    assert response.status_code == 200
    content = visible_text(response)
    assert '<html lang="fr">' in content
    assert page.locale.language_code == "fr"
    assert page.title in re.search(r"<h1>(.*?)</h1>", content, re.DOTALL).group(1)
    # Served as itself, not as the English page with an "untranslated" notice.
    assert response.context["page"].pk == page.pk


@pytest.mark.parametrize("url", FRENCH_TRANSLATIONS_OF_ENGLISH_PAGES)
def test_the_home_sections_and_the_report_are_wagtail_localize_translations_of_the_english_pages(url):
    page = page_at(url)
    english = page.get_translation(Locale.get_default())
    assert english.title != page.title
    assert is_wagtail_localize_translation(page, english.locale)


def test_the_french_home_is_a_sibling_of_the_english_home_and_the_site_stays_english(french):
    english_home = HomePage.objects.get(locale=Locale.get_default())
    french_home = english_home.get_translation(french)
    assert french_home.get_parent().pk == english_home.get_parent().pk
    assert english_home.get_site().root_page_id == english_home.pk
    assert french_home.url == "/fr/"


@pytest.mark.parametrize("slug", TRANSLATED_CASE_STUDIES)
def test_translated_case_studies_are_french_throughout_and_stay_illustrative(client, french, slug):
    english = CaseStudyPage.objects.get(locale=Locale.get_default(), slug=slug)
    study = english.get_translation(french).specific
    assert is_wagtail_localize_translation(study, english.locale)
    assert study.illustrative
    assert study.get_parent().locale == french
    # Same tags and EMB, the canonical rows of the one shared taxonomy.
    assert study.emb_id == english.emb_id
    assert set(study.countries.all()) == set(english.countries.all())
    assert set(study.principles.all()) == set(english.principles.all())
    content = visible_text(client.get(f"/fr/case-studies/{slug}/"))
    assert study.summary in content and english.summary not in content
    # Every text of the body is French (the sources, citations of English publications, are not searchable content).
    english_texts = english.body.stream_block.get_searchable_content(english.body)
    assert len(english_texts) > 5
    assert [text for text in english_texts if text in content] == []
    # The citations stay as published.
    assert "Commonwealth Secretariat (2016), New Media and the Conduct of Elections" in content


def test_the_public_suva_report_and_its_working_group_are_translated(french):
    english = ReportPage.objects.get(locale=Locale.get_default(), slug="new-media-suva-2015-report")
    report = english.get_translation(french).specific
    assert not PageViewRestriction.objects.filter(page__in=[*english.get_ancestors(inclusive=True)]).exists()
    assert list(report.documents.values_list("document", flat=True)) == list(
        english.documents.values_list("document", flat=True)
    )
    group = report.get_parent().specific
    assert isinstance(group, WorkingGroupPage) and group.locale == french
    # The members, their space and their collection stay with the original group page.
    original_group = group.get_translation(Locale.get_default()).specific
    assert original_group.member_group is not None and original_group.collection is not None
    assert group.member_group is None and group.collection is None


def test_the_issue_asks_for_six_case_studies_and_a_report_in_french_and_two_french_originals(french):
    english = Locale.get_default()
    translated_from_english = CaseStudyPage.objects.filter(
        locale=french,
        translation_key__in=TranslationSource.objects.filter(locale=english).values("object_id"),
    )
    assert translated_from_english.count() >= 6
    assert (
        ReportPage.objects.filter(
            locale=french,
            translation_key__in=TranslationSource.objects.filter(locale=english).values("object_id"),
        ).count()
        >= 1
    )
    written_in_french = CaseStudyPage.objects.filter(
        locale=french,
        translation_key__in=TranslationSource.objects.filter(locale=french).values("object_id"),
    )
    assert set(written_in_french.values_list("slug", flat=True)) == set(FRENCH_ORIGINALS)
    assert {country.iso_code for study in written_in_french for country in study.countries.all()} == {"CM", "RW"}


@pytest.mark.parametrize("slug", FRENCH_ORIGINALS)
def test_the_french_originals_live_in_french_with_an_english_translation(client, french, slug):
    original = CaseStudyPage.objects.get(locale=french, slug=slug)
    assert original.get_parent().specific_class is CaseStudyIndexPage
    assert original.illustrative
    english = original.get_translation(Locale.get_default()).specific
    assert is_wagtail_localize_translation(english, french)
    assert english.illustrative and set(english.countries.all()) == set(original.countries.all())
    response = client.get(f"/en/case-studies/{slug}/")
    assert response.status_code == 200
    content = visible_text(response)
    assert '<html lang="en">' in content
    assert f"<h1>{english.title}</h1>" in content
    assert original.summary not in content and english.summary in content


def test_french_text_follows_french_typography(french):
    """A no-break space before ; : ! ? and % and inside « », never an ordinary one."""
    texts = list(StringTranslation.objects.filter(locale=french).values_list("data", flat=True))
    texts += [page.title for page in Page.objects.filter(locale=french)]
    assert texts
    breakable = [text for text in texts if re.search(r"(?<=\S) [;:!?%»]|« ", text)]
    assert not breakable


def test_loading_again_duplicates_and_changes_nothing(french):
    def counts():
        models = [Page, Revision, TranslationSource, Translation, StringTranslation]
        return {model.__name__: model.objects.count() for model in models} | {
            "french pages": Page.objects.filter(locale=french).count(),
            "french titles": sorted(Page.objects.filter(locale=french).values_list("title", flat=True)),
        }

    before = counts()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == before


def test_a_translation_that_does_not_have_the_pages_shape_is_refused():
    study = CaseStudyPage.objects.get(locale=Locale.get_default(), slug=TRANSLATED_CASE_STUDIES[0])
    with pytest.raises(translations.ShapeMismatch, match="blocks"):
        translations.translated_body(study, [("paragraph", "Un seul paragraphe.")])
    group = WorkingGroupPage.objects.get(locale=Locale.get_default(), slug="new-media")
    with pytest.raises(translations.ShapeMismatch, match="shape"):
        # The English description has two paragraphs.
        source, _created = TranslationSource.update_or_create_from_instance(group)
        translations.translated_strings(source, {"description": paragraphs_html(["Un seul paragraphe."])})


def test_an_english_page_edited_since_the_demo_was_written_is_left_untranslated(french, caplog):
    english = CaseStudyPage.objects.get(locale=Locale.get_default(), slug=TRANSLATED_CASE_STUDIES[1])
    english.get_translation(french).delete()
    # An editor removed the opening paragraph: the demo's translation no longer fits the page.
    english.body = list(english.body.raw_data)[1:]
    english.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert english.get_translation_or_none(french) is None
    assert f"The translation of {english.slug!r} does not have the page's blocks" in caplog.text


def test_the_secretariat_edits_a_french_case_study_in_wagtail_localizes_translation_editor(client, french):
    client.force_login(secretariat_user())
    study = CaseStudyPage.objects.get(locale=french, slug=TRANSLATED_CASE_STUDIES[0])
    response = client.get(f"/admin/pages/{study.pk}/edit/")
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in response.templates]
