"""The taxonomy as the importer reads it: every term's keys and the names a document may call
it by (in English and French), for matching the manifest's values and for finding countries
and EMBs in a text."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.utils.text import slugify
from wagtail.rich_text import get_text_for_indexing as html_to_text

from cen_portal.drafts import DRAFT_PLACES
from cen_portal.kinds import KINDS
from cen_portal.taxonomy import (
    Country,
    ElectionManagementBody,
    KeyPrinciple,
    PracticeArea,
    cldr_territory_names,
    display_sort_key,
)

from .demonyms import CAPITALS, DEMONYMS
from .models import LANGUAGES

OTHER_LANGUAGE = "fr"


def folded(text):
    """For comparing what people type: accents, case and the spaces around aside."""
    return display_sort_key(text.strip())


@dataclass
class Name:
    """A way a text names a country (its name, a demonym, one of its EMBs)."""

    pattern: str
    country: str
    weight: float
    emb: int | None = None


@dataclass
class Place:
    """A page drafts of a kind may go under, when there are several (a report's working group)."""

    kind: str
    title: str
    countries: list


@dataclass
class Vocabulary:
    countries: dict = field(default_factory=dict)  # iso -> English name
    embs: dict = field(default_factory=dict)  # pk -> (name, country iso)
    principles: dict = field(default_factory=dict)  # slug -> (name, text describing it)
    areas: dict = field(default_factory=dict)  # slug -> (number and title, text describing it)
    kinds: dict = field(default_factory=dict)  # kind -> label, those a file can become
    places: dict = field(default_factory=dict)  # parent page pk -> Place
    aliases: dict = field(default_factory=dict)  # column -> {folded alias: key}
    names: list = field(default_factory=list)  # Name, for finding countries and EMBs in text

    @classmethod
    def load(cls):
        vocabulary = cls()
        vocabulary.load_countries()
        vocabulary.load_embs()
        for principle in KeyPrinciple.objects.all():
            french = principle.text_in(OTHER_LANGUAGE)
            # In both languages, so a French file finds its principles as an English one does.
            describing = " ".join(
                [principle.name, principle.summary, html_to_text(principle.description)]
                + [french.name, french.summary, html_to_text(french.description)]
            )
            vocabulary.principles[principle.slug] = (str(principle.name), describing)
            vocabulary.alias("principles", principle.slug, principle.slug, principle.name, french.name)
        for area in PracticeArea.objects.all():
            french = area.text_in(OTHER_LANGUAGE)
            describing = " ".join(
                [area.title, area.summary, html_to_text(area.guidance)]
                + [french.title, french.summary, html_to_text(french.guidance)]
            )
            vocabulary.areas[area.slug] = (f"{area.number} {area.title}", describing)
            vocabulary.alias("practice_areas", area.slug, area.slug, area.number, area.title, french.title)
        for kind, place in DRAFT_PLACES.items():
            if place.attach_document is None:
                continue
            vocabulary.kinds[kind] = str(KINDS.get(kind, kind))
            vocabulary.alias("kind", kind, kind, KINDS.get(kind, kind))
            if not place.parent_label:
                continue
            for parent in place.parents():
                countries = place.countries_of(parent.specific) if place.countries_of else []
                vocabulary.places[parent.pk] = Place(kind, parent.title, countries)
                vocabulary.alias("working_group", parent.pk, parent.slug, parent.title)
        vocabulary.alias("language", "en", "en", "English", "anglais")
        vocabulary.alias("language", "fr", "fr", "French", "français")
        return vocabulary

    def load_countries(self):
        french_names = cldr_territory_names(OTHER_LANGUAGE)
        for country in Country.objects.all():
            iso = country.iso_code
            french = french_names.get(iso, "")
            self.countries[iso] = country.name
            self.alias("countries", iso, iso, country.name, french)
            for name in {country.name, french} - {""}:
                self.names.append(Name(re.escape(name), iso, 1.0))
            for capital in set(CAPITALS.get(iso, [])):
                self.names.append(Name(re.escape(capital), iso, 1.0))
            english, french_demonyms = DEMONYMS.get(iso, ([], []))
            for demonym in english:
                self.names.append(Name(re.escape(demonym) + r"s?", iso, 0.5))
            for demonym in french_demonyms:
                # Masculine, feminine and plural: kényan, kényane, kényans; canadien, canadienne.
                self.names.append(Name(re.escape(demonym) + r"(?:n?e)?s?", iso, 0.5))

    def load_embs(self):
        embs = list(ElectionManagementBody.objects.select_related("country"))
        names_of = {}
        for emb in embs:
            french = emb.text_in(OTHER_LANGUAGE)
            names_of[emb.pk] = {emb.name, french.name, emb.abbreviation, french.abbreviation} - {""}
        # A name or acronym several EMBs share ("EC" in Ghana, Sri Lanka and Bangladesh) says nothing.
        seen = Counter(name for names in names_of.values() for name in names)
        for emb in embs:
            iso = emb.country.iso_code
            self.embs[emb.pk] = (emb.name, iso)
            for name in names_of[emb.pk]:
                if seen[name] == 1:
                    self.alias("emb", emb.pk, name)
                    self.names.append(Name(re.escape(name), iso, 1.0, emb.pk))

    def alias(self, column, key, *names):
        table = self.aliases.setdefault(column, {})
        for name in names:
            if name:
                table[folded(str(name))] = key
                table.setdefault(slugify(str(name)), key)

    def key(self, column, value):
        """The key of what a manifest's cell names in a column, or None."""
        if column == "year":
            return int(value) if re.fullmatch(r"\d{4}", value, re.ASCII) and 1900 <= int(value) <= 2100 else None
        table = self.aliases.get(column, {})
        return table.get(folded(value), table.get(slugify(value)))

    def label(self, column, key):
        if column == "countries":
            return self.countries.get(key, key)
        if column == "emb":
            return self.embs.get(key, (key,))[0]
        if column == "principles":
            return self.principles.get(key, (key,))[0]
        if column == "practice_areas":
            return self.areas.get(key, (key,))[0]
        if column == "kind":
            return self.kinds.get(key, key)
        if column == "working_group":
            return self.places[key].title if key in self.places else key
        if column == "language":
            return str(dict(LANGUAGES).get(key, key))
        return key
