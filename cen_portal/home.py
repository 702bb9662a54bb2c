"""The lists the home page shows of each app's items, registered by the app that owns them.

The home page (`HomePage`) belongs to the kernel, which imports no feature app: an app adds
its lists in its `AppConfig.ready`, each under the name the home page's template reads.
"""

from django.core.exceptions import ImproperlyConfigured

# {template variable: a function giving the pages listed, live, public and in the reader's language}
HOME_SECTIONS = {}


def register_home_section(name, pages):
    if name in HOME_SECTIONS:
        raise ImproperlyConfigured(f"The home page's {name!r} is registered twice.")
    HOME_SECTIONS[name] = pages


def home_sections():
    """Each registered list, as the home page's template names it."""
    return {name: pages() for name, pages in HOME_SECTIONS.items()}
