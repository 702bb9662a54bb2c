"""The kinds of knowledge item, registered once.

Search (its index sources, its kind facet and labels), the browse pages, the feeds and the
review reminders all read this registry, so they cannot disagree about what a knowledge
item is. A page model joins by declaring `knowledge_kind = "<slug>"` with a slug listed
here; another source of items (forum threads) registers only its kind.
"""

from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

# Every kind, in the order the search page's facet and result labels show them.
KINDS = {
    "case-study": _("Case study"),
    "working-group": _("Working group"),
    "report": _("Working-group report"),
    "instrument": _("International instrument"),
    "provision": _("Provision of an instrument"),
    "guidance": _("Guidance"),
    "forum-thread": _("Forum thread"),
    "question": _("Question to the network"),
}


def register_kind(slug, label):
    """Add a kind of knowledge item contributed by another app (call from AppConfig.ready)."""
    KINDS.setdefault(slug, label)


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
    from .taxonomy import TaggedKnowledgeMixin

    return [model for model in knowledge_page_models() if issubclass(model, TaggedKnowledgeMixin)]
