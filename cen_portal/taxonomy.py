"""The Network's shared vocabulary: key principles, good-practice areas, regions,
member countries and election management bodies.

The Secretariat edits these as snippets in the Wagtail admin; every knowledge item is
tagged with them, and the browse pages and the knowledge index are organised by them.
"""

import datetime

from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.rich_text import get_text_for_indexing

GUIDANCE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class KeyPrinciple(ClusterableModel):
    """One of the eight key principles for the use of new media in elections."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    summary = models.CharField(_("summary"), max_length=255, help_text=_("One sentence shown on cards."))
    description = RichTextField(_("description"), features=GUIDANCE_FEATURES, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        InlinePanel("featured_items", label=_("Featured on this principle's page"), max_num=6),
    ]

    search_key_prefix = "principle"

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("key principle")
        verbose_name_plural = _("key principles")

    def __str__(self):
        return self.name

    def search_document(self):
        return {
            "title": self.name,
            "summary": self.summary,
            "body": get_text_for_indexing(self.description),
            "principles": [self.slug],
        }


class FeaturedItem(Orderable):
    """An item the Secretariat puts forward, with a line saying why."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("item"))
    note = models.CharField(_("why it matters"), max_length=200, blank=True)

    panels = [FieldPanel("page"), FieldPanel("note")]

    class Meta(Orderable.Meta):
        abstract = True

    def __str__(self):
        return str(self.page)


class PrincipleFeaturedItem(FeaturedItem):
    principle = ParentalKey(KeyPrinciple, on_delete=models.CASCADE, related_name="featured_items")


class PracticeArea(models.Model):
    """A good-practice area from section 3 of the guide, such as 3.9 Security of information."""

    number = models.CharField(
        _("number"),
        max_length=8,
        unique=True,
        validators=[RegexValidator(r"^\d+(\.\d+)*$", _("Use a section number such as 3.9."))],
    )
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    summary = models.CharField(_("summary"), max_length=255)
    guidance = RichTextField(_("guidance"), features=GUIDANCE_FEATURES, blank=True)
    principles = models.ManyToManyField(
        KeyPrinciple,
        related_name="practice_areas",
        verbose_name=_("key principles"),
        help_text=_("The principles this practice serves, as the guide tags it."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("number"),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("summary"),
        FieldPanel("guidance"),
        FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
        FieldPanel("sort_order"),
    ]

    search_key_prefix = "area"

    class Meta:
        ordering = ["sort_order", "number"]
        verbose_name = _("good-practice area")
        verbose_name_plural = _("good-practice areas")

    def __str__(self):
        return f"{self.number} {self.title}"

    def search_document(self):
        return {
            "title": str(self),
            "summary": self.summary,
            "body": get_text_for_indexing(self.guidance),
            "principles": [principle.slug for principle in self.principles.all()],
            "practice_areas": [self.slug],
        }


class Region(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.name


class Country(models.Model):
    """A Commonwealth member country, identified by its ISO 3166-1 alpha-2 code."""

    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two capital letters of ISO 3166-1, such as JM."))],
    )
    name = models.CharField(_("name"), max_length=120, unique=True)
    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="countries", verbose_name=_("region"))

    panels = [FieldPanel("name"), FieldPanel("iso_code"), FieldPanel("region")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.iso_code = self.iso_code.upper()
        super().save(*args, **kwargs)

    @property
    def slug(self):
        return self.iso_code.lower()


class ElectionManagementBody(ClusterableModel):
    name = models.CharField(_("name"), max_length=200, unique=True)
    abbreviation = models.CharField(_("abbreviation"), max_length=20, blank=True)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="embs", verbose_name=_("country"))
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("abbreviation"),
        FieldPanel("country"),
        FieldPanel("website"),
        InlinePanel("social_accounts", label=_("Social media accounts")),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("election management body")
        verbose_name_plural = _("election management bodies")

    def __str__(self):
        return self.name


class SocialAccount(Orderable):
    class Platform(models.TextChoices):
        X = "x", "X (Twitter)"
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        WHATSAPP = "whatsapp", "WhatsApp"
        LINKEDIN = "linkedin", "LinkedIn"
        OTHER = "other", _("Other")

    emb = ParentalKey(ElectionManagementBody, on_delete=models.CASCADE, related_name="social_accounts")
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    url = models.URLField(_("address"))

    panels = [FieldPanel("platform"), FieldPanel("url")]

    def __str__(self):
        return f"{self.get_platform_display()}: {self.url}"


class TaggedKnowledgeMixin(models.Model):
    """Fields every knowledge item carries, so browsing and search treat them alike.

    Regions follow from the countries; years come from each model's own date or year.
    """

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown in listings."))
    principles = ParentalManyToManyField(KeyPrinciple, blank=True, related_name="+", verbose_name=_("key principles"))
    practice_areas = ParentalManyToManyField(
        PracticeArea, blank=True, related_name="+", verbose_name=_("good-practice areas")
    )
    countries = ParentalManyToManyField(Country, blank=True, related_name="+", verbose_name=_("countries"))
    next_review = models.DateField(
        _("next lessons-learned review"),
        null=True,
        blank=True,
        help_text=_("When the Secretariat should check this is still current (good practice 3.10)."),
    )

    # The model field or lookup that holds the item's year, for year filters.
    year_lookup = "year"
    # How lists of this kind are ordered on browse pages.
    listing_order = ["-first_published_at"]
    # Tags an editor must fill in (checked by TaggedKnowledgePageForm).
    required_tags = ("principles",)

    class Meta:
        abstract = True

    def search_document(self):
        """The fields of this item's knowledge-index document (the index adds key, URL, audience)."""
        countries = list(self.countries.select_related("region"))
        return {
            "title": self.search_title,
            "summary": self.summary,
            # The countries' names too, so a reader who types "Kenya" finds what is tagged with it.
            "body": "\n".join([self.search_body(), *(country.name for country in countries)]).strip(),
            "attachments": self.search_attachments(),
            "principles": [principle.slug for principle in self.principles.all()],
            "practice_areas": [area.slug for area in self.practice_areas.all()],
            "countries": [country.iso_code for country in countries],
            "regions": sorted({country.region.slug for country in countries}),
            "year": self.year,
            "date": self.search_date(),
        }

    @property
    def search_title(self):
        return self.title

    def search_body(self):
        return ""

    def search_attachments(self):
        return ""

    def search_date(self):
        return datetime.date(self.year, 1, 1) if self.year else None

    @classmethod
    def filtered_listing_url(cls, filters):
        """The URL of a filterable listing of this kind with the filters applied, if one exists."""
        return None

    @property
    def regions(self):
        regions = {country.region for country in self.countries.select_related("region")}
        return sorted(regions, key=lambda region: (region.sort_order, region.name))
