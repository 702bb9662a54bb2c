"""What every page shows around its content and that changes only when pages do: the main menu's
sections and the privacy notice. Each is computed once per language and kept in the cache under
a version that any change to a page, a view restriction or a site replaces, so every web process
sees a change at once (the cache is shared between them in production).

Who may see a restricted section is still decided per request (portal_tags.main_menu_pages)."""

import uuid

from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import post_page_move

VERSION_KEY = "site-chrome:version"
TIMEOUT = 24 * 3600


def cached(name, compute):
    """`compute()` as of the current version of the pages (values must not be None)."""
    key = f"site-chrome:{current_version()}:{name}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, TIMEOUT)
    return value


def current_version():
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(VERSION_KEY)
    return version


def forget_site_chrome(**kwargs):
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


@receiver(post_save)
@receiver(post_delete)
def page_or_site_changed(sender, instance=None, **kwargs):
    # Any model's save comes here; only pages (a title, show_in_menus, a move), restrictions and
    # sites change what the chrome shows.
    if isinstance(instance, (Page, PageViewRestriction, Site)):
        forget_site_chrome()


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def restriction_groups_changed(sender, **kwargs):
    forget_site_chrome()


# A move rewrites the pages' tree paths without saving them.
post_page_move.connect(forget_site_chrome)
