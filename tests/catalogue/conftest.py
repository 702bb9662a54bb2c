"""A small portal the importer learns from (tagged items, a working group, the taxonomy with
names a text may use), and PDFs made for each case."""

import io
import zipfile
from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter
from wagtail.rich_text import RichText

from guidance.models import GuidanceIndexPage
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
    ReportPageFactory,
    WorkingGroupPageFactory,
    make_sections,
    secretariat_user,
)

KENYA_TEXT = [
    "Ahead of the 2022 general election, the Independent Electoral and Boundaries Commission opened a "
    "call centre in Nairobi to answer voters on polling day.",
    "The team answered questions by telephone, SMS and direct message from one set of approved answers, "
    "so that every voter got the same reply whichever channel they used.",
    "Kenyan voters preferred direct messages once response times were published.",
]
FRENCH_TEXT = [
    "Un compte officiel piraté peut diffuser de fausses informations sur le scrutin en quelques minutes.",
    "Lors d'un atelier tenu à Yaoundé, des agents électoraux camerounais ont dressé la liste des mesures "
    "les plus utiles pour protéger les comptes des organes de gestion des élections.",
    "Il faut activer la double authentification pour chaque administrateur et retirer sans délai l'accès "
    "des agents qui quittent l'équipe.",
]


def make_pdf(title, paragraphs, author="Secretariat"):
    pdf = FPDF(format="A4")
    pdf.set_author(author)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    for paragraph in paragraphs:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def scanned_pdf():
    """A page with a picture of text but no text layer: a drawn shape only."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")
    return bytes(pdf.output())


def encrypted_pdf(content):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(content)))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def zip_of(members, name="batch.zip"):
    """A ZIP upload of {name in the archive: bytes}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="application/zip")


def pdf_upload(name, content):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def library(home):
    """Taxonomy, two tagged case studies and a report to learn from, and the places drafts go."""
    africa = RegionFactory(name="Africa", slug="africa")
    kenya = CountryFactory(iso_code="KE", name="Kenya", region=africa)
    cameroon = CountryFactory(iso_code="CM", name="Cameroon", region=africa)
    ghana = CountryFactory(iso_code="GH", name="Ghana", region=africa)
    iebc = ElectionManagementBodyFactory(
        name="Independent Electoral and Boundaries Commission", abbreviation="IEBC", country=kenya
    )
    responsive = KeyPrincipleFactory(
        slug="responsive", name="Responsive", summary="Answer voters' questions quickly on every channel they use."
    )
    secure = KeyPrincipleFactory(
        slug="secure", name="Secure", summary="Protect official accounts, passwords and administrators from attack."
    )
    staffing = PracticeAreaFactory(
        number="3.3",
        slug="dedicating-staff-resources",
        title="Dedicating staff resources",
        summary="A team to answer voters' questions by telephone and messages, with approved answers.",
    )
    security = PracticeAreaFactory(
        number="3.9",
        slug="security-of-information",
        title="Security of information",
        summary="Two-factor authentication for administrators of official accounts and a recovery plan.",
    )
    sections = make_sections(home)
    guidance = GuidanceIndexPage(title="Guidance", slug="guidance")
    home.add_child(instance=guidance)
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on Voter Information")
    group.participating_embs.add(iebc)
    study = CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="A polling-day question desk",
        summary="A call centre answering voters' questions by telephone and SMS.",
        principles=[responsive],
        practice_areas=[staffing],
        countries=[ghana],
    )
    study.body = [
        (
            "paragraph",
            RichText(
                "<p>Approved answers for every question voters ask by telephone, SMS and direct message on polling day.</p>"
            ),
        )
    ]
    study.save_revision().publish()
    security_study = CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Recovering a hijacked account",
        summary="Two-factor authentication and a recovery plan for official accounts.",
        principles=[secure],
        practice_areas=[security],
        countries=[cameroon],
    )
    security_study.save_revision().publish()
    report = ReportPageFactory(
        parent=group,
        title="Report of the Working Group on Voter Information",
        principles=[responsive],
        countries=[kenya],
    )
    report.save_revision().publish()
    return SimpleNamespace(
        kenya=kenya,
        cameroon=cameroon,
        ghana=ghana,
        iebc=iebc,
        responsive=responsive,
        secure=secure,
        staffing=staffing,
        security=security,
        sections=sections,
        guidance=guidance,
        group=group,
        secretariat=secretariat_user(),
    )
