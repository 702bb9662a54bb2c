"""Changes that alter what the knowledge index should say, turned into pending updates."""

from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move

from cen_portal.kinds import knowledge_page_models
from cen_portal.taxonomy import Country, KeyPrinciple, PracticeArea, Region

from .sources import keys_using_document, page_key
from .sync import request_update


def keys_for_page_and_neighbours(page):
    """The page, its descendants (URL and privacy are inherited), its translations and
    theirs (a translation shares the privacy of the page, search/audience.py) and its
    parent (an instrument lists its provisions)."""
    keys = []
    for version in page.get_translations(inclusive=True):
        keys.append(page_key(version))
        keys += [f"page:{pk}" for pk in version.get_descendants().values_list("pk", flat=True)]
    parent = page.get_parent()
    if parent is not None and getattr(parent.specific_class, "knowledge_kind", None):
        keys.append(page_key(parent))
    return keys


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    request_update(*keys_for_page_and_neighbours(instance))


@receiver(post_page_move)
def page_moved(sender, instance, **kwargs):
    request_update(*keys_for_page_and_neighbours(instance))


@receiver(post_delete, sender=Page)
def page_deleted(sender, instance, **kwargs):
    # Its translations are no longer translated into its language (search/sources.py).
    translations = Page.objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk)
    request_update(page_key(instance), *map(page_key, translations))


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def privacy_changed(sender, instance, **kwargs):
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        request_update(*keys_for_page_and_neighbours(page))


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def privacy_groups_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PageViewRestriction):
        privacy_changed(sender, instance)


def term_keys(term):
    """The index keys of a term's guidance in every language: each row names the others'
    languages (search/sources.py)."""
    pks = [term.pk, *term.get_translations().values_list("pk", flat=True)]
    return [f"{term.search_key_prefix}:{pk}" for pk in pks]


def pages_tagged_with(field, term):
    keys = []
    for model in knowledge_page_models():
        if hasattr(model, field):
            keys += [f"page:{pk}" for pk in model.objects.filter(**{field: term}).values_list("pk", flat=True)]
    return keys


@receiver(post_save, sender=KeyPrinciple)
@receiver(post_delete, sender=KeyPrinciple)
def principle_changed(sender, instance, **kwargs):
    # Documents name their tags in every language: a renamed term, or a new translation of
    # one, re-indexes the items tagged with it.
    request_update(*term_keys(instance), *pages_tagged_with("principles", instance.canonical_row()))


@receiver(post_save, sender=PracticeArea)
@receiver(post_delete, sender=PracticeArea)
def practice_area_changed(sender, instance, **kwargs):
    request_update(*term_keys(instance), *pages_tagged_with("practice_areas", instance.canonical_row()))


@receiver(m2m_changed, sender=PracticeArea.principles.through)
def practice_area_retagged(sender, instance, action, **kwargs):
    if action.startswith("post_") and isinstance(instance, PracticeArea):
        request_update(f"area:{instance.pk}")


@receiver(post_save, sender=Country)
def country_changed(sender, instance, **kwargs):
    # Documents carry the country's region; a country moved between regions re-indexes.
    request_update(*pages_tagged_with("countries", instance))


@receiver(post_save, sender=Region)
def region_changed(sender, instance, **kwargs):
    instance = instance.canonical_row()
    request_update(*[key for country in instance.countries.all() for key in pages_tagged_with("countries", country)])


@receiver(post_save, sender=get_document_model())
def document_changed(sender, instance, **kwargs):
    request_update(*keys_using_document(instance))
