"""The kinds of knowledge item, each registered once, by the app that owns it.

Search (its index sources, its kind facet and labels), the browse pages, the feeds and the
review reminders all read this registry, so they cannot disagree about what a knowledge
item is. An app registers its kinds in its `AppConfig.ready` (`register_kind`); a page
model then joins by declaring `knowledge_kind = "<slug>"`, and another source of items
(forum threads, questions) by registering a search source for its kind.
"""

from django.apps import apps
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Page

from .taxonomy import TaggedKnowledgeMixin

# Every kind {slug: label}, in the order the search page's facet and result labels show them.
KINDS = {}
_positions = {}


def register_kind(slug, label, position):
    """Register a kind of knowledge item (from the owning app's AppConfig.ready). `position`
    places it among the others wherever kinds are listed: lower first."""
    if slug in KINDS:
        raise ImproperlyConfigured(f"The knowledge kind {slug!r} is registered twice.")
    _positions[slug] = position
    ordered = sorted([*KINDS.items(), (slug, label)], key=lambda kind: _positions[kind[0]])
    # The same dict, kept in order: search's forms and labels hold a reference to it.
    KINDS.clear()
    KINDS.update(ordered)


def knowledge_page_models():
    """Every page model that is a knowledge item: those declaring a registered `knowledge_kind`."""
    models = [
        model for model in apps.get_models() if issubclass(model, Page) and getattr(model, "knowledge_kind", None)
    ]
    unknown = [model.__name__ for model in models if model.knowledge_kind not in KINDS]
    if unknown:
        raise LookupError(f"knowledge_kind not registered in cen_portal.kinds.KINDS: {', '.join(unknown)}")
    order = list(KINDS)
    return sorted(models, key=lambda model: order.index(model.knowledge_kind))


def tagged_knowledge_page_models():
    """The knowledge page models tagged with principles, practice areas and countries (the
    TaggedKnowledgeMixin fields): what browse pages list by tag and feeds describe."""
    return [model for model in knowledge_page_models() if issubclass(model, TaggedKnowledgeMixin)]
