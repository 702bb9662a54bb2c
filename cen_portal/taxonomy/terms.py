"""The terms: key principles, good-practice areas, regions, member countries and election
management bodies, with their social accounts and the featured items of a principle."""

import unicodedata
from functools import lru_cache

import babel
from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable
from wagtail.rich_text import get_text_for_indexing

from .translation import TranslatableTerm, canonical_terms, content_language, default_language, term_fields

GUIDANCE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


# The terms -------------------------------------------------------------------------------


class KeyPrinciple(TranslatableTerm, ClusterableModel):
    """One of the eight key principles for the use of new media in elections."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
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

    translated_text_fields = ("name", "summary", "description")
    # Featured items belong to the canonical principle (its page shows them in every language).
    translatable_fields = term_fields(translated_text_fields, ("slug", "sort_order"))
    exclude_fields_in_copy = ["featured_items"]

    search_key_prefix = "principle"

    class Meta(TranslatableTerm.Meta):
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("locale", "name"), ("locale", "slug")]
        verbose_name = _("key principle")
        verbose_name_plural = _("key principles")

    def __str__(self):
        return self.translated.name

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


class PracticeArea(TranslatableTerm):
    """A good-practice area from section 3 of the guide, such as 3.9 Security of information."""

    number = models.CharField(
        _("number"),
        max_length=8,
        validators=[RegexValidator(r"^\d+(\.\d+)*$", _("Use a section number such as 3.9."))],
    )
    title = models.CharField(_("title"), max_length=160)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.CharField(_("summary"), max_length=255)
    guidance = RichTextField(_("guidance"), features=GUIDANCE_FEATURES, blank=True)
    principles = models.ManyToManyField(
        KeyPrinciple,
        related_name="practice_areas",
        verbose_name=_("key principles"),
        help_text=_("The principles this practice serves, as the guide tags it."),
        limit_choices_to=canonical_terms,
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

    translated_text_fields = ("title", "summary", "guidance")
    # The principles an area serves are tagged on the canonical area only: a translation is
    # text, and "which principles" is the same fact in every language.
    translatable_fields = term_fields(translated_text_fields, ("number", "slug", "sort_order"))

    search_key_prefix = "area"

    class Meta(TranslatableTerm.Meta):
        ordering = ["sort_order", "number"]
        unique_together = [("translation_key", "locale"), ("locale", "number"), ("locale", "slug")]
        verbose_name = _("good-practice area")
        verbose_name_plural = _("good-practice areas")

    def __str__(self):
        return f"{self.number} {self.translated.title}"

    def search_document(self):
        return {
            "title": f"{self.number} {self.title}",
            "summary": self.summary,
            "body": get_text_for_indexing(self.guidance),
            "principles": [principle.slug for principle in self.principles.all()],
            "practice_areas": [self.slug],
        }


class Region(TranslatableTerm):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    translated_text_fields = ("name",)
    translatable_fields = term_fields(translated_text_fields, ("slug", "sort_order"))

    class Meta(TranslatableTerm.Meta):
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("locale", "name"), ("locale", "slug")]
        verbose_name = _("region")
        verbose_name_plural = _("regions")

    def __str__(self):
        return self.translated.name


@lru_cache(maxsize=8)
def cldr_territory_names(language):
    """Country names as the Unicode CLDR writes them in a language: {"ZA": "Afrique du Sud"}."""
    return babel.Locale.parse(language).territories


def display_sort_key(text):
    """Sort names as a reader expects: accents and case aside ("Île" with the I's)."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


class Country(models.Model):
    """A Commonwealth member country, identified by its ISO 3166-1 alpha-2 code.

    Its name is shown in the reader's language from the CLDR (through Babel); the stored
    English name is the fallback and the sort key of the admin.
    """

    iso_code = models.CharField(
        _("ISO code"),
        max_length=2,
        unique=True,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Use the two capital letters of ISO 3166-1, such as JM."))],
    )
    name = models.CharField(_("name"), max_length=120, unique=True)
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        related_name="countries",
        verbose_name=_("region"),
        limit_choices_to=canonical_terms,
    )

    panels = [FieldPanel("name"), FieldPanel("iso_code"), FieldPanel("region")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.display_name

    def save(self, *args, **kwargs):
        self.iso_code = self.iso_code.upper()
        super().save(*args, **kwargs)

    @property
    def display_name(self):
        """The country's name in the reader's language."""
        return self.name_in(get_language())

    def name_in(self, language):
        language = content_language(language)
        if language == default_language():
            return self.name
        return cldr_territory_names(language).get(self.iso_code, self.name)

    @property
    def slug(self):
        return self.iso_code.lower()


def sorted_by_display_name(countries):
    """Countries in the alphabetical order of their names in the reader's language."""
    return sorted(countries, key=lambda country: display_sort_key(country.display_name))


class ElectionManagementBody(TranslatableTerm, ClusterableModel):
    """An EMB. Those with an official name in another language have a translation for it."""

    name = models.CharField(_("name"), max_length=200)
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

    translated_text_fields = ("name", "abbreviation")
    # Social media accounts belong to the canonical EMB.
    translatable_fields = term_fields(translated_text_fields, ("country", "website"), overridable=("website",))
    exclude_fields_in_copy = ["social_accounts"]

    class Meta(TranslatableTerm.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("locale", "name")]
        verbose_name = _("election management body")
        verbose_name_plural = _("election management bodies")

    def __str__(self):
        return self.translated.name


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
