"""The French catalogue is complete, keeps every placeholder, follows French typography, and is the one compiled."""

import gettext
import re
from collections import Counter

import polib
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

CATALOGUE = settings.BASE_DIR / "locale" / "fr" / "LC_MESSAGES" / "django.po"
COMPILED = CATALOGUE.with_suffix(".mo")

# Python %-style ("%(name)s", "%s", "%d"), str.format ("{name}") and the HTML tags around them.
PERCENT_PLACEHOLDER = re.compile(r"%(?:\(\w+\))?[#0+-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa%]")
BRACE_PLACEHOLDER = re.compile(r"\{\w*\}")
HTML_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
# French sets a no-break space (U+00A0 or U+202F) before ; : ! ? and inside « »; an ordinary one may break the line.
BREAKABLE_SPACE_IN_PUNCTUATION = re.compile(r"(?<=\S) [;:!?»]|« ")

catalogue = polib.pofile(str(CATALOGUE))
entries = [entry for entry in catalogue if not entry.obsolete]


def translations_of(entry):
    """Each msgstr with the English text it renders: both plural forms stand for msgid_plural's placeholders."""
    if entry.msgid_plural:
        return [(entry.msgid_plural, form) for _index, form in sorted(entry.msgstr_plural.items())]
    return [(entry.msgid, entry.msgstr)]


def markers(text):
    placeholders = Counter(PERCENT_PLACEHOLDER.findall(text) + BRACE_PLACEHOLDER.findall(text))
    return placeholders, Counter(tag.lower() for tag in HTML_TAG.findall(text))


def test_the_catalogue_is_french_with_french_plural_rules():
    assert catalogue.metadata["Language"] == "fr"
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == "nplurals=2;plural=(n>1);"
    assert not catalogue.metadata_is_fuzzy, "A fuzzy header is ignored by msgfmt, plural rules included."
    assert len(entries) > 500


def test_every_entry_is_translated_and_none_is_fuzzy():
    untranslated = [english for entry in entries for english, french in translations_of(entry) if not french]
    fuzzy = [entry.msgid for entry in entries if "fuzzy" in entry.flags]
    assert not untranslated and not fuzzy, (
        f"{len(untranslated)} entries lack a French translation, e.g. {untranslated[:5]}; "
        f"{len(fuzzy)} are marked fuzzy (check them, then remove the flag), e.g. {fuzzy[:5]}"
    )


def test_each_translation_keeps_the_placeholders_and_markup_of_the_english():
    mismatched = []
    for entry in entries:
        for english, french in translations_of(entry):
            if french and markers(french) != markers(english):
                mismatched.append((english, french))
    assert not mismatched, f"Keep every placeholder and HTML tag of the English: {mismatched[:5]}"


def test_french_punctuation_uses_no_break_spaces():
    breakable = [
        french
        for entry in entries
        for _english, french in translations_of(entry)
        if BREAKABLE_SPACE_IN_PUNCTUATION.search(french)
    ]
    assert not breakable, f"Use a no-break space before ; : ! ? and inside « »: {breakable[:5]}"


def compiled_gettext(machine, entry):
    if entry.msgctxt is None:
        return machine.gettext(entry.msgid)
    return machine.pgettext(entry.msgctxt, entry.msgid)


def compiled_ngettext(machine, entry, count):
    if entry.msgctxt is None:
        return machine.ngettext(entry.msgid, entry.msgid_plural, count)
    return machine.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, count)


def test_the_compiled_catalogue_matches_the_translations():
    assert COMPILED.exists(), "locale/fr is not compiled: run `make install` (it runs compilemessages)."
    with COMPILED.open("rb") as compiled:
        machine = gettext.GNUTranslations(compiled)
    stale = []
    for entry in entries:
        if entry.msgid_plural:
            # French plural rule: form 0 for one, form 1 for two or more.
            compiled_forms = {index: compiled_ngettext(machine, entry, 1 if index == 0 else 2) for index in (0, 1)}
            if compiled_forms != entry.msgstr_plural:
                stale.append(entry.msgid)
        elif compiled_gettext(machine, entry) != entry.msgstr:
            stale.append(entry.msgid)
    assert not stale, f"django.mo is older than django.po ({len(stale)} entries differ): run `make install`."


def test_the_interface_speaks_french_when_french_is_active():
    with translation.override("fr"):
        assert _("CEN Knowledge Portal") == "Portail de connaissances du REC"
        assert _("Search") == "Rechercher"
        assert _("Election management body") == "Organe de gestion des élections"
        assert _("Key principles") == "Principes clés"
        assert _("Sign in") == "Se connecter"
    with translation.override("en"):
        assert _("Search") == "Search"


def test_french_counts_zero_and_one_in_the_singular():
    with translation.override("fr"):
        for count, expected in [(0, "0 résultat"), (1, "1 résultat"), (2, "2 résultats")]:
            text = ngettext("%(counter)s result", "%(counter)s results", count) % {"counter": count}
            assert text == expected
