"""What every knowledge item is tagged with."""

import datetime

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField

from .terms import Country, KeyPrinciple, PracticeArea
from .translation import canonical_terms


class TaggedModel(models.Model):
    """The key principles, practice areas and countries something is about: a knowledge item or
    a question put to the Network.

    Parental fields, so a page keeps them in its revisions and any model using this mixin must be
    clusterable: the tags are written when the object is saved, which lets a form set them in the
    same step as the rest (with modelcluster's ClusterForm).
    """

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

    class Meta:
        abstract = True


class TaggedKnowledgeMixin(TaggedModel):
    """Fields every knowledge item carries, so browsing and search treat them alike.

    Regions follow from the countries; years come from each model's own date or year.
    """

    summary = models.TextField(_("summary"), max_length=600, help_text=_("Two or three sentences shown in listings."))
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
