"""The portal in English and French.

Pages are translated with wagtail-localize: a French page is a copy of the English one in the
French tree, sharing its translation key. Readers see each page in their language where it has
been translated and as written otherwise, with a notice; listings show every item once.
"""

import re

from django.conf import settings
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils.translation import get_language
from wagtail.models import Locale

# The languages content is written, translated and searched in, and the default one: the
# canonical taxonomy's, and the search's when a reader names none. Read from the settings here
# and nowhere else.
CONTENT_LANGUAGES = tuple(code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES)
DEFAULT_LANGUAGE = settings.LANGUAGE_CODE

LANGUAGE_PREFIX = re.compile(rf"^/({'|'.join(re.escape(code) for code, _name in settings.LANGUAGES)})(/|$)")


def without_language(path):
    """The path with its /en/ or /fr/ prefix removed ('/en/forums/' -> '/forums/')."""
    return LANGUAGE_PREFIX.sub("/", path, count=1)


def with_language(path, language_code):
    """The same path under another language's prefix."""
    return f"/{language_code}{without_language(path)}"


def under_reader_prefix(url):
    """An address on this site under the reader's language prefix: a search result or a thread
    opened in French stays in French (an untranslated page is shown as written, with a notice)."""
    return with_language(url, get_language()) if LANGUAGE_PREFIX.match(url) else url


# Locales by language code. A page lists dozens of links, each asking for the reader's locale;
# the rows are made once (by a migration or the admin) and never renumbered, so they are looked
# up once per process and forgotten whenever one is saved or deleted.
_locales = {}
# Language codes by Locale id, for the same reason.
_language_codes = {}


@receiver(post_save, sender=Locale)
@receiver(post_delete, sender=Locale)
def forget_locales(**kwargs):
    _locales.clear()
    _language_codes.clear()


def language_of(page):
    """The language code a page is written in."""
    if page.locale_id not in _language_codes:
        _language_codes.update(Locale.objects.values_list("pk", "language_code"))
    return _language_codes[page.locale_id]


def reader_locale():
    """The Locale of the language the page is being read in (the default if it has none)."""
    language = get_language()
    locale = _locales.get(language)
    if locale is None:
        try:
            locale = Locale.objects.get_for_language(language)
        except Locale.DoesNotExist:
            locale = Locale.get_default()
        _locales[language] = locale
    return locale


def in_reader_language(pages, under=None, children_only=False):
    """Each page once: in the reader's language where it has a translation among `pages`,
    otherwise as written (a French original for an English reader, say). With `under`, only
    the pages beneath that page or beneath any of its translations."""
    if under is not None:
        pages = under_every_translation(pages, under, children_only)
    locale = reader_locale()
    here = pages.filter(locale=locale)
    elsewhere = pages.exclude(locale=locale).exclude(translation_key__in=here.values("translation_key"))
    return here | elsewhere


def under_every_translation(pages, page, children_only=False):
    """`pages` that lie beneath `page` or beneath any of its translations, so a French listing
    also finds the items not yet translated (and an English one the French originals)."""
    beneath = Q()
    for version in [page, *page.get_translations()]:
        if children_only:
            beneath |= Q(path__startswith=version.path, depth=version.depth + 1)
        else:
            beneath |= Q(path__startswith=version.path, depth__gt=version.depth)
    return pages.filter(beneath)


def in_tree_order(pages, parent):
    """Pages listed in their parent's order, whichever language each one is shown in: a
    translation takes the place of the page it translates."""
    order = {}
    for version in [parent, *parent.get_translations()]:
        for key in version.get_children().values_list("translation_key", flat=True):
            order.setdefault(key, len(order))
    return sorted(pages, key=lambda page: order.get(page.translation_key, len(order)))


def page_in_other_languages(page, request):
    """For the switcher and hreflang: (language code, name, URL, translated) per other language.

    Where a page has no live translation, the URL is the same address under the other
    language's prefix, which shows the page as written with a notice (HomePage.route)."""
    versions = {version.locale.language_code: version for version in [page, *page.get_translations().live()]}
    # A routable page's sub-route (/principles/<slug>/) follows the page into the other language.
    page_url = page.get_url(request) or ""
    rest = request.path[len(page_url) :] if page_url and request.path.startswith(page_url) else ""
    query = f"?{request.META['QUERY_STRING']}" if request.META.get("QUERY_STRING") else ""
    links = []
    for code, name in settings.LANGUAGES:
        version = versions.get(code)
        if version is not None and version.live:
            url = (version.get_url(request) or "") + rest + query
        else:
            url = with_language(request.path, code) + query
        links.append((code, name, url, version is not None))
    return links


def copied_text_language(page):
    """The language of what a translation copies from its original untranslated (child objects
    that are not translatable, such as a group's meetings or a report's document links): the
    original's language. For an original, its own."""
    from wagtail_localize.models import Translation  # the app registry must be ready

    translation = (
        Translation.objects.filter(source__object_id=page.translation_key, target_locale_id=page.locale_id)
        .select_related("source__locale")
        .first()
    )
    return translation.source.locale.language_code if translation else language_of(page)


def reader_version(page):
    """The page in the reader's language: itself, or its live translation; None if it has none."""
    locale = reader_locale()
    if page.locale_id == locale.pk:
        return page
    translation = page.get_translation_or_none(locale)
    return translation if translation is not None and translation.live else None


def url_in_reader_language(page, request=None):
    """The page's translation into the reader's language where there is a live one; otherwise
    the page as written, at its address under the reader's prefix (see HomePage.route)."""
    version = reader_version(page)
    if version is not None:
        return version.get_url(request) or ""
    url = page.get_url(request) or ""
    return with_language(url, reader_locale().language_code) if url.startswith("/") else url
