"""Labels of the terms in the reader's language, by the keys the index and the filters use."""

from django.utils import translation

from .terms import Country, KeyPrinciple, PracticeArea, Region, sorted_by_display_name
from .translation import content_language

# Labels in the reader's language ---------------------------------------------------------

# The taxonomy's facets, by the name the search index and the filters give them.
TERM_KINDS = ("principle", "area", "country", "region")


def term_labels(kind, language=None):
    """{key: label} for every term of a kind, in a language (the reader's by default), in the
    order readers see the terms listed. Keys are the language-neutral ones the index and the
    filters use: slugs, and ISO codes in capitals for countries. A few queries per call."""
    with translation.override(content_language(language)):
        if kind == "principle":
            return {principle.slug: str(principle) for principle in KeyPrinciple.objects.all()}
        if kind == "area":
            return {area.slug: str(area) for area in PracticeArea.objects.all()}
        if kind == "region":
            return {region.slug: str(region) for region in Region.objects.all()}
        if kind == "country":
            return {country.iso_code: str(country) for country in sorted_by_display_name(Country.objects.all())}
    raise ValueError(f"Unknown kind of term: {kind!r}")


def label_for(kind, key, language=None):
    """The label of one term in a language, or the key itself if there is no such term."""
    return term_labels(kind, language).get(key, key)
