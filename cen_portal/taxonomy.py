"""The Network's shared vocabulary: key principles, good-practice areas, regions,
member countries and election management bodies.

The Secretariat edits these as snippets in the Wagtail admin; every knowledge item is
tagged with them, and the browse pages and the knowledge index are organised by them.
"""

import datetime
import time
import unicodedata
from collections import defaultdict
from functools import lru_cache
from types import SimpleNamespace

import babel
from django import forms
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.fields import RichTextField
from wagtail.models import Locale, Orderable, ReferenceIndex, TranslatableMixin
from wagtail.rich_text import get_text_for_indexing
from wagtail_localize.fields import SynchronizedField, TranslatableField
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource
from wagtail_localize.strings import StringValue

from .i18n import DEFAULT_LANGUAGE

GUIDANCE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


# Languages -------------------------------------------------------------------------------


def default_language():
    """The language of the canonical taxonomy (the default locale: English)."""
    return DEFAULT_LANGUAGE


def content_language(language=None):
    """The content language ("en" or "fr") for a language code, or for the reader's language."""
    try:
        return get_supported_content_language_variant(language or get_language() or DEFAULT_LANGUAGE)
    except LookupError:
        return default_language()


def canonical_terms():
    """The canonical rows of a translatable term: those of the default locale.

    Everything is tagged with these (`limit_choices_to` on every relation to a term), so facets,
    filters and search keys are the same in every language; a translation is a text overlay.
    """
    return models.Q(locale__language_code=default_language())


# Translatable terms ----------------------------------------------------------------------


class CanonicalTermManager(models.Manager):
    """`Model.objects`: the taxonomy itself, one row per term (the default locale's)."""

    def get_queryset(self):
        return super().get_queryset().filter(canonical_terms())


# How long a process trusts its copy of a language's texts. A save or delete clears it at
# once in the process that made it; other processes (gunicorn workers) pick it up within this.
TRANSLATIONS_MEMO_SECONDS = 60
_translations_memo = {}
# Raised whenever a term is saved or deleted, so instances drop the texts they worked out before.
_translations_generation = 0


def _translations(model, language):
    """{translation_key: {field: text}} for the term rows of one model in one language:
    one query per model and language, remembered for a minute."""
    memo_key = (model._meta.label, language)
    loaded = _translations_memo.get(memo_key)
    if loaded is None or time.monotonic() - loaded[0] > TRANSLATIONS_MEMO_SECONDS:
        rows = model._default_manager.filter(locale__language_code=language).values(
            "translation_key", *model.translated_text_fields
        )
        loaded = (time.monotonic(), {row.pop("translation_key"): row for row in rows})
        _translations_memo[memo_key] = loaded
    return loaded[1]


class TranslatableTerm(TranslatableMixin):
    """A term of the taxonomy in several languages (wagtail-localize translates it as a snippet).

    The default manager sees every locale (wagtail-localize and the snippet admin need that);
    `objects` sees the canonical rows only. Readers see `term.translated.<field>` and `str(term)`
    in their language, falling back to the canonical text where there is no translation.
    """

    all_locales = models.Manager()
    objects = CanonicalTermManager()

    # The human text, set by each model; the other fields are synchronised from the canonical row.
    translated_text_fields = ()

    class Meta(TranslatableMixin.Meta):
        abstract = True
        default_manager_name = "all_locales"

    def canonical_row(self):
        """The canonical row of this term, the one items are tagged with: itself, or the row it translates."""
        return type(self).objects.filter(translation_key=self.translation_key).first() or self

    def get_translations(self, inclusive=False):
        # Wagtail looks translations up through `objects`, which here holds the canonical rows only.
        translations = type(self)._default_manager.filter(translation_key=self.translation_key)
        return translations if inclusive else translations.exclude(pk=self.pk)

    def save(self, *args, **kwargs):
        if self.locale_id is None or self.locale_id == Locale.get_default().pk:
            return super().save(*args, **kwargs)
        # Wagtail's background reference-index update finds rows through `objects`, which has no
        # translations: index a translation's references (its country, for an EMB) here instead.
        from wagtail.signal_handlers import disable_reference_index_auto_update  # needs the models loaded

        with disable_reference_index_auto_update():
            super().save(*args, **kwargs)
        ReferenceIndex.create_or_update_for_object(self)

    def validate_unique(self, exclude=None):
        # Names and slugs are unique per locale. The locale is set before an admin form is
        # validated but is not one of its fields, so keep it in the check (no database error).
        if exclude and self.locale_id:
            exclude = set(exclude) - {"locale"}
        super().validate_unique(exclude)

    def text_in(self, language):
        """The term's text fields in a language, each falling back to this row's own text;
        `languages` says which language each field is shown in (for a `lang` attribute)."""
        values = {name: getattr(self, name) for name in self.translated_text_fields}
        languages = dict.fromkeys(self.translated_text_fields, default_language())
        language = content_language(language)
        if language != default_language():
            translation = _translations(type(self), language).get(self.translation_key, {})
            translated = {name: text for name, text in translation.items() if text}
            values.update(translated)
            languages.update(dict.fromkeys(translated, language))
        return SimpleNamespace(**values, languages=languages)

    @property
    def translated(self):
        """The term's text in the reader's language (computed once per instance and language)."""
        language = content_language()
        memo = self.__dict__.get("_translated")
        if memo is None or memo[:2] != (language, _translations_generation):
            memo = (language, _translations_generation, self.text_in(language))
            self.__dict__["_translated"] = memo
        return memo[2]


@receiver(post_save)
@receiver(post_delete)
def forget_remembered_translations(sender, **kwargs):
    global _translations_generation
    if isinstance(sender, type) and issubclass(sender, TranslatableTerm):
        _translations_generation += 1
        for memo_key in [key for key in _translations_memo if key[0] == sender._meta.label]:
            _translations_memo.pop(memo_key, None)


def save_translation(term, language, texts, user=None):
    """Translate a term through wagtail-localize, as the admin's "Translate" action does.

    `texts` maps text fields to their translation: a string, or for rich text one string per
    paragraph of the original. The translation's strings are stored as localize's own (so the
    admin shows and edits them), then the translated row is saved. Returns that row.
    """
    locale = Locale.objects.get(language_code=language)
    source, _created = TranslationSource.update_or_create_from_instance(term)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    segments_by_field = defaultdict(list)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"):
        segments_by_field[segment.context.path].append(segment)
    for field, segments in segments_by_field.items():
        text = texts.get(field)
        if not text:
            continue
        parts = [text] if isinstance(text, str) else list(text)
        if len(parts) != len(segments):
            raise ValueError(f"{term}: {field} has {len(segments)} paragraphs, the translation {len(parts)}.")
        for segment, part in zip(segments, parts, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={
                    "data": StringValue.from_plaintext(part).data,
                    "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                    "last_translated_by": user,
                },
            )
    translation.save_target(user=user)
    return term.get_translation(locale)


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
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("summary"),
        TranslatableField("description"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]
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
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("guidance"),
        SynchronizedField("number", overridable=False),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

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
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order", overridable=False),
    ]

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
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("abbreviation"),
        SynchronizedField("country", overridable=False),
        SynchronizedField("website"),
    ]
    exclude_fields_in_copy = ["social_accounts"]

    class Meta(TranslatableTerm.Meta):
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("locale", "name")]
        verbose_name = _("election management body")
        verbose_name_plural = _("election management bodies")

    def __str__(self):
        return self.translated.name


# Labels in the reader's language ---------------------------------------------------------

# The taxonomy's facets, by the name the search index and the filters give them.
TERM_KINDS = ("principle", "area", "country", "region")


def term_labels(kind, language=None):
    """{key: label} for every term of a kind, in a language (the reader's by default), in the
    order readers see the terms listed. Keys are the language-neutral ones the index and the
    filters use: slugs, and ISO codes in capitals for countries. A few queries per call."""
    with translation.override(content_language(language)):
        if kind == "principle":
            return {principle.slug: str(principle) for principle in KeyPrinciple.objects.all()}
        if kind == "area":
            return {area.slug: str(area) for area in PracticeArea.objects.all()}
        if kind == "region":
            return {region.slug: str(region) for region in Region.objects.all()}
        if kind == "country":
            return {country.iso_code: str(country) for country in sorted_by_display_name(Country.objects.all())}
    raise ValueError(f"Unknown kind of term: {kind!r}")


def label_for(kind, key, language=None):
    """The label of one term in a language, or the key itself if there is no such term."""
    return term_labels(kind, language).get(key, key)


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
    principles = ParentalManyToManyField(
        KeyPrinciple, blank=True, related_name="+", verbose_name=_("key principles"), limit_choices_to=canonical_terms
    )
    practice_areas = ParentalManyToManyField(
        PracticeArea,
        blank=True,
        related_name="+",
        verbose_name=_("good-practice areas"),
        limit_choices_to=canonical_terms,
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
