"""Lists a page shows of another app's items, registered by the app that owns the items.

A working group's page lists its events, a report the events it came out of: the page belongs
to one feature app and the items to another, and feature apps do not import each other. The
owning app registers a function in its `AppConfig.ready`, under the page model's label and the
name the page's template reads; the page's `get_context` adds `page_sections(self, request)`.
"""

from django.core.exceptions import ImproperlyConfigured

# {page model label: {template variable: a function of (page, request) giving the items}}
PAGE_SECTIONS = {}


def register_page_section(model_label, name, items):
    sections = PAGE_SECTIONS.setdefault(model_label.lower(), {})
    if name in sections:
        raise ImproperlyConfigured(f"The {model_label} page's {name!r} is registered twice.")
    sections[name] = items


def page_sections(page, request):
    """Each list registered for this page's model, as its template names it."""
    sections = PAGE_SECTIONS.get(page._meta.label_lower, {})
    return {name: items(page, request) for name, items in sections.items()}
