from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Every public page in every language: Wagtail's own sitemap lists only the site's root
    page tree, and each translation of the home page has a tree of its own."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Q()
        for home in [root, *root.get_translations()]:
            trees |= Q(path__startswith=home.path)
        return Page.objects.filter(trees).live().public().order_by("path").defer_streamfields().specific()
