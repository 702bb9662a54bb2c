"""Names of facet values (kinds, principles, areas, countries, regions) in a language.

Facets are counted on language-neutral values (the canonical terms' slugs, ISO country
codes), so they work across languages. This is the one place that names those values: for
the reader (search/service.py) and for the tag names every document carries in each
language (search/sources.py). The taxonomy names its terms in the active language
(cen_portal/taxonomy/: translations of the terms, CLDR's country names).
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


# The document fields whose values have names: the facet, the taxonomy model and its name field.
NAMED_FIELDS = {
    "principles": ("principle", KeyPrinciple, "name"),
    "practice_areas": ("area", PracticeArea, "title"),
    "regions": ("region", Region, "name"),
}


def names_for_index(language):
    """{facet: {value: name in `language`}} read afresh from the database. The display labels
    above may be a minute old (the taxonomy remembers translations for a while); a document
    indexed with an old name would keep it until the item changes again."""
    names = {"country": {country.iso_code: country.name_in(language) for country in Country.objects.all()}}
    for facet, model, field in NAMED_FIELDS.values():
        canonical = {row.translation_key: row for row in model.objects.all()}
        translated = dict(
            model._default_manager.filter(locale__language_code=language).values_list("translation_key", field)
        )
        names[facet] = {row.slug: translated.get(key) or getattr(row, field) for key, row in canonical.items()}
    return names


def tag_names(document):
    """{language: the names of the document's tags in that language, one per line}."""
    fields = [(field, facet) for field, (facet, _model, _name) in NAMED_FIELDS.items()] + [("countries", "country")]
    result = {}
    for language in LANGUAGES:
        names = names_for_index(language)
        result[language] = "\n".join(
            names[facet].get(str(value), "") for field, facet in fields for value in document[field]
        ).strip()
    return result
