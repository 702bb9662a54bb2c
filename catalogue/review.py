"""A person's decision about an imported file: a draft page made from it, or nothing. Each takes
the file's row for update and checks it is still waiting, so a double click or two reviewers
never make two drafts, nor reject a file a draft was just made from."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cen_portal.drafts import DRAFT_PLACES, start_draft
from cen_portal.taxonomy import TaggedKnowledgeMixin

from .models import ImportedFile
from .storage import discard_file


class DraftRefused(Exception):
    def __init__(self, messages):
        self.messages = messages
        super().__init__("; ".join(messages))


def still_waiting(imported):
    """The file's row, locked until the transaction ends, or DraftRefused if it was dealt with meanwhile."""
    locked = ImportedFile.objects.select_for_update().get(pk=imported.pk)
    if locked.status != ImportedFile.Status.SUGGESTED:
        raise DraftRefused([_("Someone has dealt with this file in the meantime.")])
    if locked.document is None:
        raise DraftRefused([_("The file has been deleted from the documents meanwhile; upload it again.")])
    return locked


@transaction.atomic
def create_draft(imported, decision, user):
    """A draft page from the file and what the reviewer accepted. Raises DraftRefused with the
    reasons (what the page needs and was not given, no right to add pages there)."""
    imported = still_waiting(imported)
    kind = decision["kind"]
    place = DRAFT_PLACES[kind]
    parent = place.parent_in(decision["parent"], decision.get("language") or "")
    if not parent.permissions_for_user(user).can_add_subpage():
        raise DraftRefused([_("You cannot add pages under “%(title)s”.") % {"title": parent.title}])
    facts = {
        "year": decision.get("year"),
        "emb": decision.get("emb"),
        **{name: decision.get(name) for name in place.asks},
    }
    tags = None
    if issubclass(place.page_model, TaggedKnowledgeMixin):
        tags = {name: decision.get(name) or [] for name in ("principles", "practice_areas", "countries")}
    try:
        with transaction.atomic():
            fields = place.attach_document(imported.document, facts)
            refuse_missing(place.page_model, fields)
            page = start_draft(
                kind,
                curator=user,
                title=decision["title"],
                fallback_slug=f"imported-{imported.pk}",
                summary=decision["summary"],
                body=fields.pop("body", None),
                tags=tags,
                parent=parent,
                **fields,
            )
    except ValidationError as error:
        raise DraftRefused(validation_messages(error)) from error
    imported.document.title = decision["title"]
    imported.document.save(update_fields=["title"])
    imported.status, imported.draft_page = ImportedFile.Status.DRAFTED, page
    imported.reviewed_by, imported.reviewed_at = user, timezone.now()
    imported.save(update_fields=["status", "draft_page", "reviewed_by", "reviewed_at"])
    return page


def refuse_missing(page_model, fields):
    """Wagtail saves a draft without checking required fields (an editor may finish it later),
    but a column that takes no NULL still refuses one: say which the page needs."""
    missing = {
        name: [_("This field is required.")]
        for name, value in fields.items()
        if value is None and not page_model._meta.get_field(name).null
    }
    if missing:
        raise ValidationError(missing)


def validation_messages(error):
    if hasattr(error, "message_dict"):
        return [f"{field.replace('_', ' ')}: {' '.join(messages)}" for field, messages in error.message_dict.items()]
    return list(error.messages)


@transaction.atomic
def reject(imported, user):
    """Nothing is made from the file, and the file itself is deleted; its fingerprints stay, so
    the same file uploaded again is shown as the one already rejected."""
    imported = still_waiting(imported)
    imported.status, imported.reviewed_by, imported.reviewed_at = ImportedFile.Status.REJECTED, user, timezone.now()
    imported.save(update_fields=["status", "reviewed_by", "reviewed_at"])
    discard_file(imported)
