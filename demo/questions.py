"""Demo questions to the network: three illustrative questions at different stages.

One just asked and waiting for triage; one kept between the Secretariat and its invited
experts, with answers from two EMBs (one with an attached document); one closed with a
consolidated reply that is now a published guidance note. `load()` is idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import format_html
from wagtail.documents import get_document_model

from cen_portal import workingdays
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region
from cen_portal.text import link_html, paragraphs_html
from cen_portal.uploads import collection
from demo.datafiles import read
from demo.pdf import build_report_pdf
from guidance.models import GuidancePage
from members.models import MemberProfile
from questions.actions import ANSWER_COLLECTION
from questions.models import Answer, AnswerAttachment, Holiday, Invitation, Question

DATA = read("questions")

# Illustrative experts beside the forum demo members; like them, they cannot sign in.
MEMBERS = DATA["MEMBERS"]
# Expertise for the forum demo members, so routing has something to propose.
EXPERTISE = DATA["EXPERTISE"]

ILLUSTRATIVE = "Illustrative question written for the demo."

QUESTIONS = DATA["QUESTIONS"]


def ensure_members():
    User = get_user_model()
    for data in MEMBERS:
        user, created = User.objects.get_or_create(
            email=data["email"], defaults={"first_name": data["first_name"], "last_name": data["last_name"]}
        )
        if created:
            user.set_unusable_password()
            user.save()
        profile, _created = MemberProfile.objects.get_or_create(
            user=user,
            defaults={
                "emb": ElectionManagementBody.objects.get(name=data["emb"]),
                "handle": MemberProfile.free_handle(user),
                "code_of_conduct_accepted_at": timezone.now(),
            },
        )
        profile.expertise.add(*PracticeArea.objects.filter(slug__in=data["expertise"]))
    for email, slugs in EXPERTISE.items():
        profile = MemberProfile.objects.filter(user__email=email).first()
        if profile is not None:
            profile.expertise.add(*PracticeArea.objects.filter(slug__in=slugs))


def attachment_document(title, user):
    pdf = {
        "title": title,
        "sections": [
            {
                "heading": "How to use this log",
                "paragraphs": [
                    "One line per post that names an official: time, platform, link, screenshot, action taken."
                ],
            }
        ],
    }
    content = build_report_pdf(pdf)
    document = get_document_model()(
        title=title, collection=collection(ANSWER_COLLECTION, private=True), uploaded_by_user=user
    )
    document.file.save("incident-log-template.pdf", ContentFile(content), save=False)
    document.file_size = len(content)
    document.save()
    return document


def load(guidance_index):
    """The three demo questions, created once; a second run changes nothing."""
    ensure_members()
    User = get_user_model()
    secretariat_note = "Accepted for the demo."
    for data in QUESTIONS:
        if Question.objects.filter(title=data["title"], illustrative=True).exists():
            continue
        asked = timezone.now() - datetime.timedelta(days=1 if data["stage"] == "asked" else 12)
        deadline = workingdays.add_working_days(workingdays.as_date(asked), data["working_days"], Holiday.closed_days())
        question = Question.objects.create(
            asker=User.objects.get(email=data["asker"]),
            title=data["title"],
            details=data["details"],
            why_now=data["why_now"],
            deadline=deadline,
            visibility=data["visibility"],
            stage=data["stage"],
            created_at=asked,
            illustrative=True,
            principles=KeyPrinciple.objects.filter(slug__in=data["principles"]),
            practice_areas=PracticeArea.objects.filter(slug__in=data["practice_areas"]),
            countries=Country.objects.filter(iso_code__in=data["countries"]),
        )
        question.regions.set(Region.objects.filter(slug__in=data["regions"]))
        if data["stage"] == "asked":
            continue
        question.triaged_at = asked + datetime.timedelta(hours=20)
        question.triage_note = secretariat_note
        question.routed_at = question.triaged_at
        for email in data["experts"]:
            Invitation.objects.create(
                question=question,
                expert=User.objects.get(email=email),
                status=Invitation.Status.ACCEPTED,
                reasons="Illustrative: chosen for the demo.",
                invited_at=question.routed_at,
                responded_at=question.routed_at,
            )
        for day, (email, body, attachment_title) in enumerate(data["answers"], start=3):
            author = User.objects.get(email=email)
            answer = Answer.objects.create(
                question=question, author=author, body=body, created_at=asked + datetime.timedelta(days=day)
            )
            if attachment_title:
                AnswerAttachment.objects.create(answer=answer, document=attachment_document(attachment_title, author))
        if data["stage"] == "closed":
            question.consolidated_reply = data["reply"]
            question.reply_audience = Question.ReplyAudience.PUBLIC
            question.asker_consent = True
            question.closed_at = asked + datetime.timedelta(days=8)
            question.usefulness = data["rating"]
            question.rated_at = question.closed_at
            question.guidance_page = guidance_note(guidance_index, question, data)
            question.consenting_embs.set(question.answering_embs())
        question.save()


def guidance_note(guidance_index, question, data):
    """The closed question's consolidated reply, published as a public guidance note linking back."""
    existing = GuidancePage.objects.child_of(guidance_index).filter(slug=data["guidance_slug"]).first()
    if existing is not None:
        return existing
    link = format_html(
        "<p>This note answers a question put to the Network: {}.</p>",
        link_html(question.get_absolute_url(), question.title),
    )
    page = GuidancePage(
        title=question.title,
        slug=data["guidance_slug"],
        summary=data["reply"][:500],
        year=timezone.now().year,
        body=[
            {"type": "heading", "value": "The question"},
            {"type": "paragraph", "value": paragraphs_html(question.details) + link},
            {"type": "heading", "value": "The consolidated reply"},
            {"type": "paragraph", "value": paragraphs_html(data["reply"])},
        ],
        live=False,
    )
    page.principles = list(KeyPrinciple.objects.filter(slug__in=data["principles"]))
    page.practice_areas = list(PracticeArea.objects.filter(slug__in=data["practice_areas"]))
    guidance_index.add_child(instance=page)
    page.save_revision().publish()
    return page
