"""RSS and Atom feeds of new public knowledge items, in the language of their address (/en/ or /fr/):
titles in it, and each item in it when translated, otherwise as written."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from .i18n import in_reader_language, url_in_reader_language
from .kinds import tagged_knowledge_page_models

FEED_LENGTH = 30


class LatestItemsFeed(Feed):
    title = _("CEN Knowledge Portal: new items")
    description = _("New case studies, working-group outputs and guidance published on the portal.")

    def link(self):
        return reverse("wagtail_serve", args=[""])  # the home page in the feed's language

    def items(self):
        # Only what anyone may read: live pages with no view restriction anywhere above them.
        pages = Page.objects.live().public().type(*tagged_knowledge_page_models()).exclude(first_published_at=None)
        return in_reader_language(pages).order_by("-first_published_at").specific()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return url_in_reader_language(item)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(principle) for principle in item.principles.all()]


class LatestItemsAtomFeed(LatestItemsFeed):
    feed_type = Atom1Feed
    subtitle = LatestItemsFeed.description
