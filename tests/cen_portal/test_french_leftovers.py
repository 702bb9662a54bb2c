"""No English left on the French pages: every interface string, form label and model label a
French reader meets is in French. Content written in English (an item not yet translated)
is marked lang="en" and left out.

A reader's crawl of the French site (anonymous, then a member) collects the text and the
labels a person reads or hears (aria-label, placeholder, alt, title); the phrases looked for are
every English message of the French catalogue whose French differs, and every model field's
label and choice read in English where its French differs. It takes about ten seconds: it
reads every kind of French page the demo has.
"""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.test import Client
from django.utils import translation

from tests.demo_world import load_demo
from tests.factories import member

pytestmark = pytest.mark.django_db

CATALOGUE = Path(settings.BASE_DIR) / "locale" / "fr" / "LC_MESSAGES" / "django.po"
SEEDS = ["/fr/", "/fr/search/?q=élection", "/fr/practice-data/", "/fr/sitemap/"]
MEMBER_SEEDS = ["/fr/members/", "/fr/forums/", "/fr/questions/", "/fr/ask/", "/fr/share-your-practice/"]
NEVER_FOLLOW = re.compile(r"/(accounts/logout|forums/unsubscribe|forums/follow|search/open)/|/(correct|reply|new)/$")
MOST_PAGES = 160
# Words the two languages write alike, and a phrase shorter than this, prove nothing.
SHORTEST_PHRASE = 12
SPOKEN_ATTRIBUTES = ("aria-label", "placeholder", "alt", "title")
PLACEHOLDER = re.compile(r"%\([^)]*\)[sd]|%[sd]|<[^>]+>|\{[^}]*\}")


class FrenchText(HTMLParser):
    """The text of a page a French reader reads, leaving out what is marked as another language."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.languages = ["fr"]
        self.skipping = 0
        self.parts = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag in self.VOID:
            if self.languages[-1] == "fr" and not self.skipping:
                self.parts.extend(attrs[name] for name in SPOKEN_ATTRIBUTES if attrs.get(name))
            return
        self.languages.append(attrs.get("lang") or self.languages[-1])
        if tag in ("script", "style"):
            self.skipping += 1
        elif self.languages[-1] == "fr" and not self.skipping:
            self.parts.extend(attrs[name] for name in SPOKEN_ATTRIBUTES if attrs.get(name))

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if tag in ("script", "style"):
            self.skipping = max(0, self.skipping - 1)
        if len(self.languages) > 1:
            self.languages.pop()

    def handle_data(self, data):
        if self.languages[-1] == "fr" and not self.skipping:
            self.parts.append(data)

    def text(self):
        return re.sub(r"\s+", " ", " ".join(self.parts))


def english_phrases():
    """{phrase: where it comes from}: the catalogue's English messages, and the models' labels
    and choices, wherever their French reads differently."""
    phrases = {}
    for entry in polib.pofile(str(CATALOGUE)):
        for msgid, msgstr in [(entry.msgid, entry.msgstr), (entry.msgid_plural, entry.msgstr_plural.get(1, ""))]:
            if msgid and msgstr and msgid != msgstr:
                for fragment in PLACEHOLDER.split(msgid):
                    fragment = fragment.strip(" .,:;()“”\"'")
                    if len(fragment) >= SHORTEST_PHRASE and fragment not in msgstr:
                        phrases.setdefault(fragment, f"the catalogue: {msgid[:60]!r}")
    for model in apps.get_models():
        if model._meta.app_label not in project_apps():
            continue
        for field in model._meta.get_fields():
            labels = [getattr(field, "verbose_name", None)] + [
                label for _value, label in getattr(field, "flatchoices", [])
            ]
            for label in labels:
                if label is None:
                    continue
                with translation.override("en"):
                    english = str(label)
                with translation.override("fr"):
                    french = str(label)
                if english != french and len(english) >= SHORTEST_PHRASE and english not in french:
                    phrases.setdefault(english, f"a label of {model._meta.label}.{field.name}")
    return phrases


def project_apps():
    """The labels of the portal's own apps (not those installed in the virtualenv)."""
    base = Path(settings.BASE_DIR)
    return {
        config.label
        for config in apps.get_app_configs()
        if Path(config.path).is_relative_to(base) and ".venv" not in Path(config.path).relative_to(base).parts
    }


def crawl(client, seeds):
    """{address: the French text on it} for the French pages reachable from `seeds`."""
    queue, seen, texts = list(seeds), set(), {}
    while queue and len(texts) < MOST_PAGES:
        address = queue.pop(0)
        path = address.split("#")[0]
        if path in seen or not path.startswith("/fr/") or NEVER_FOLLOW.search(path.split("?")[0]):
            continue
        seen.add(path)
        response = client.get(path)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = FrenchText()
        parser.feed(response.content.decode())
        texts[path] = parser.text()
        # Listings' filters make many addresses of one page: their first form is enough.
        queue.extend(link for link in parser.links if "?" not in link or link.startswith("/fr/search/"))
    return texts


def test_no_english_interface_string_or_model_label_is_left_on_the_french_pages():
    load_demo()
    phrases = english_phrases()
    reader = Client()
    signed_in = Client()
    signed_in.force_login(member())
    texts = crawl(reader, SEEDS) | crawl(signed_in, MEMBER_SEEDS)

    assert len(texts) > 40, "the crawl reached too few French pages to prove anything"
    leftovers = {
        f"{address}: {phrase!r} ({source})"
        for address, text in texts.items()
        for phrase, source in phrases.items()
        if phrase in text
    }
    assert not leftovers, "English on French pages:\n" + "\n".join(sorted(leftovers))
