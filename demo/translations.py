"""Demo content in French, translated through wagtail-localize as an editor would.

The French site is the translation of the English one: the home page (a sibling of the English
home under the tree root, served under /fr/), every section an English reader navigates
through, eight case studies, two working groups with a public report each, the Commonwealth
Charter with its Principle V, and the privacy notice. Two more case studies were written in
French first, at francophone member EMBs, and translated into English.

Every text here was written for the demo. The case studies remain illustrative teaching
scenarios like their English originals: the pages keep the "illustrative" flag and the
opening paragraph that says so. Citations (the case studies' sources) stay as published, in
English, and so do the working groups' meeting notes and the reports' attached PDFs.

Each translation gives the page's text fields in the shape of the English demo data (a
case-study body is the same sequence of blocks, rich text the same number of paragraphs).
`translate_page` pairs it, segment by segment, with what wagtail-localize extracted from the
page, stores the pairs as wagtail-localize's string translations and publishes the
translation, so the admin shows a real, editable translation. Translated pages keep their
original's slug: the two languages differ by the /fr/ or /en/ prefix only.
"""

import logging
import re

from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import CountryIndexPage, PracticeAreaIndexPage, PrincipleIndexPage, StandardPage
from cen_portal.text import paragraphs_html
from demo.blocks import stream_block
from demo.datafiles import AS_PUBLISHED, read
from guidance.models import GuidanceIndexPage
from instruments.models import InstrumentIndexPage, InstrumentPage, ProvisionPage
from networkevents.models import EventIndexPage
from workinggroups.models import ReportPage, WorkingGroupIndexPage, WorkingGroupPage

DATA = read("translations")

logger = logging.getLogger(__name__)


class ShapeMismatch(ValueError):
    """A translation whose fields or blocks do not match the page's."""


# French sets a no-break space before ; : ! ? % and inside « »; written here as ordinary spaces.
FRENCH_SPACE_BEFORE = re.compile(r" ([;:!?%»])")
FRENCH_SPACE_AFTER = re.compile(r"« ")


def typeset_french(value):
    """The text (or the strings of a nested structure) with French no-break spaces."""
    if isinstance(value, str):
        return FRENCH_SPACE_AFTER.sub("«\u00a0", FRENCH_SPACE_BEFORE.sub("\u00a0\\1", value))
    if isinstance(value, list | tuple):
        return type(value)(typeset_french(item) for item in value)
    if isinstance(value, dict):
        return {key: typeset_french(item) for key, item in value.items()}
    return value


# The home page and the sections ----------------------------------------------------------

# The one slug translated is the home's: it is a sibling of the English home, whose slug it
# cannot share. Blocks marked `!as-published` (AS_PUBLISHED) keep the original's value: citations
# of published, English-language sources.
HOME = DATA["HOME"]

# By the English section's model: its title and introduction.
SECTIONS = {
    CaseStudyIndexPage: {
        "title": "Études de cas",
        "intro": (
            "Les pratiques partagées par les organes de gestion des élections, classées par principe, "
            "par pays et par domaine de bonnes pratiques."
        ),
    },
    WorkingGroupIndexPage: {
        "title": "Groupes de travail",
        "intro": (
            "Les groupes de travail du Réseau réunissent des experts des organes de gestion des élections "
            "membres autour d’un même sujet et publient les conclusions sur lesquelles ils s’accordent."
        ),
    },
    EventIndexPage: {
        "title": "Événements",
        "intro": (
            "Les conférences biennales du Réseau, les réunions des groupes de travail, les ateliers régionaux "
            "et les webinaires, et ce que chacun a produit."
        ),
    },
    GuidanceIndexPage: {
        "title": "Notes d’orientation",
        "intro": (
            "Les notes d’orientation du Secrétariat, dont beaucoup s’appuient sur les échanges entre "
            "membres dans les forums."
        ),
    },
    InstrumentIndexPage: {
        "title": "Instruments internationaux",
        "intro": (
            "Les engagements pris au sein du Commonwealth et au niveau international qui encadrent le "
            "droit de prendre part à des élections honnêtes."
        ),
    },
    PrincipleIndexPage: {
        "title": "Principes clés",
        "intro": (
            "Huit principes pour l’usage des nouveaux médias dans les élections, et tout ce que le "
            "portail rassemble sur chacun d’eux."
        ),
    },
    PracticeAreaIndexPage: {
        "title": "Bonnes pratiques",
        "intro": (
            "Dix domaines de bonnes pratiques tirés du guide du Réseau, chacun au service de plusieurs principes clés."
        ),
    },
    CountryIndexPage: {
        "title": "Pays",
        "intro": (
            "Les pays membres du Commonwealth, leurs organes de gestion des élections et les pratiques "
            "qu’ils ont partagées."
        ),
    },
}


# Case studies translated from English ------------------------------------------------------

# By slug: title, summary and the body as the same blocks as the English study (case_studies.py).
CASE_STUDIES = DATA["CASE_STUDIES"]


# Two working groups and a public report of each --------------------------------------------

# By slug: the group's title, topic, summary and description (paragraphs).
WORKING_GROUPS = DATA["WORKING_GROUPS"]

# By slug (each report's group is in WORKING_GROUPS): title, summary and body (paragraphs).
REPORTS = DATA["REPORTS"]


# An international instrument, one of its provisions, and the privacy notice -----------------

INSTRUMENT_SLUG = "commonwealth-charter"
INSTRUMENT = DATA["INSTRUMENT"]

PROVISION_SLUG = "principle-v"
PROVISION = DATA["PROVISION"]

PRIVACY_SLUG = "privacy"
PRIVACY = DATA["PRIVACY"]


# Case studies written in French first ------------------------------------------------------

# In the shape of case_studies.CASE_STUDIES (the loader creates them in French under the French
# case-study listing), with "english": the title, summary and body of their English translation.
FRENCH_ORIGINALS = DATA["FRENCH_ORIGINALS"]


HOME = typeset_french(HOME)
SECTIONS = {model: typeset_french(fields) for model, fields in SECTIONS.items()}
CASE_STUDIES = {slug: typeset_french(fields) for slug, fields in CASE_STUDIES.items()}
WORKING_GROUPS = {slug: typeset_french(fields) for slug, fields in WORKING_GROUPS.items()}
REPORTS = {slug: typeset_french(fields) for slug, fields in REPORTS.items()}
INSTRUMENT = typeset_french(INSTRUMENT)
PROVISION = typeset_french(PROVISION)
PRIVACY = typeset_french(PRIVACY)
FRENCH_ORIGINALS = [
    {**typeset_french({key: value for key, value in study.items() if key != "english"}), "english": study["english"]}
    for study in FRENCH_ORIGINALS
]


# Loading -------------------------------------------------------------------------------------


def translate_site(home):
    """Translate the English home, its sections and the chosen content into French; return the
    French case-study listing (where the French originals go)."""
    french = Locale.objects.get(language_code="fr")
    translate_page(home, french, {**HOME, "intro": paragraphs_html(HOME["intro"])})
    for model, fields in SECTIONS.items():
        translate_page(model.objects.child_of(home).get(), french, fields)
    for slug, fields in CASE_STUDIES.items():
        translate_page(CaseStudyPage.objects.get(locale=home.locale, slug=slug), french, fields)
    for slug, fields in WORKING_GROUPS.items():
        group = WorkingGroupPage.objects.get(locale=home.locale, slug=slug)
        translate_page(group, french, {**fields, "description": paragraphs_html(fields["description"])})
    for slug, fields in REPORTS.items():
        report = ReportPage.objects.get(locale=home.locale, slug=slug)
        translate_page(report, french, {**fields, "body": paragraphs_html(fields["body"])})
    instrument = InstrumentPage.objects.get(locale=home.locale, slug=INSTRUMENT_SLUG)
    translate_page(instrument, french, {**INSTRUMENT, "introduction": paragraphs_html(INSTRUMENT["introduction"])})
    provision = ProvisionPage.objects.child_of(instrument).get(slug=PROVISION_SLUG)
    translate_page(provision, french, {**PROVISION, "body": paragraphs_html(PROVISION["body"])})
    translate_page(StandardPage.objects.child_of(home).get(slug=PRIVACY_SLUG), french, PRIVACY)
    return CaseStudyIndexPage.objects.get(locale=french)


def translate_french_originals(french_index):
    """The English translations of the case studies written in French."""
    english = Locale.get_default()
    for data in FRENCH_ORIGINALS:
        translate_page(CaseStudyPage.objects.child_of(french_index).get(slug=data["slug"]), english, data["english"])


def translate_page(page, locale, fields):
    """The page's translation into the locale, made with wagtail-localize from `fields` (the
    translated values of its text fields, a StreamField body as its blocks) and published.

    A page already translated is left as it is, so loading twice changes nothing. A page edited
    since the demo was written (its text no longer has the demo's shape) is left untranslated:
    its readers in the other language get the original, as for any untranslated page."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(page)
    try:
        if isinstance(getattr(page, "body", None), StreamValue):
            fields = {**fields, "body": translated_body(source.as_instance(), fields["body"])}
        translated = translated_strings(source, fields)
    except ShapeMismatch as mismatch:
        logger.warning("%s It is left untranslated.", mismatch)
        return None
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated[segment.context.path, segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # Saved as a draft and published here: save_target(publish=True) would publish only when
    # the loader's transaction commits, saving each page as it was before its translated
    # children existed (the tree would lose count of them).
    translation.save_target(publish=False)
    translated_page = page.get_translation(locale)
    translated_page.get_latest_revision().publish()
    return translated_page


def translated_strings(source, fields):
    """{(segment path, original text): translated text} for every string wagtail-localize
    extracted into the source, found by extracting the same segments from a copy of the page
    that holds the translated fields. Both are the page as the source stored it, so the ids in
    the segments' paths are the source's own."""
    page = source.as_instance()
    translated_page = source.as_instance()
    for name, value in fields.items():
        setattr(translated_page, name, value)
    original = [segment for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)]
    translated = [segment for segment in extract_segments(translated_page) if isinstance(segment, StringSegmentValue)]
    original_paths = [segment.path for segment in original]
    translated_paths = [segment.path for segment in translated]
    if original_paths != translated_paths:
        raise ShapeMismatch(
            f"The translation of {page.slug!r} does not have the page's shape: "
            f"{original_paths} against {translated_paths}."
        )
    return {(a.path, a.string.data): b.string.data for a, b in zip(original, translated, strict=True)}


def translated_body(page, blocks):
    """The translated blocks as a StreamField value with the page's own block ids, so that each
    translated block pairs with its original; blocks AS_PUBLISHED keep the original's value."""
    original = list(page.body.raw_data)
    if [block["type"] for block in original] != [kind for kind, _value in blocks]:
        raise ShapeMismatch(f"The translation of {page.slug!r} does not have the page's blocks.")
    return [
        block if value is AS_PUBLISHED else {**stream_block(kind, value), "id": block["id"]}
        for block, (kind, value) in zip(original, blocks, strict=True)
    ]
