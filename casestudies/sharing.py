"""Turning a member's "Share your practice" form into a draft case study in the
Secretariat's review, and telling the member what became of it."""

from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import ReferenceIndex

from cen_portal.mail import email_member
from cen_portal.text import paragraphs_html
from cen_portal.uploads import collection

from .models import CaseStudyIndexPage, CaseStudyPage, PracticeSubmission

PENDING_COLLECTION = "Shared practice: awaiting review"
PUBLISHED_COLLECTION = "Shared practice"


class NoCaseStudyListing(Exception):
    pass


def used_by_pages(documents):
    """The documents a page uses (a draft in review uses its attachments)."""
    used = ReferenceIndex.get_references_to_in_bulk(documents).values_list("to_object_id", flat=True)
    return [int(pk) for pk in used]


def kept_documents(ids, user):
    pending = collection(PENDING_COLLECTION, private=True)
    return list(get_document_model().objects.filter(pk__in=ids, uploaded_by_user=user, collection=pending))


@transaction.atomic
def submit(data, documents, user):
    parent = CaseStudyIndexPage.objects.first()
    if parent is None:
        raise NoCaseStudyListing("The portal has no case-study section to hold your practice yet.")
    body = [
        {"type": "heading", "value": "What was done"},
        {"type": "paragraph", "value": paragraphs_html(data["what_was_done"])},
        {"type": "lesson", "value": {"title": "What was learned", "text": paragraphs_html(data["what_was_learned"])}},
    ] + [{"type": "document", "value": {"document": document.pk, "title": ""}} for document in documents]
    page = CaseStudyPage(
        title=data["title"],
        summary=data["summary"],
        emb=data["emb"],
        year=data["year"],
        body=body,
        live=False,
        owner=user,
    )
    page.countries = list(data["countries"])
    page.principles = list(data["principles"])
    page.practice_areas = list(data["practice_areas"])
    parent.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    PracticeSubmission.objects.create(page=page, submitter=user)
    page.get_workflow().start(page, user)
    log(page, "casestudies.shared", user=user, data={"title": page.title})
    return page


def tell_submitter_published(page):
    submission = (
        PracticeSubmission.objects.filter(page=page, published_notice_sent=False).select_related("submitter").first()
    )
    if submission is None:
        return
    public = collection(PUBLISHED_COLLECTION)
    for block in page.body:
        if block.block_type == "document":
            document = block.value["document"]
            document.collection = public
            document.save(update_fields=["collection"])
    if submission.submitter:
        email_member("casestudies/email/published", {"page": page, "submission": submission}, submission.submitter)
    submission.published_notice_sent = True
    submission.save(update_fields=["published_notice_sent"])


def tell_submitter_returned(page, comment):
    submission = PracticeSubmission.objects.filter(page=page).select_related("submitter").first()
    if submission is None or submission.submitter is None:
        return
    email_member(
        "casestudies/email/returned", {"page": page, "submission": submission, "comment": comment}, submission.submitter
    )
