"""Drafts started from a discussion: a forum thread or an answered question becomes a draft
knowledge page that the Secretariat edits and publishes through the usual review.

Every part of a draft made from what members wrote goes through `cen_portal.text`, which
escapes it: a title or a post is text in the draft, never markup."""

from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.text import Truncator
from wagtail.models import PageViewRestriction

from .text import draft_slug

# Where a draft of each knowledge kind goes: {kind: (listing page model, page model)},
# registered by the app that owns the kind, so that the apps making drafts import none of them.
DRAFT_PLACES = {}


def register_draft_place(kind, index_model, page_model):
    """From the owning app's AppConfig.ready: drafts of `kind` are `page_model` pages under the
    first `index_model` page."""
    if kind in DRAFT_PLACES:
        raise ImproperlyConfigured(f"The place of {kind!r} drafts is registered twice.")
    DRAFT_PLACES[kind] = (index_model, page_model)


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
    **fields,
):
    """A draft of a knowledge `kind` in its place (`register_draft_place`), its first revision
    saved by `curator`. A `group` (or `members_only`) keeps the page, and whatever is published
    from it, to that group and the Secretariat (or to members) until the Secretariat lifts the
    restriction on purpose in the page's privacy settings."""
    index_model, page_model = DRAFT_PLACES[kind]
    parent = index_model.objects.first()
    if parent is None:
        raise NoPlaceForDraft(f"There is no {index_model._meta.verbose_name} to hold the draft.")
    page = page_model(
        title=title,
        slug=draft_slug(title, fallback_slug),
        summary=Truncator(summary).chars(500),
        body=body,
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
