"""International instruments behind credible elections, and their provisions.

Each provision is a page of its own under its instrument, so readers can cite it, browse
to it from a principle and find it in search.
"""

import datetime

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, TitleFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, PageViewRestriction
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index

from cen_portal.forms import TaggedKnowledgePageForm
from cen_portal.i18n import in_reader_language, in_tree_order
from cen_portal.taxonomy import TaggedKnowledgeMixin

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class InstrumentIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["instruments.InstrumentPage"]
    max_count = 1

    class Meta:
        verbose_name = _("instrument listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        instruments = in_reader_language(InstrumentPage.objects.live().public(), under=self, children_only=True)
        context["instruments"] = instruments.order_by("year", "title")
        return context


class InstrumentPage(Page):
    short_title = models.CharField(_("short title"), max_length=40, blank=True, help_text=_("For example UDHR."))
    year = models.PositiveSmallIntegerField(
        _("year adopted"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    adopting_body = models.CharField(_("adopted by"), max_length=200)
    summary = models.TextField(_("summary"), max_length=600)
    introduction = RichTextField(_("introduction"), features=TEXT_FEATURES, blank=True)
    official_url = models.URLField(_("official text"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("short_title"),
        FieldPanel("year"),
        FieldPanel("adopting_body"),
        FieldPanel("summary"),
        FieldPanel("introduction"),
        FieldPanel("official_url"),
    ]

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("adopting_body")]

    parent_page_types = ["instruments.InstrumentIndexPage"]
    knowledge_kind = "instrument"

    @staticmethod
    def draft_fields_from_document(document, facts):
        link = format_html('<p><a linktype="document" id="{}">{}</a></p>', document.pk, document.title)
        return {"introduction": link, "year": facts.get("year"), "adopting_body": facts.get("adopting_body", "")}

    subpage_types = ["instruments.ProvisionPage"]

    class Meta:
        verbose_name = _("international instrument")

    def search_document(self):
        # A provision with a restriction of its own is not for every reader of the instrument:
        # its title and principles stay out of the instrument's entry (the provision has its own).
        provisions = (
            ProvisionPage.objects.live()
            .child_of(self)
            .exclude(pk__in=PageViewRestriction.objects.values("page_id"))
            .prefetch_related("principles")
        )
        return {
            "title": self.title,
            "summary": self.summary,
            "body": "\n".join(
                [self.short_title, self.adopting_body, get_text_for_indexing(self.introduction)]
                + [str(provision) for provision in provisions]
            ),
            "principles": sorted({p.slug for provision in provisions for p in provision.principles.all()}),
            "year": self.year,
            "date": datetime.date(self.year, 1, 1),
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        provisions = in_reader_language(
            ProvisionPage.objects.live().public().prefetch_related("principles"), under=self, children_only=True
        )
        context["provisions"] = in_tree_order(provisions, self)
        return context


class ProvisionPage(TaggedKnowledgeMixin, Page):
    """An article, principle or paragraph of an instrument, summarised in our own words."""

    reference = models.CharField(_("reference"), max_length=60, help_text=_("For example Article 19 or Principle V."))
    body = RichTextField(_("what it means for EMBs"), features=TEXT_FEATURES, blank=True)
    official_url = models.URLField(_("official text"), blank=True)

    content_panels = [
        FieldPanel("reference"),
        TitleFieldPanel("title", help_text=_("A short name, such as Freedom of expression.")),
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("official_url"),
        FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
    ]

    settings_panels = Page.settings_panels + [FieldPanel("next_review")]

    search_fields = Page.search_fields + [index.SearchField("reference"), index.SearchField("summary")]

    parent_page_types = ["instruments.InstrumentPage"]
    subpage_types = []

    knowledge_kind = "provision"
    year_lookup = None
    listing_order = ["path"]
    base_form_class = TaggedKnowledgePageForm

    class Meta:
        verbose_name = _("provision")
        verbose_name_plural = _("provisions of international instruments")

    def __str__(self):
        # Punctuated in the provision's own language (French puts a space before the colon).
        with translation.override(self.locale.language_code):
            return gettext("%(reference)s: %(title)s") % {"reference": self.reference, "title": self.title}

    @property
    def instrument(self):
        return self.get_parent().specific

    @property
    def search_title(self):
        return f"{self.reference}: {self.title} ({self.instrument.title})"

    def search_body(self):
        return get_text_for_indexing(self.body)

    @property
    def year(self):
        return self.instrument.year


def instruments_by_year():
    return in_reader_language(InstrumentPage.objects.live().public()).order_by("year")
