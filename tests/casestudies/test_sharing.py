""" "Share your practice": members send a practice to the Secretariat without the CMS."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents import get_document_model
from wagtail.models import WorkflowState

from casestudies.models import CaseStudyPage, PracticeSubmission
from demo.pdf import build_report_pdf
from tests.factories import (
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    MemberProfileFactory,
    UserFactory,
    secretariat_user,
)

pytestmark = pytest.mark.django_db


def pdf(name="plan.pdf"):
    return SimpleUploadedFile(name, build_report_pdf({"title": "Plan", "sections": []}), content_type="application/pdf")


@pytest.fixture
def sharer(client, sections):
    fiji = CountryFactory(iso_code="FJ", name="Fiji")
    emb = ElectionManagementBodyFactory(name="Fijian Elections Office", country=fiji)
    KeyPrincipleFactory(name="Responsive", slug="responsive")
    profile = MemberProfileFactory(emb=emb)
    client.force_login(profile.user)
    return profile.user


def form_data(**changes):
    data = {
        "title": "Answering voters on WhatsApp",
        "countries": ["FJ"],
        "emb": get_emb().pk,
        "year": "2022",
        "principles": ["responsive"],
        "summary": "A helpline on a messaging app answered questions within the hour.",
        "what_was_done": "We staffed a helpline.\n\nIt ran for six weeks.",
        "what_was_learned": "Publish the opening hours.",
    }
    data.update(changes)
    return data


def get_emb():
    from cen_portal.taxonomy import ElectionManagementBody

    return ElectionManagementBody.objects.get(name="Fijian Elections Office")


def test_the_form_is_for_members_only(client, sections):
    assert client.get("/en/share-your-practice/").status_code == 302
    client.force_login(UserFactory())
    assert client.get("/en/share-your-practice/").status_code == 403


def test_the_form_starts_from_the_members_own_emb(client, sharer):
    content = client.get("/en/share-your-practice/").content.decode()
    assert f'<option value="{get_emb().pk}" selected>' in content


def test_a_shared_practice_becomes_a_draft_in_review(client, sharer, mailoutbox):
    reviewer = secretariat_user(email="reviewer@cen.example.org")
    response = client.post("/en/share-your-practice/", {**form_data(), "attachments": [pdf()]})
    page = CaseStudyPage.objects.get()
    assert response["Location"] == f"/en/share-your-practice/thank-you/{page.pk}/"
    assert not page.live and page.owner == sharer
    assert [c.iso_code for c in page.countries.all()] == ["FJ"]
    blocks = [block.block_type for block in page.latest_revision.as_object().body]
    assert blocks == ["heading", "paragraph", "lesson", "document"]
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == WorkflowState.STATUS_IN_PROGRESS
    assert PracticeSubmission.objects.get().submitter == sharer
    assert reviewer.email in {address for message in mailoutbox for address in message.to}
    thanks = client.get(response["Location"]).content.decode()
    assert "Answering voters on WhatsApp" in thanks and "has been sent for review" in thanks


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"title": ""}, "This field is required."),
        ({"countries": ["ZZ"]}, "Select a valid choice. ZZ is not one of the available choices."),
        ({"year": "next year"}, "Enter a whole number."),
        ({"principles": []}, "This field is required."),
        ({"what_was_done": "x" * 10_001}, "Ensure this value has at most 10000 characters"),
    ],
)
def test_errors_re_render_with_every_field_kept(client, sharer, changes, message):
    response = client.post("/en/share-your-practice/", {**form_data(**changes), "attachments": [pdf("agenda.pdf")]})
    content = response.content.decode()
    assert response.status_code == 200
    assert message in content
    assert "Please correct the following" in content
    assert (
        "A helpline on a messaging app answered questions within the hour." in content
        or changes.get("summary") is not None
    )
    assert "Publish the opening hours." in content
    # The file is not lost either: it is kept, privately, and offered again.
    kept = get_document_model().objects.get(title="agenda.pdf")
    assert f'name="kept" value="{kept.pk}"' in content
    assert not CaseStudyPage.objects.exists()

    response = client.post("/en/share-your-practice/", {**form_data(), "kept": [kept.pk]})
    page = CaseStudyPage.objects.get()
    assert [b.value["document"] for b in page.latest_revision.as_object().body if b.block_type == "document"] == [kept]


def test_pending_attachments_are_private_until_publication(client, sharer):
    client.post("/en/share-your-practice/", {**form_data(title=""), "attachments": [pdf("secret.pdf")]})
    document = get_document_model().objects.get(title="secret.pdf")
    client.logout()
    response = client.get(document.url)
    assert response.status_code in {302, 403}


@pytest.mark.parametrize(
    "upload,message",
    [
        (SimpleUploadedFile("virus.exe", b"MZ\x90\x00"), "is not a file type we accept"),
        (SimpleUploadedFile("fake.pdf", b"MZ\x90\x00 not a pdf"), "does not look like a .pdf file"),
        (SimpleUploadedFile("huge.pdf", b"%PDF-" + b"0" * (10 * 1024 * 1024)), "files can be at most 10.0"),
    ],
)
def test_attachments_are_checked_for_type_and_size(client, sharer, upload, message):
    response = client.post("/en/share-your-practice/", {**form_data(), "attachments": [upload]})
    assert message in response.content.decode()
    assert not CaseStudyPage.objects.exists()
    assert not get_document_model().objects.exists()


def test_at_most_five_attachments(client, sharer):
    response = client.post(
        "/en/share-your-practice/", {**form_data(), "attachments": [pdf(f"f{n}.pdf") for n in range(6)]}
    )
    assert "Attach at most 5 files." in response.content.decode()


def test_the_sharer_hears_when_it_is_published_or_returned(client, sharer, mailoutbox):
    reviewer = secretariat_user()
    client.post("/en/share-your-practice/", {**form_data(), "attachments": [pdf()]})
    page = CaseStudyPage.objects.get()
    state = WorkflowState.objects.get(object_id=str(page.pk))

    client.force_login(reviewer)
    client.post(
        f"/admin/pages/workflow/action/{page.pk}/reject/{state.current_task_state.pk}/", {"comment": "Which year?"}
    )
    returned = [m for m in mailoutbox if m.to == [sharer.email] and "questions" in m.subject]
    assert returned and "Which year?" in returned[0].body

    mailoutbox.clear()
    page.refresh_from_db()
    page.save_revision(user=reviewer).publish()
    published = [m for m in mailoutbox if m.to == [sharer.email]]
    assert published and "Your practice is published" in published[0].subject
    assert page.url in published[0].body
    document = get_document_model().objects.get()
    assert document.collection.name == "Shared practice"
    client.logout()
    assert client.get(document.url).status_code == 200


def test_a_member_may_upload_only_so_many_files_a_day(client, sharer, settings):
    settings.SHARE_DAILY_UPLOAD_LIMIT = 6
    for round_number in range(2):  # two forms with errors, each keeping three files
        client.post(
            "/en/share-your-practice/",
            {**form_data(title=""), "attachments": [pdf(f"r{round_number}-{n}.pdf") for n in range(3)]},
        )
    assert get_document_model().objects.count() == 6
    response = client.post("/en/share-your-practice/", {**form_data(), "attachments": [pdf("one-more.pdf")]})
    content = response.content.decode()
    assert "A member can attach at most 6 files a day, and you have attached 6 today." in content
    assert 'value="Answering voters on WhatsApp"' in content  # everything typed is kept
    assert get_document_model().objects.count() == 6 and not CaseStudyPage.objects.exists()


def test_uploads_of_forms_never_sent_are_deleted_after_a_day(client, sharer):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    client.post("/en/share-your-practice/", {**form_data(title=""), "attachments": [pdf("abandoned.pdf")]})
    client.post("/en/share-your-practice/", {**form_data(), "attachments": [pdf("sent.pdf")]})
    Document = get_document_model()
    abandoned, sent = Document.objects.get(title="abandoned.pdf"), Document.objects.get(title="sent.pdf")
    path = abandoned.file.path

    call_command("clean_orphan_uploads", stdout=io.StringIO())
    assert Document.objects.count() == 2  # not a day old yet

    Document.objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    output = io.StringIO()
    call_command("clean_orphan_uploads", stdout=output)
    assert "Deleted 1 orphan upload(s)." in output.getvalue()
    assert list(Document.objects.all()) == [sent]  # still used by the draft in review
    assert not os.path.exists(path)


def test_a_request_too_large_to_receive_is_refused_with_a_clear_page(client, sharer, settings):
    settings.MAX_REQUEST_SIZE = 1024
    response = client.post("/en/share-your-practice/", {**form_data(), "attachments": [pdf("big.pdf")]})
    assert response.status_code == 413
    assert "larger than the portal accepts at once (1.0\xa0KB)" in response.content.decode()
    assert not CaseStudyPage.objects.exists()


@pytest.mark.parametrize("kept", ["²", "99999999999999999999999", "-3"])
def test_kept_files_that_cannot_exist_are_ignored(client, sharer, kept):
    response = client.post("/en/share-your-practice/", {**form_data(title=""), "kept": [kept]})
    assert response.status_code == 200 and "This field is required." in response.content.decode()
