"""The home page and the browse pages (by principle, practice area and country).

Taxonomy models live in the `taxonomy` package; they are imported here so Django registers them.
"""

from django.db import models
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from .home import home_sections
from .i18n import in_reader_language, url_in_reader_language
from .kinds import tagged_knowledge_page_models
from .services import SERVICES
from .taxonomy import (  # noqa: F401  (registered models)
    Country,
    ElectionManagementBody,
    FeaturedItem,
    KeyPrinciple,
    PracticeArea,
    Region,
    SocialAccount,
    TaggedKnowledgeMixin,
    display_sort_key,
)

INTRO_FEATURES = ["bold", "italic", "link"]
ITEMS_PER_KIND_ON_BROWSE_PAGES = 6


class HomePage(Page):
    intro = RichTextField(_("introduction"), features=INTRO_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel("featured_items", label=_("Featured items"), max_num=6),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "casestudies.CaseStudyIndexPage",
        "workinggroups.WorkingGroupIndexPage",
        "instruments.InstrumentIndexPage",
        "networkevents.EventIndexPage",
        "guidance.GuidanceIndexPage",
        "cen_portal.PrincipleIndexPage",
        "cen_portal.PracticeAreaIndexPage",
        "cen_portal.CountryIndexPage",
        "cen_portal.StandardPage",
    ]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Serve a page not yet translated into this home's language as written, at this
        language's address (base.html says so), instead of a 404."""
        try:
            return super().route(request, path_components)
        except Http404:
            for version in self.get_translations():
                try:
                    # Page.route, not this one: the other home must not fall back in turn.
                    return Page.route(version.specific, request, path_components)
                except Http404:
                    continue
            raise

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured"] = visible_features(self.featured_items.all())
        context["principles"] = KeyPrinciple.objects.all()
        # The newest case studies and reports, the working groups and instruments (cen_portal.home).
        context.update(home_sections())
        # Every service, with whether this reader may use it: the others say how to get in.
        context["services"] = [(service, service.open_to(request.user)) for service in SERVICES.values()]
        return context


class HomeFeaturedItem(FeaturedItem):
    home = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_items")


def visible_features(features):
    """Featured items anyone may open: live and public; a withdrawn item drops out."""
    features = list(features.select_related("page"))
    for feature in features:
        # The item in the reader's language where it has been translated.
        feature.item = feature.page.localized.specific
    shown = [feature.item.pk for feature in features]
    public = set(Page.objects.live().public().filter(pk__in=shown).values_list("pk", flat=True))
    return [feature for feature in features if feature.item.pk in public]


class BrowseIndexPage(RoutablePageMixin, Page):
    """A page that lists one kind of taxonomy term and gives each term a page of its own,
    showing everything tagged with it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = []
    max_count = 1

    # Set by subclasses.
    term_model = None
    term_lookup = "slug"
    tag_field = None
    listing_filter = None

    class Meta:
        abstract = True

    def get_terms(self):
        return self.term_model.objects.all()

    def get_term(self, key):
        # `objects`: the canonical terms (a translation shares its slug but is only text).
        return get_object_or_404(self.term_model.objects, **{self.term_lookup: key})

    def term_key(self, term):
        return getattr(term, self.term_lookup)

    def term_url(self, term, request=None):
        return url_in_reader_language(self, request) + self.term_path(term)

    def term_path(self, term):
        return self.reverse_subpage("term", args=[self.term_key(term)])

    def tagged_items(self, term):
        """Each kind of knowledge item tagged with the term: the newest few and the total."""
        sections = []
        for model in tagged_knowledge_page_models():
            items = in_reader_language(model.objects.live().public().filter(**{self.tag_field: term}).distinct())
            total = items.count()
            if not total:
                continue
            sections.append(
                {
                    "label": model._meta.verbose_name_plural,
                    "items": items.order_by(*model.listing_order)[:ITEMS_PER_KIND_ON_BROWSE_PAGES],
                    "total": total,
                    "listing_url": model.filtered_listing_url({self.listing_filter: self.term_key(term)}),
                }
            )
        return sections

    @path("")
    def index(self, request):
        return self.render(request, context_overrides={"terms": self.get_terms()})

    @path("<str:key>/", name="term")
    def term(self, request, key):
        term = self.get_term(key)
        return self.render(
            request,
            template=self.get_term_template(),
            context_overrides={"term": term, "sections": self.tagged_items(term), **self.term_context(term)},
        )

    def term_context(self, term):
        """Extra context for a term's page, for subclasses."""
        return {}

    def get_term_template(self):
        return f"cen_portal/{self._meta.model_name.removesuffix('indexpage')}_detail.html"

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        root = self.get_full_url(request)
        if root is None:
            return urls
        return urls + [
            {"location": root + self.reverse_subpage("term", args=[self.term_key(term)]).lstrip("/")}
            for term in self.get_terms()
        ]

    @classmethod
    def url_for(cls, term, request=None):
        """The browse page URL of a term, or None when the site has no such browse page.

        The page and its address in the reader's language are looked up once per request, as
        cards link to many terms."""
        cache = getattr(request, "_browse_pages", None) if request is not None else None
        if cache is None:
            cache = {}
            if request is not None:
                request._browse_pages = cache
        if cls not in cache:
            page = cls.objects.live().first()
            cache[cls] = (page, url_in_reader_language(page, request) if page else "")
        page, page_url = cache[cls]
        return page_url + page.term_path(term) if page else None


class PrincipleIndexPage(BrowseIndexPage):
    term_model = KeyPrinciple
    tag_field = "principles"
    listing_filter = "principle"

    class Meta:
        verbose_name = _("key principles page")

    def term_context(self, term):
        return {
            "practice_areas": PracticeArea.objects.filter(principles=term),
            "featured": visible_features(term.featured_items.all()),
        }


class PracticeAreaIndexPage(BrowseIndexPage):
    term_model = PracticeArea
    tag_field = "practice_areas"
    listing_filter = "area"

    class Meta:
        verbose_name = _("good-practice areas page")

    def get_terms(self):
        return PracticeArea.objects.prefetch_related("principles")


class CountryIndexPage(BrowseIndexPage):
    term_model = Country
    term_lookup = "iso_code"
    tag_field = "countries"
    listing_filter = "country"

    class Meta:
        verbose_name = _("countries page")

    def get_terms(self):
        countries = Country.objects.select_related("region")
        # By region, then by the country's name as the reader reads it.
        return sorted(
            countries,
            key=lambda c: (c.region.sort_order, c.region.name, display_sort_key(c.display_name)),
        )

    def get_term(self, key):
        if len(key) != 2:
            raise Http404
        return get_object_or_404(Country.objects.select_related("region"), iso_code=key.upper())

    def term_key(self, term):
        return term.iso_code.lower()

    def term_context(self, term):
        return {"embs": ElectionManagementBody.objects.filter(country=term).prefetch_related("social_accounts")}


class StandardPage(Page):
    """A plain page of text, such as the privacy notice or the terms of use."""

    body = RichTextField(_("body"), features=["h2", "h3", "bold", "italic", "link", "ol", "ul"])

    content_panels = Page.content_panels + [FieldPanel("body")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("standard page")
