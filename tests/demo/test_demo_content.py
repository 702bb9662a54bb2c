"""`manage.py load_demo_content` builds the whole demo site, and running it again changes nothing."""

import io
import re

import pytest
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Revision, Site

from casestudies.models import CaseStudyPage
from cen_portal.models import HomePage
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region, SocialAccount
from demo.working_groups import PDF_ONLY_PHRASES
from instruments.models import InstrumentPage, ProvisionPage
from members.models import User
from workinggroups.models import ReportPage, WorkingGroupPage

pytestmark = pytest.mark.django_db


def counts():
    models = [
        Page,
        Revision,
        get_document_model(),
        KeyPrinciple,
        PracticeArea,
        Region,
        Country,
        ElectionManagementBody,
        SocialAccount,
    ]
    return {model.__name__: model.objects.count() for model in models}


def test_loading_again_duplicates_nothing():
    before = counts()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert counts() == before
    assert "Demo content ready" in output.getvalue()


def test_the_home_page_is_the_site_root():
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    # Beside it, only its translations (the French home).
    assert not Page.objects.filter(depth=2).exclude(translation_key=site.root_page.translation_key).exists()


def test_all_eight_principles_in_the_guides_order():
    assert list(KeyPrinciple.objects.values_list("name", flat=True)) == [
        "Accessible",
        "Appropriate use",
        "Capacity",
        "Consultative",
        "Engaged",
        "Informative",
        "Partnership",
        "Responsive",
    ]


@pytest.mark.parametrize(
    "number,principles",
    [
        ("3.1", {"capacity", "consultative", "engaged", "responsive"}),
        ("3.2", {"accessible", "capacity", "consultative", "engaged", "informative", "partnership", "responsive"}),
        ("3.6", {"appropriate-use", "engaged", "partnership", "responsive"}),
        ("3.9", {"appropriate-use", "responsive"}),
        ("3.10", {"appropriate-use", "consultative", "responsive"}),
    ],
)
def test_practice_areas_carry_the_guides_principle_tags(number, principles):
    area = PracticeArea.objects.get(number=number)
    assert set(area.principles.values_list("slug", flat=True)) == principles


def test_ten_practice_areas():
    assert [area.number for area in PracticeArea.objects.all()] == [f"3.{n}" for n in range(1, 11)]


def test_every_commonwealth_member_with_its_region():
    assert Country.objects.count() == 56
    assert Region.objects.count() == 5
    assert Country.objects.get(iso_code="FJ").region.name == "Pacific"
    assert Country.objects.get(iso_code="GA").name == "Gabon"
    assert all(re.fullmatch(r"[A-Z]{2}", code) for code in Country.objects.values_list("iso_code", flat=True))


def test_the_four_instruments_and_their_provisions():
    instruments = {page.title: page for page in InstrumentPage.objects.all()}
    assert {page.year for page in instruments.values()} == {1948, 1966, 1996, 2012}
    references = set(ProvisionPage.objects.values_list("reference", flat=True))
    assert {"Article 19", "Article 21", "Article 25", "Principle V"} <= references
    assert ProvisionPage.objects.filter(locale=Locale.get_default()).count() == 12
    assert not ProvisionPage.objects.filter(principles=None).exists()


def test_seven_working_groups_including_new_media_in_suva():
    assert WorkingGroupPage.objects.filter(locale=Locale.get_default()).count() == 7
    new_media = WorkingGroupPage.objects.get(locale=Locale.get_default(), title__icontains="new media")
    suva = new_media.meetings.get(place="Suva")
    assert (suva.start_date.isoformat(), suva.country.iso_code, suva.illustrative) == ("2015-12-02", "FJ", False)


def test_case_studies_are_illustrative_and_cover_every_principle_and_area():
    studies = CaseStudyPage.objects.live()
    assert studies.count() >= 12
    assert not studies.filter(illustrative=False).exists()
    assert Country.objects.filter(pk__in=studies.values("countries")).count() >= 8
    assert set(KeyPrinciple.objects.filter(pk__in=studies.values("principles"))) == set(KeyPrinciple.objects.all())
    assert set(PracticeArea.objects.filter(pk__in=studies.values("practice_areas"))) == set(PracticeArea.objects.all())


def test_reports_carry_real_pdfs_whose_text_says_something_specific():
    reports = ReportPage.objects.live().filter(locale=Locale.get_default())
    assert reports.count() == 3
    for report in reports:
        document = report.documents.get().document
        with document.file.open("rb") as handle:
            text = " ".join(page.extract_text() for page in PdfReader(handle).pages)
        phrase = PDF_ONLY_PHRASES[report.slug]
        assert phrase in " ".join(text.split()), report.slug
        assert phrase not in report.summary + report.body


def test_every_page_is_published_with_a_revision():
    pages = Page.objects.filter(depth__gt=1)
    assert not pages.filter(live=False).exists()
    assert not pages.filter(latest_revision=None).exists()


def test_the_demo_admin_is_created_once_and_can_sign_in(client):
    first, second = io.StringIO(), io.StringIO()
    call_command("create_demo_admin", stdout=first)
    call_command("create_demo_admin", stdout=second)
    assert User.objects.filter(email="secretariat@cen.example.org").count() == 1
    password = re.search(r"password: (\S+)", second.getvalue()).group(1)
    user = User.objects.get(email="secretariat@cen.example.org")
    assert user.check_password(password)
    assert user.is_superuser and user.groups.filter(name="Secretariat").exists()
    assert "Reset the password" in second.getvalue()
