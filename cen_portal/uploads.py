"""Files members attach to forms (Share your practice, answers to questions): checked for type
and size (AttachmentsField), stored privately at once so that a form with other errors loses
none of them, limited per member per day across every such form, and deleted when the form
they were kept for was never sent.

Each app that keeps uploads registers its collection with a function that says which of the
collection's documents are in use (register_upload_collection)."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from .groups import SECRETARIAT_GROUP

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
# What each allowed kind of file must start with, so a renamed executable is refused.
SIGNATURES = {
    "pdf": [b"%PDF-"],
    "docx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files at once (Django's documented pattern), each checked for type and size."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(f".{ext}" for ext in SIGNATURES)}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, (list, tuple)) else [data]) if file]
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("Attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS})
        for file in files:
            check_attachment(file)
        return files


def check_attachment(file):
    name = file.name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in SIGNATURES:
        raise forms.ValidationError(
            _("“%(name)s” is not a file type we accept. Use PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG."),
            params={"name": name},
        )
    if file.size > MAX_ATTACHMENT_SIZE:
        raise forms.ValidationError(
            _("“%(name)s” is %(size)s; files can be at most %(limit)s."),
            params={"name": name, "size": filesizeformat(file.size), "limit": filesizeformat(MAX_ATTACHMENT_SIZE)},
        )
    head = file.read(16)
    file.seek(0)
    if not any(head.startswith(signature) for signature in SIGNATURES[extension]):
        raise forms.ValidationError(
            _("“%(name)s” does not look like a .%(extension)s file. Check it opens, then attach it again."),
            params={"name": name, "extension": extension},
        )


# Uploads kept for a form that was never sent are deleted after this long.
ORPHAN_AFTER = timedelta(days=1)
# Collection name -> function returning the ids of that collection's documents still in use.
UPLOAD_COLLECTIONS = {}


def register_upload_collection(name, in_use):
    UPLOAD_COLLECTIONS[name] = in_use


def collection(name, private=False):
    """A top-level collection by name (created when missing); a private one only the Secretariat opens."""
    root = Collection.get_first_root_node()
    found = root.get_children().filter(name=name).first() or root.add_child(name=name)
    if private and not CollectionViewRestriction.objects.filter(collection=found).exists():
        restriction = CollectionViewRestriction.objects.create(
            collection=found, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set(Group.objects.filter(name=SECRETARIAT_GROUP))
    return found


def keep_uploads(files, user, collection_name):
    """Store uploaded files in the private collection straight away."""
    Document = get_document_model()
    private = collection(collection_name, private=True)
    documents = []
    for file in files:
        document = Document(title=file.name, collection=private, uploaded_by_user=user)
        document.file.save(file.name, file, save=False)
        document.file_size = file.size
        document.save()
        documents.append(document)
    return documents


def upload_collections():
    return [collection(name, private=True) for name in UPLOAD_COLLECTIONS]


def uploads_today(user):
    """How many files this member has attached to any form in the last 24 hours."""
    since = timezone.now() - timedelta(days=1)
    return (
        get_document_model()
        .objects.filter(uploaded_by_user=user, collection__in=upload_collections(), created_at__gte=since)
        .count()
    )


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
    """Files kept for a form that was never sent (or whose draft or answer was deleted): in an
    upload collection for over a day and not in use."""
    Document = get_document_model()
    old = Document.objects.filter(created_at__lt=timezone.now() - ORPHAN_AFTER)
    orphans = Document.objects.none()
    for name, in_use in UPLOAD_COLLECTIONS.items():
        candidates = old.filter(collection=collection(name, private=True))
        orphans |= candidates.exclude(pk__in=in_use(candidates))
    return orphans


def delete_orphan_uploads():
    count = 0
    for document in orphan_uploads():
        document.file.delete(save=False)
        document.delete()
        count += 1
    return count
