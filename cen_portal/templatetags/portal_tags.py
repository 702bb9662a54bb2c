from django import template
from wagtail.models import Site

from cen_portal.models import CountryIndexPage, PracticeAreaIndexPage, PrincipleIndexPage, StandardPage
from cen_portal.privacy import may_view_page
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
    pages = site.root_page.get_children().live().in_menu()
    public = set(pages.public().values_list("pk", flat=True))
    return [page for page in pages if page.pk in public or may_view_page(page, request)]


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
    return StandardPage.objects.live().public().filter(slug="privacy").first()
