"""The Network's shared vocabulary: key principles, good-practice areas, regions,
member countries and election management bodies.

The Secretariat edits these as snippets in the Wagtail admin; every knowledge item is
tagged with them, and the browse pages and the knowledge index are organised by them.

One module a concern: translation (the canonical rows and the texts of other languages), terms,
labels (in the reader's language) and tagging (the fields every knowledge item carries). Their
names are gathered here, where the apps, the migrations and Django's model registry find them.
"""

from .labels import TERM_KINDS, label_for, term_labels
from .tagging import TaggedKnowledgeMixin, TaggedModel
from .terms import (
    GUIDANCE_FEATURES,
    Country,
    ElectionManagementBody,
    FeaturedItem,
    KeyPrinciple,
    PracticeArea,
    PrincipleFeaturedItem,
    Region,
    SocialAccount,
    cldr_territory_names,
    display_sort_key,
    sorted_by_display_name,
)
from .translation import (
    CanonicalTermManager,
    TranslatableTerm,
    canonical_terms,
    content_language,
    default_language,
    save_translation,
    term_fields,
)

__all__ = [
    "GUIDANCE_FEATURES",
    "TERM_KINDS",
    "CanonicalTermManager",
    "Country",
    "ElectionManagementBody",
    "FeaturedItem",
    "KeyPrinciple",
    "PracticeArea",
    "PrincipleFeaturedItem",
    "Region",
    "SocialAccount",
    "TaggedKnowledgeMixin",
    "TaggedModel",
    "TranslatableTerm",
    "canonical_terms",
    "cldr_territory_names",
    "content_language",
    "default_language",
    "display_sort_key",
    "label_for",
    "save_translation",
    "sorted_by_display_name",
    "term_fields",
    "term_labels",
]
