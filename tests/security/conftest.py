"""The demo content with a canary in every private place, the seven readers, and both backends.

Each canary is a made-up word in lower case that occurs nowhere else. The detector finds it in
any case; searches ask for it in mIxEd case, and the detector leaves out what the reader typed,
so the search page echoing the reader's own words is never mistaken for a leak, while the
portal's stored text (titles, snippets, suggestions) is caught however it is shown.

Restrictions and translations are planted in every order (restrict then translate, translate
then restrict, restrict a parent after a child is translated), and each working group has a
draft, so that the admin's choosers and listings are crawled by the other group's editor.
"""

import datetime
import email.policy
import io
import re
from dataclasses import dataclass, field, replace
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import Q
from django.test import Client, override_settings
from django.utils import timezone
from fpdf import FPDF
from PIL import Image as PillowImage
from PIL.PngImagePlugin import PngInfo
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, PageViewRestriction

from casestudies.models import CaseStudyIndexPage, CaseStudyPage, PracticeSubmission
from catalogue.importing import start_batch
from catalogue.models import ImportedFile
from catalogue.tasks import read_imported_file
from cen_portal.i18n import with_language
from cen_portal.models import CountryIndexPage
from cen_portal.taxonomy import ElectionManagementBody, KeyPrinciple
from cen_portal.uploads import keep_uploads
from emailreplies.addresses import reply_address
from emailreplies.processing import store
from forums import actions
from forums.models import Category
from indicators.models import Correction
from instruments.models import InstrumentPage, ProvisionPage
from members.models import MemberProfile
from networkevents.models import EventIndexPage, EventOutput, EventPage, Registration
from questions.actions import ANSWER_COLLECTION, response_url
from questions.models import Answer, Invitation, Question
from search.sync import request_update
from tests.conftest import engine_node_lock, require
from tests.demo_world import load_demo
from tests.factories import MemberProfileFactory, secretariat_user, with_authenticator
from tests.search.conftest import BACKENDS, index_now, reset_engine_state, running_engine_url, world_on
from workinggroups.models import ReportDocument, ReportPage, WorkingGroupPage

ANONYMOUS = "anonymous"
MEMBER = "member"
# Working-group members are their group's editors (the admin is open to them, with TOTP).
GROUP_A = "group A editor"
GROUP_B = "group B editor"
DECLINED_EXPERT = "member who declined an expert invitation"
FORMER_MEMBER = "former group A member"
SECRETARIAT = "Secretariat"
ROLES = [ANONYMOUS, MEMBER, GROUP_A, GROUP_B, DECLINED_EXPERT, FORMER_MEMBER, SECRETARIAT]

GROUP_A_SLUG = "new-media"
GROUP_B_SLUG = "voter-education"

# name -> the made-up word planted there.
CANARIES = {
    "group A thread title": "quorvexian",
    "group A thread reply": "zephtrilomb",
    "group B thread title": "ostrevalmic",
    "open forum post": "clavendrosk",
    "member-only page": "hobbernautic",
    "member-only page in French": "vizzelbranque",
    "group A report": "brindlewhask",
    "group A document": "trevanquilor",
    "group A image": "fandoprexil",
    "draft page": "mossquidrant",
    "unpublished draft revision": "plonkavetry",
    "password-protected page": "yarnithelqa",
    "pending submission": "glimmerfostic",
    "pending submission attachment": "snorvaldicum",
    "member profile": "wuzzlethorpe",
    "member-only section title": "vellumcrastic",
    "member-only provision": "quillapendric",
    "private question": "drumbelquist",
    "private question answer": "ombrevantile",
    "private question attachment": "quendaropsy",
    "private question awaiting triage": "brackenvolute",
    "pending correction": "spindlewhorf",
    "group A report translated after its restriction": "frasquelindor",
    "French provision of an instrument restricted afterwards": "pellucadrine",
    "group A draft report": "gorblinquast",
    "group B draft report": "tinderwhallop",
    "group A event": "pommelrastic",
    "group A event translated after its restriction": "glissenbrouk",
    "member-only event translated before its restriction": "crumplevastine",
    "answer given when registering": "thrimbolecture",
    "group A reply by email": "vorpelmandrix",
    "imported file awaiting review": "scrivelbantor",
}

PASSWORD = "a-page-password"


@dataclass
class Portal:
    """The planted demo: who the readers are and where the private things live."""

    backend: str
    users: dict = field(default_factory=dict)
    # A reader whose session began before the test (the former member's, from when they were in the group).
    clients: dict = field(default_factory=dict)
    direct_urls: list = field(default_factory=list)
    admin_urls: list = field(default_factory=list)
    private_files: dict = field(default_factory=dict)
    # The reading packs each reader made: {role: [download addresses]}.
    packs: dict = field(default_factory=dict)
    rebuilt: bool = False


def uncompressed_pdf(title, text):
    """A PDF whose text is stored as written, so the word is in the file's bytes."""
    pdf = FPDF(format="A4")
    pdf.set_compression(False)
    pdf.set_title(title)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 6, text)
    return bytes(pdf.output())


def png_with_text(text):
    """A small PNG carrying the word in a text chunk of the original file."""
    buffer = io.BytesIO()
    info = PngInfo()
    info.add_text("Description", text)
    PillowImage.new("RGB", (40, 30), (30, 90, 160)).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def published_child(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# The admin views of each private page: its editor, its parent's listing, its history, usage and
# revisions, and the admin API.
PAGE_ADMIN_URLS = [
    "/admin/pages/{page}/edit/",
    "/admin/pages/{parent}/",
    "/admin/api/main/pages/{page}/",
    "/admin/pages/{page}/history/",
    "/admin/pages/{page}/usage/",
    "/admin/pages/{page}/revisions/",
    "/admin/pages/{page}/revisions/compare/earliest...latest/",
    "/admin/pages/{page}/workflow_history/",
    "/admin/pages/{page}/view_draft/",
    "/admin/choose-page/{parent}/",
]


def restrict(page, kind, groups=(), password=""):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind, password=password)
    if groups:
        restriction.groups.set(groups)
    return restriction


def case_study(slug, title, summary, body=None, **fields):
    emb = ElectionManagementBody.objects.select_related("country").first()
    page = CaseStudyPage(
        slug=slug,
        title=title,
        summary=summary,
        year=2021,
        emb=emb,
        body=body or [{"type": "paragraph", "value": f"<p>{summary}</p>"}],
        **fields,
    )
    page.countries = [emb.country]
    page.principles = list(KeyPrinciple.objects.all()[:1])
    return page


def event_page(slug, title, **fields):
    day = timezone.localdate() + datetime.timedelta(days=30)
    page = EventPage(
        slug=slug,
        title=title,
        event_kind=EventPage.Kind.WEBINAR,
        summary="An event planted for the crawler.",
        start_date=day,
        start_time=datetime.time(13, 0),
        end_date=day,
        end_time=datetime.time(14, 0),
        time_zone="Europe/London",
        **fields,
    )
    page.principles = list(KeyPrinciple.objects.all()[:1])
    return page


def copy_tags(source, page):
    for name in ("principles", "practice_areas", "countries"):
        setattr(page, name, list(getattr(source, name).all()))


def reply_by_email(member, thread, text):
    address = reply_address(member, "thread", thread.pk)
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = member.email, address, f"Re: {thread.title}"
    message["Message-ID"] = make_msgid(domain="canary.example.org")
    message.set_content(f"{text}\n\nOn Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal wrote:\n> {thread.title}\n")
    assert store(message.as_bytes(policy=email.policy.SMTP), address, member.email, "127.0.0.1")


def plant_canaries(portal):
    """A canary in every private place the portal has, through the portal's own code."""
    word = CANARIES
    # The demo's pages as written in English (some have French translations beside them).
    english = Locale.get_default()
    wg_a = WorkingGroupPage.objects.get(slug=GROUP_A_SLUG, locale=english)
    wg_b = WorkingGroupPage.objects.get(slug=GROUP_B_SLUG, locale=english)
    group_a, group_b = wg_a.member_group, wg_b.member_group
    case_studies = CaseStudyIndexPage.objects.get(locale=english)
    emb = ElectionManagementBody.objects.select_related("country").first()

    # The readers. Working-group members may open the admin, so they need a second factor.
    users = portal.users
    users[MEMBER] = MemberProfileFactory(emb=emb).user
    users[GROUP_A] = MemberProfileFactory(emb=emb).user
    users[GROUP_A].groups.add(group_a)
    with_authenticator(users[GROUP_A])
    users[GROUP_B] = MemberProfileFactory(emb=emb).user
    users[GROUP_B].groups.add(group_b)
    with_authenticator(users[GROUP_B])
    users[SECRETARIAT] = secretariat_user()
    users[ANONYMOUS] = None
    users[DECLINED_EXPERT] = MemberProfileFactory(emb=emb).user
    users[FORMER_MEMBER] = MemberProfileFactory(emb=emb).user
    users[FORMER_MEMBER].groups.add(group_a)
    with_authenticator(users[FORMER_MEMBER])
    author_a = MemberProfileFactory(emb=emb).user
    author_a.groups.add(group_a)
    author_b = MemberProfileFactory(emb=emb).user
    author_b.groups.add(group_b)

    # Forums: group A's and group B's private spaces, and an open category.
    space_a = Category.objects.get(slug=f"wg-{GROUP_A_SLUG}")
    thread_a = actions.start_thread(
        space_a, author_a, f"Liaison plan for the {word['group A thread title']} count", "A first draft of the plan."
    )
    actions.reply(thread_a, author_a, f"The {word['group A thread reply']} figures go to the chair first.")
    # A reply by email, through the receiver's own storage and the worker's processing.
    reply_by_email(author_a, thread_a, f"Agreed: the {word['group A reply by email']} table goes in the annex.")
    thread_b = actions.start_thread(
        Category.objects.get(slug=f"wg-{GROUP_B_SLUG}"),
        author_b,
        f"School visits and the {word['group B thread title']} kit",
        "Which schools first?",
    )
    open_thread = actions.start_thread(
        Category.objects.get(slug="general"),
        users[MEMBER],
        "Counting centre lighting",
        f"We used {word['open forum post']} lamps in every counting centre.",
    )

    # A page for members only (a login restriction). Private pages carry their canary in the
    # title too, so a title shown in a menu, a listing or the admin is caught as well. It is
    # the twin of a public case study, so it is that page's closest related item.
    twin = CaseStudyPage.objects.live().public().order_by("path").first()
    member_page = case_study(
        "polling-staff-rota",
        f"Polling staff {word['member-only page']} rota",
        f"Rotas kept in the {word['member-only page']} tool.",
        body=[{"type": block["type"], "value": block["value"]} for block in twin.body.raw_data]
        + [{"type": "paragraph", "value": f"<p>Rotas kept in the {word['member-only page']} tool.</p>"}],
    )
    copy_tags(twin, member_page)
    member_page = published_child(case_studies, member_page)
    # Its French translation, made while the page was still public: restricting the English
    # page afterwards must restrict the translation too.
    traduction = member_page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    traduction.title = f"Le tableau {word['member-only page in French']} des agents de scrutin"
    traduction.save_revision().publish()
    # A passer-by reads both and their listings while they are public, so the page cache keeps
    # them (cen_portal/public_cache.py); from the restriction on, none is served from it again.
    passer_by = Client()
    public_then = [member_page.url, traduction.url, case_studies.url, traduction.get_parent().url]
    for address in public_then:
        assert passer_by.get(address).status_code == 200, address
    restrict(member_page, PageViewRestriction.LOGIN)
    for address in public_then:
        content = passer_by.get(address).content.decode()
        assert word["member-only page"] not in content, address
        assert word["member-only page in French"] not in content, address
    portal.direct_urls.append(traduction.url)
    portal.direct_urls.append(twin.url)

    # A top-level section for members only, in the main menu, and a provision for members
    # only under a public instrument.
    section = CountryIndexPage.objects.get(locale=english)
    section.title = f"Countries of the {word['member-only section title']} network"
    section.save_revision().publish()
    restrict(section, PageViewRestriction.LOGIN)
    instrument = InstrumentPage.objects.live().first()
    provision = ProvisionPage(
        title=f"The {word['member-only provision']} clause",
        slug="members-clause",
        reference="Article 99",
        summary="A note for members on counting disputes.",
    )
    provision.principles = list(KeyPrinciple.objects.all()[:1])
    provision = published_child(instrument, provision)
    restrict(provision, PageViewRestriction.LOGIN)

    # Group A's report for its members only, with a document from the group's collection.
    Document = get_document_model()
    document = Document(title="Liaison annex", collection=wg_a.collection)
    document.file.save("liaison-annex.txt", ContentFile(f"Annex: the {word['group A document']} tally.\n"), save=False)
    document.file_size = document.file.size
    document.save()
    twin_report = ReportPage.objects.live().public().child_of(wg_a).first()
    report = ReportPage(
        title=f"The {word['group A report']} liaison report",
        slug="liaison-report",
        summary=twin_report.summary,
        publication_date=twin_report.publication_date,
        body=f"{twin_report.body}<p>The {word['group A report']} protocol is agreed.</p>",
    )
    copy_tags(twin_report, report)
    portal.direct_urls.append(twin_report.url)
    report.documents = [ReportDocument(document=document)]
    report = published_child(wg_a, report)
    restrict(report, PageViewRestriction.GROUPS, groups=[group_a])

    # A second report of group A, restricted to the group and then translated (as
    # wagtail-localize's Translate does), its French title carrying the canary. Were the French
    # working-groups section under a restriction of its own, Wagtail alone would not restrict
    # the French copy to the group.
    restricted_report = published_child(
        wg_a,
        ReportPage(
            title="Platform takedown requests",
            slug="platform-takedown-requests",
            summary="What platforms were asked to take down, and when.",
            publication_date=datetime.date(2020, 5, 1),
        ),
    )
    restrict(restricted_report, PageViewRestriction.GROUPS, groups=[group_a])
    translated_report = restricted_report.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    )
    translated_report.title = (
        f"Demandes de retrait {word['group A report translated after its restriction']} aux plateformes"
    )
    translated_report.save_revision().publish()
    portal.direct_urls.append(translated_report.url)

    # A public instrument's provision translated into French, then the instrument restricted
    # to members: its French provision follows.
    members_instrument = published_child(
        InstrumentPage.objects.live().first().get_parent(),
        InstrumentPage(
            title="Code of conduct for counting staff",
            slug="counting-staff-code",
            year=2019,
            adopting_body="A regional association of election officials",
            summary="Standards for the staff of counting centres.",
        ),
    )
    counting_provision = ProvisionPage(
        title="Breaks during the count",
        slug="breaks-during-the-count",
        reference="Article 3",
        summary="Who relieves whom.",
    )
    counting_provision.principles = list(KeyPrinciple.objects.all()[:1])
    counting_provision = published_child(members_instrument, counting_provision)
    provision_fr = counting_provision.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    provision_fr.title = (
        f"Les pauses {word['French provision of an instrument restricted afterwards']} du dépouillement"
    )
    provision_fr.save_revision().publish()
    restrict(members_instrument, PageViewRestriction.LOGIN)
    portal.direct_urls.append(provision_fr.url)

    # Events: group A's webinar (its title and online link carry the canary), restricted to the
    # group and then translated; a members' briefing translated first and restricted afterwards;
    # and a public meeting whose outputs include group A's restricted report.
    french = Locale.objects.get(language_code="fr")
    events_index = EventIndexPage.objects.get(locale=english)
    webinar = published_child(
        events_index,
        event_page(
            "group-a-webinar",
            f"The {word['group A event']} webinar",
            organising_group=wg_a,
            online_link=f"https://meet.example.org/{word['group A event']}",
        ),
    )
    restrict(webinar, PageViewRestriction.GROUPS, groups=[group_a])
    webinar_fr = webinar.copy_for_translation(french, copy_parents=True)
    webinar_fr.title = f"Le webinaire {word['group A event translated after its restriction']}"
    webinar_fr.save_revision().publish()
    briefing = published_child(events_index, event_page("members-briefing", "Members' briefing"))
    briefing_fr = briefing.copy_for_translation(french, copy_parents=True)
    briefing_fr.title = f"Le point {word['member-only event translated before its restriction']} des membres"
    briefing_fr.save_revision().publish()
    restrict(briefing, PageViewRestriction.LOGIN)
    liaison_meeting = event_page(
        "liaison-meeting",
        "Liaison meeting",
        registration_open=True,
        registration_question="Do you need a visa letter?",
    )
    liaison_meeting.outputs = [EventOutput(page=report)]
    published_child(events_index, liaison_meeting)
    # A member's answer when registering: for the organisers (the Secretariat) only.
    Registration.register(liaison_meeting, users[MEMBER], f"A visa letter, {word['answer given when registering']}")
    portal.direct_urls += [f"{liaison_meeting.url}registrations/", f"{liaison_meeting.url}registrations/csv/"]
    portal.direct_urls += [webinar.url, webinar_fr.url, briefing_fr.url, f"{webinar.url}calendar/"]

    # A draft report in each working group, never published: its group's editors see it in the
    # admin, the other group's do not, in any chooser or listing.
    group_drafts = []
    for group_page, canary in ((wg_a, "group A draft report"), (wg_b, "group B draft report")):
        group_draft = ReportPage(
            title=f"The {word[canary]} confidential draft",
            slug=f"{canary.replace(' ', '-')}",
            summary="Not yet agreed.",
            publication_date=datetime.date(2024, 1, 1),
            live=False,
        )
        group_page.add_child(instance=group_draft)
        group_draft.save_revision()
        group_drafts.append(group_draft)

    # Group A's image, used only by a case study kept for group A.
    Image = get_image_model()
    image = Image(
        title=f"Seating plan {word['group A image']}",
        collection=wg_a.collection,
        file=ImageFile(io.BytesIO(png_with_text(word["group A image"])), name="seating-plan.png"),
    )
    image.save()
    image_page = published_child(
        case_studies,
        case_study(
            "seating-plan-for-the-count",
            "Seating plan for the count",
            "Where each party agent sits during the count.",
            body=[{"type": "image", "value": {"image": image.pk, "caption": "The hall."}}],
        ),
    )
    restrict(image_page, PageViewRestriction.GROUPS, groups=[group_a])

    # A draft never published, and a published page's unpublished draft revision.
    draft = case_study(
        "ballot-paper-reconciliation",
        f"Ballot paper {word['draft page']} reconciliation",
        f"Reconciling ballots with {word['draft page']} sheets.",
    )
    draft.live = False
    case_studies.add_child(instance=draft)
    draft.save_revision()
    revised = published_child(
        case_studies, case_study("results-hotline", "Results hotline", "A hotline for results questions.")
    )
    revised = CaseStudyPage.objects.get(pk=revised.pk)
    revised.title = f"Results {word['unpublished draft revision']} hotline"
    revised.summary = f"A hotline staffed by {word['unpublished draft revision']} volunteers."
    revised.save_revision()

    # A password-protected page.
    protected = published_child(
        case_studies,
        case_study(
            "observer-briefing-pack",
            f"Observer {word['password-protected page']} briefing pack",
            f"The {word['password-protected page']} briefing.",
        ),
    )
    restrict(protected, PageViewRestriction.PASSWORD, password=PASSWORD)

    # A practice shared through the real form, waiting for the Secretariat, with an attachment.
    submitter = MemberProfileFactory(emb=emb).user
    sharer = Client()
    sharer.force_login(submitter)
    response = sharer.post(
        "/en/share-your-practice/",
        {
            "title": f"Mobile {word['pending submission']} registration vans",
            "countries": [emb.country.iso_code],
            "emb": emb.pk,
            "year": "2022",
            "principles": [KeyPrinciple.objects.first().slug],
            "summary": f"Vans fitted with {word['pending submission']} kits toured the islands.",
            "what_was_done": "We registered voters from vans.",
            "what_was_learned": "Tell people the route a week ahead.",
            "attachments": [
                SimpleUploadedFile(
                    "route-plan.pdf",
                    uncompressed_pdf("Route plan", f"The {word['pending submission attachment']} route."),
                    content_type="application/pdf",
                )
            ],
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    submission = PracticeSubmission.objects.select_related("page").get(submitter=submitter)
    pending_document = Document.objects.get(uploaded_by_user=submitter)

    # A field of a member's profile, shown only in the member directory.
    profile = MemberProfile.objects.exclude(user__in=[u for u in users.values() if u]).first()
    profile.expertise_notes = f"Running {word['member profile']} drills"
    profile.save()

    # Ask the network: a question only its asker (the member), its invited expert and the
    # Secretariat may read, closed so that the index holds it under their own labels; an answer
    # and the answer's attachment.
    expert = MemberProfileFactory(emb=emb).user
    question = Question.objects.create(
        asker=users[MEMBER],
        title=f"How do other EMBs staff a {word['private question']} desk?",
        details="We are planning the next general election.",
        why_now="The budget is decided next month.",
        deadline=datetime.date.today() + datetime.timedelta(days=14),
        visibility=Question.Visibility.PRIVATE,
        stage=Question.Stage.CLOSED,
        closed_at=timezone.now(),
        consolidated_reply="Two EMBs answered.",
        reply_audience=Question.ReplyAudience.ASKER,
    )
    Invitation.objects.create(question=question, expert=expert, status=Invitation.Status.ACCEPTED)
    # An expert who said "not me" keeps the email: its "accept" link must not open the question.
    declined = Invitation.objects.create(
        question=question, expert=users[DECLINED_EXPERT], status=Invitation.Status.DECLINED
    )
    portal.direct_urls.append(response_url(declined, "accept"))
    reply = Answer.objects.create(
        question=question, author=expert, body=f"We ran it with {word['private question answer']} rotas."
    )
    [evidence] = keep_uploads(
        [SimpleUploadedFile("desk-rota.txt", f"The {word['private question attachment']} rota.".encode())],
        expert,
        ANSWER_COLLECTION,
    )
    attachment = reply.attachments.create(document=evidence)
    request_update(question.search_key)

    # A private question still waiting for triage: in the Secretariat's queue on /questions/ and
    # in its asker's own list, nowhere else (open questions are not in the index).
    waiting = Question.objects.create(
        asker=users[MEMBER],
        title=f"Has any EMB tried a {word['private question awaiting triage']} register?",
        details="We are drafting the rules.",
        why_now="Parliament debates them next month.",
        deadline=datetime.date.today() + datetime.timedelta(days=14),
        visibility=Question.Visibility.PRIVATE,
    )

    # A suggested correction waits in the Secretariat's queue with its explanation.
    Correction.objects.create(
        page=CaseStudyPage.objects.live().public().first(),
        explanation=f"The year is wrong; see the {word['pending correction']} minutes.",
        email="observer@example.org",
    )
    portal.direct_urls += [
        question.get_absolute_url(),
        waiting.get_absolute_url(),
        f"/en/questions/{question.pk}/attachments/{attachment.pk}/",
        evidence.url,
        "/en/questions/",
        "/en/ask/",
        "/en/practice-data/",
        "/en/practice-data/corrections/",
        "/admin/search-insights/",
    ]

    pages = [
        member_page,
        report,
        image_page,
        draft,
        revised,
        protected,
        submission.page,
        section,
        provision,
        restricted_report,
        translated_report,
        provision_fr,
        *group_drafts,
    ]
    for page in pages:
        # Its address in each language: a page not translated into French is served as
        # written under /fr/ (HomePage.route), with the same restrictions.
        portal.direct_urls += [page.get_url(), with_language(page.get_url(), "fr")]
        portal.admin_urls += [
            admin_url.format(page=page.pk, parent=page.get_parent().pk) for admin_url in PAGE_ADMIN_URLS
        ]
    for thread in [thread_a, thread_b, open_thread]:
        portal.direct_urls.append(thread.get_absolute_url())
    # The back catalogue: a file the Secretariat imported, read by the worker, waiting for review
    # in the private imports collection (its title, text and suggestions carry the canary).
    imported_word = word["imported file awaiting review"]
    upload = SimpleUploadedFile(
        f"{imported_word}-minutes.pdf",  # the document's title in the admin until a draft is made
        uncompressed_pdf(
            f"The {imported_word} minutes", f"Minutes of the {imported_word} meeting on polling-day staffing."
        ),
    )
    batch = start_batch(f"The {imported_word} archive", [upload], users[SECRETARIAT])
    imported = batch.files.get()
    read_imported_file.call(imported.pk)
    imported.refresh_from_db()
    assert imported.status == ImportedFile.Status.SUGGESTED, imported.problem

    # Private files, with the canary whose readers may open them; originals are never served
    # straight from MEDIA_ROOT, to anyone.
    portal.private_files = {
        f"/en/questions/{question.pk}/attachments/{attachment.pk}/": "private question attachment",
        document.url: "group A document",
        pending_document.url: "pending submission attachment",
        image.get_rendition("width-800").url: "group A image",
        imported.document.url: "imported file awaiting review",
        f"/media/{imported.document.file.name}": None,
        f"/media/{document.file.name}": None,
        f"/media/{pending_document.file.name}": None,
        f"/media/{image.file.name}": None,
    }
    portal.direct_urls += [*portal.private_files, f"/en/share-your-practice/thank-you/{submission.page.pk}/"]
    portal.admin_urls += [f"/admin/documents/edit/{doc.pk}/" for doc in (document, pending_document, imported.document)]
    portal.admin_urls += [
        "/admin/catalogue/",
        f"/admin/catalogue/batch/{batch.pk}/",
        f"/admin/catalogue/file/{imported.pk}/",
    ]
    portal.admin_urls += [f"/admin/documents/usage/{doc.pk}/" for doc in (document, pending_document)]
    portal.admin_urls += [f"/admin/images/usage/{image.pk}/", f"/admin/images/chooser/{image.pk}/"]
    portal.admin_urls += [
        "/admin/choose-page/",
        f"/admin/choose-page/{wg_a.pk}/",
        f"/admin/choose-page/{wg_b.pk}/",
        f"/admin/choose-page/{case_studies.pk}/",
        f"/admin/choose-page/chosen-multiple/?{'&'.join(f'id={page.pk}' for page in pages)}",
        "/admin/workflows/tasks/index/",
        "/admin/reports/locked/",
        "/admin/reports/aging-pages/",
        "/admin/reports/site-history/",
        "/admin/snippets/",
    ]
    portal.admin_urls += [
        "/admin/",
        "/admin/pages/",
        "/admin/documents/",
        "/admin/images/",
        f"/admin/images/{image.pk}/",
        "/admin/documents/chooser/",
        "/admin/images/chooser/",
        "/admin/api/main/pages/",
        f"/admin/api/main/pages/?child_of={case_studies.pk}",
        f"/admin/api/main/pages/?child_of={wg_a.pk}",
    ]

    # A member of group A reads the group's report and thread, then leaves the group: from
    # then on, in the same session, they read what any member reads.
    former = Client()
    former.force_login(users[FORMER_MEMBER])
    for address in (report.url, thread_a.get_absolute_url(), document.url):
        assert former.get(address).status_code == 200, address
    users[FORMER_MEMBER].groups.remove(group_a)
    portal.clients[FORMER_MEMBER] = former


def plant_packs(portal):
    """Reading packs made by each reader, the way they make them: group A's reports, the liaison
    meeting's outputs (group A's restricted report among them) and a selection of every
    canary's page they may add. Every reader then fetches every pack (the crawler reads PDFs)."""
    english = Locale.get_default()
    sources = [
        f"/en/packs/page/{WorkingGroupPage.objects.get(slug=GROUP_A_SLUG, locale=english).pk}/",
        f"/en/packs/page/{EventPage.objects.get(slug='liaison-meeting').pk}/",
        "/en/packs/",
    ]
    canary_pages = Page.objects.filter(
        Q(*[Q(title__icontains=word) for word in CANARIES.values()], _connector=Q.OR)
    ).values_list("pk", flat=True)
    for role in ROLES:
        client = Client()
        if portal.users[role] is not None:
            client.force_login(portal.users[role])
        for pk in canary_pages:
            client.post("/en/packs/add/", {"page": pk})  # 404 for what the reader may not open
        for source in sources:
            client.post(source, {"action": "prepare"})
            page = client.get(source).content.decode()
            portal.packs.setdefault(role, []).extend(re.findall(r'href="(/en/packs/[0-9a-f]{64}/[^"]+\.pdf)"', page))
        portal.direct_urls += portal.packs[role]


def engine_tests_selected(request):
    """Whether the tests of the requesting module that run here include engine tests."""
    return any(item.module is request.module and item.get_closest_marker("engine") for item in request.session.items)


@pytest.fixture(scope="module")
def planted(request, django_db_setup, django_db_blocker):
    """The demo content and its canaries, loaded once and rolled back after. Both copies of the
    knowledge index learn of them, the database's and, when engine tests run here, the engine's
    (search.sync keeps both): each backend's readers crawl the same world, built once (about a
    minute on PostgreSQL)."""
    backend = "engine" if engine_tests_selected(request) and running_engine_url() else "database"
    with world_on(backend, django_db_blocker), engine_node_lock(exclusive=False):
        load_demo()
        call_command("rebuild_knowledge_index", stdout=io.StringIO())
        # Planted after the index is built, so the index learns of them as it would in use.
        world = Portal(backend=backend)
        plant_canaries(world)
        index_now()
        plant_packs(world)
        yield world


@pytest.fixture(scope="module", params=BACKENDS)
def portal(request, planted):
    """The planted world, searched through one backend: the database alone, or the engine."""
    if request.param == "engine":
        require(planted.backend == "engine", "No search engine is running; start one with `make engine`.")
        yield replace(planted, backend="engine")
        return
    with override_settings(SEARCH_URL=""):
        reset_engine_state()
        yield replace(planted, backend="database")
    reset_engine_state()
