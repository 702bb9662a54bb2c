"""Turning a member's "Share your practice" form into a draft case study in the
Secretariat's review, and telling the member what became of it."""

from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from wagtail.models import Collection, CollectionViewRestriction, ReferenceIndex

from cen_portal.mail import send_templated_email
from cen_portal.text import paragraphs_html
from members.models import SECRETARIAT_GROUP

from .forms import MAX_ATTACHMENTS
from .models import CaseStudyIndexPage, CaseStudyPage, PracticeSubmission

PENDING_COLLECTION = "Shared practice: awaiting review"
PUBLISHED_COLLECTION = "Shared practice"
# Uploads kept for a form that was never sent are deleted after this long.
ORPHAN_AFTER = timedelta(days=1)


class NoCaseStudyListing(Exception):
    pass


def collection(name, private=False):
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first() or root.add_child(name=name)
    if private and not CollectionViewRestriction.objects.filter(collection=found).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=found, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name=SECRETARIAT_GROUP))
    return found


def keep_uploads(files, user):
    """Store uploaded files privately straight away, so a form with other errors does not
    lose them: only the Secretariat can open them until the practice is published."""
    Document = get_document_model()
    pending = collection(PENDING_COLLECTION, private=True)
    documents = []
    for file in files:
        document = Document(title=file.name, collection=pending, uploaded_by_user=user)
        document.file.save(file.name, file, save=False)
        document.file_size = file.size
        document.save()
        documents.append(document)
    return documents


def uploads_today(user):
    """How many files this member has uploaded through the form in the last 24 hours."""
    since = timezone.now() - timedelta(days=1)
    pending = collection(PENDING_COLLECTION, private=True)
    return get_document_model().objects.filter(uploaded_by_user=user, collection=pending, created_at__gte=since).count()


def upload_problem(user, kept, uploads):
    """Why these new uploads cannot be kept with the files already kept, or None."""
    if len(kept) + len(uploads) > MAX_ATTACHMENTS:
        return _("Attach at most %(count)s files in all.") % {"count": MAX_ATTACHMENTS}
    done = uploads_today(user)
    if uploads and done + len(uploads) > settings.SHARE_DAILY_UPLOAD_LIMIT:
        return _(
            "A member can attach at most %(limit)s files a day, and you have attached %(count)s today. Send the "
            "form without new files and add them tomorrow, or email them to the Secretariat."
        ) % {"limit": settings.SHARE_DAILY_UPLOAD_LIMIT, "count": done}
    return None


def orphan_uploads():
    """Files kept for a form that was never sent (or whose draft was deleted): in the pending
    collection for over a day and used by no page."""
    pending = collection(PENDING_COLLECTION, private=True)
    old = get_document_model().objects.filter(collection=pending, created_at__lt=timezone.now() - ORPHAN_AFTER)
    used = ReferenceIndex.get_references_to_in_bulk(old).values_list("to_object_id", flat=True)
    return old.exclude(pk__in=[int(pk) for pk in used])


def delete_orphan_uploads():
    count = 0
    for document in orphan_uploads():
        document.file.delete(save=False)
        document.delete()
        count += 1
    return count


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
        send_templated_email(
            "casestudies/email/published", {"page": page, "submission": submission}, [submission.submitter.email]
        )
    submission.published_notice_sent = True
    submission.save(update_fields=["published_notice_sent"])


def tell_submitter_returned(page, comment):
    submission = PracticeSubmission.objects.filter(page=page).select_related("submitter").first()
    if submission is None or submission.submitter is None:
        return
    send_templated_email(
        "casestudies/email/returned",
        {"page": page, "submission": submission, "comment": comment},
        [submission.submitter.email],
    )
