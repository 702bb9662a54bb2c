"""Drafts started from a discussion: a forum thread or an answered question becomes a draft
knowledge page that the Secretariat edits and publishes through the usual review.

Every part of a draft made from what members wrote goes through `cen_portal.text`, which
escapes it: a title or a post is text in the draft, never markup."""

from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.text import Truncator
from wagtail.models import PageViewRestriction

from .i18n import DEFAULT_LANGUAGE
from .text import draft_slug

# Where a draft of each knowledge kind goes: {kind: DraftPlace}, registered by the app that
# owns the kind, so that the apps making drafts import none of them.
DRAFT_PLACES = {}


@dataclass(frozen=True)
class DraftPlace:
    index_model: type
    page_model: type
    # {field: value} that attach a Wagtail document to a new page of this kind; None when a
    # document cannot be its source (drafts from imported files offer only kinds that can).
    attach_document: Callable | None = None
    # The collection a parent keeps its documents in (a working group's), or None for the root.
    collection_of: Callable | None = None
    # What the parent is called when a person chooses it among several (a report's "working group").
    parent_label: str = ""
    # The countries a parent stands for (a working group's participating EMBs'), for suggestions.
    countries_of: Callable | None = None
    # Fields of the page model a person must give for a draft made from a file (an instrument's adopting body).
    asks: tuple = ()

    def parents(self):
        """The pages a draft of this kind may go under, in the default locale."""
        return self.index_model.objects.filter(locale__language_code=DEFAULT_LANGUAGE).order_by("path")

    def parent_in(self, parent, language):
        """The parent's translation into `language` when there is one, else the parent itself."""
        return parent.get_translations().filter(locale__language_code=language).first() or parent


def register_draft_place(
    kind,
    index_model,
    page_model,
    *,
    attach_document=None,
    collection_of=None,
    parent_label="",
    countries_of=None,
    asks=(),
):
    """From the owning app's AppConfig.ready: drafts of `kind` are `page_model` pages under an
    `index_model` page (the first, unless the caller chooses). `attach_document(document, facts)`
    gives the fields of a draft made from a file; `facts` holds its year, EMB and the fields `asks` names."""
    if kind in DRAFT_PLACES:
        raise ImproperlyConfigured(f"The place of {kind!r} drafts is registered twice.")
    DRAFT_PLACES[kind] = DraftPlace(
        index_model, page_model, attach_document, collection_of, parent_label, countries_of, tuple(asks)
    )


def document_body(document):
    """A StreamField body (cen_portal.blocks.BodyBlock) holding one document, for drafts made from a file."""
    return [("document", {"document": document, "title": ""})]


class NoPlaceForDraft(Exception):
    """There is no listing page of the draft's kind to hold it."""


def contributions(items):
    """What members wrote (posts, answers), one paragraph each: the author, then their first 60 words."""
    return "\n\n".join(f"{item.author}: {Truncator(item.body).words(60)}" for item in items)


@transaction.atomic
def start_draft(
    kind,
    *,
    curator,
    title,
    fallback_slug,
    summary,
    body,
    tags=None,
    group=None,
    members_only=False,
    parent=None,
    **fields,
):
    """A draft of a knowledge `kind` in its place (`register_draft_place`), its first revision
    saved by `curator`, under `parent` or the first page of its place. A `group` (or `members_only`) keeps the page, and whatever is published
    from it, to that group and the Secretariat (or to members) until the Secretariat lifts the
    restriction on purpose in the page's privacy settings."""
    place = DRAFT_PLACES[kind]
    parent = parent or place.index_model.objects.first()
    if parent is None:
        raise NoPlaceForDraft(f"There is no {place.index_model._meta.verbose_name} to hold the draft.")
    if body is not None:
        fields["body"] = body
    page = place.page_model(
        title=title,
        slug=draft_slug(title, fallback_slug),
        summary=Truncator(summary).chars(500),
        live=False,
        **fields,
    )
    for name, terms in (tags or {}).items():
        setattr(page, name, terms)
    parent.add_child(instance=page)
    if group is not None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([group])
    elif members_only:
        PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.LOGIN)
    page.save_revision(user=curator, log_action=True)
    return page
