"""Names of facet values (kinds, principles, areas, countries, regions) in a language.

Facets are counted on language-neutral values (the canonical terms' slugs, ISO country
codes), so they work across languages. This is the one place that names those values: for
the reader (search/service.py) and for the tag names every document carries in each
language (search/sources.py). The taxonomy names its terms in the active language
(cen_portal/taxonomy.py: translations of the terms, CLDR's country names).
"""

from django.utils import translation

from cen_portal.kinds import KINDS
from cen_portal.taxonomy import Country, KeyPrinciple, PracticeArea, Region

from .contract import DEFAULT_LANGUAGE, LANGUAGES


def facet_labels(language=DEFAULT_LANGUAGE):
    """{facet: {value: label}} in `language`, in the taxonomy's own order."""
    language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    with translation.override(language):
        return {
            "kind": {key: str(label) for key, label in KINDS.items()},
            "principle": {principle.slug: str(principle) for principle in KeyPrinciple.objects.all()},
            "area": {area.slug: str(area) for area in PracticeArea.objects.all()},
            "country": {country.iso_code: str(country) for country in Country.objects.all()},
            "region": {region.slug: str(region) for region in Region.objects.all()},
        }


# The document fields whose values have names, with their facet.
NAMED_FIELDS = {"principles": "principle", "practice_areas": "area", "countries": "country", "regions": "region"}


def tag_names(document, labels_by_language):
    """{language: the names of the document's tags in that language, one per line}."""
    names = {}
    for language, labels in labels_by_language.items():
        names[language] = "\n".join(
            labels[facet].get(str(value), "") for field, facet in NAMED_FIELDS.items() for value in document[field]
        ).strip()
    return names
