from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cen_portal import public_cache
from cen_portal.i18n import (
    copied_text_language,
    in_reader_language,
    in_tree_order,
    language_of,
    page_in_other_languages,
    reader_version,
    under_reader_prefix,
    url_in_reader_language,
)
from cen_portal.models import CountryIndexPage, PracticeAreaIndexPage, PrincipleIndexPage, StandardPage
from cen_portal.privacy import may_view_page
from cen_portal.services import services_for
from cen_portal.taxonomy import Country, KeyPrinciple, PracticeArea

register = template.Library()

BROWSE_PAGES = {KeyPrinciple: PrincipleIndexPage, PracticeArea: PracticeAreaIndexPage, Country: CountryIndexPage}


@register.simple_tag(takes_context=True)
def main_menu_pages(context):
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    # A restricted section's title is shown only to those who may open it.
    sections = public_cache.cached(f"menu:{site.pk}:{get_language()}", lambda: menu_sections(site))
    return [page for page, public in sections if public or may_view_page(page, request)]


@register.simple_tag(takes_context=True)
def main_menu_services(context):
    """The services the reader may use, each with whether the page shown is one of its own."""
    request = context.get("request")
    if request is None:
        return []
    # Pages rendered before authentication (a request refused as too large) show the public ones.
    user = getattr(request, "user", None)
    return [(service, request.path.startswith(service.url)) for service in services_for(user)]


def menu_sections(site):
    """The sections in the main menu, each in the reader's language where it has been
    translated, in the tree's order, with whether it is open to everyone."""
    sections = in_reader_language(Page.objects.live().in_menu(), under=site.root_page, children_only=True)
    public = set(sections.public().values_list("pk", flat=True))
    return [(page, page.pk in public) for page in in_tree_order(sections, site.root_page)]


@register.simple_tag(takes_context=True)
def language_versions(context):
    """This page in each language: (code, name, URL, whether it exists in that language).

    Pages link to their translations (or, untranslated, to the page as written under the
    other prefix, which says so); every other view to the same address under the other prefix."""
    request = context.get("request")
    if request is None:
        return []
    if "exception" in context:
        # An error page: each language's home, rather than echo an address that led nowhere.
        return [(code, name, home_url(code), True) for code, name in settings.LANGUAGES]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        # The head's hreflang links and the switcher both ask: once per request and page.
        answers = request.__dict__.setdefault("_language_versions", {})
        if page.pk not in answers:
            answers[page.pk] = page_in_other_languages(page, request)
        return answers[page.pk]
    return [(code, name, translate_url(request.get_full_path(), code), True) for code, name in settings.LANGUAGES]


def home_url(language_code):
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.simple_tag(takes_context=True)
def readerurl(context, page):
    """A page's address for this reader: its translation into the reader's language where there
    is one, otherwise the page as written under the reader's prefix (shown with a notice), so
    following links never switches the reader's language."""
    return url_in_reader_language(page, context.get("request"))


@register.simple_tag(takes_context=True)
def breadcrumb_trail(context, page):
    """(address, title) of each section above `page`, home first (title None), each in the
    reader's language where translated: a French reader of an English-only item still walks
    back through French sections. A translation has its source's view restrictions
    (privacy.py), so its title is shown only to whoever may read the page it translates."""
    request = context.get("request")
    trail = []
    for ancestor in page.get_ancestors().filter(depth__gt=1):
        version = reader_version(ancestor)
        title = None if ancestor.depth == 2 else (version or ancestor).title
        url = (version.get_url(request) or "") if version else url_in_reader_language(ancestor, request)
        trail.append((url, title))
    return trail


@register.filter
def reader_address(url):
    """A stored address (a search hit's) under the reader's language prefix."""
    return under_reader_prefix(url)


@register.simple_tag(takes_context=True)
def shown_in_another_language(context):
    """The language code a page is written in, when it is not the reader's ('' otherwise)."""
    page = context.get("page")
    if not isinstance(page, Page) or not page.pk:
        return ""
    return other_language(page)


@register.filter
def other_language(item):
    """The language an item is written in when it is not the reader's ('' otherwise): a page
    (by its locale), or anything that records its `language` (a question, an answer, a post).
    Its text carries it as its lang, so a screen reader reads it aright (WCAG 3.1.2)."""
    language = item.language if isinstance(getattr(item, "language", None), str) else language_of(item)
    return "" if language == get_language() else language


@register.filter
def copied_in_other_language(page):
    """The language of the text a translated page copies from its original (see
    i18n.copied_text_language) when it is not the reader's ('' otherwise), for its lang."""
    language = copied_text_language(page)
    return "" if language == get_language() else language


@register.filter
def in_section(page, section):
    """Whether `page` is `section` or lies beneath it, for marking the current menu item."""
    return bool(page) and getattr(page, "path", "").startswith(section.path)


@register.simple_tag(takes_context=True)
def browse_url(context, term):
    """The browse page of a principle, practice area or country ('' if the site has none)."""
    browse_page = BROWSE_PAGES.get(type(term))
    if browse_page is None:
        return ""
    return browse_page.url_for(term, context.get("request")) or ""


@register.filter
def kind_label(model):
    return model._meta.verbose_name.capitalize() if model else ""


@register.filter
def get_item(mapping, key):
    """A dictionary value in a template: {{ labels|get_item:code }}."""
    return mapping.get(key, key) if mapping else key


@register.simple_tag
def privacy_notice():
    """The privacy notice page, for the footer (None until the site has one)."""
    notice = public_cache.cached(
        "privacy-notice", lambda: StandardPage.objects.live().public().filter(slug="privacy").first() or False
    )
    return notice or None
