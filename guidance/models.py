"""Guidance notes written by the Secretariat, often curated from a members' forum thread
(a "consolidated reply")."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cen_portal.blocks import BodyBlock
from cen_portal.drafts import document_body
from cen_portal.filters import filtered_listing_context
from cen_portal.forms import ChooseSeveral, TaggedKnowledgePageForm
from cen_portal.i18n import in_reader_language
from cen_portal.taxonomy import TaggedKnowledgeMixin


class GuidanceIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["guidance.GuidancePage", "guidance.ReadingPathPage"]
    max_count = 1

    class Meta:
        verbose_name = _("guidance listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        notes = in_reader_language(
            GuidancePage.objects.live().public().prefetch_related("countries", "principles"), under=self
        )
        context.update(filtered_listing_context(request, GuidancePage, notes))
        context["reading_paths"] = in_reader_language(
            ReadingPathPage.objects.live().public(), under=self, children_only=True
        )
        return context


class GuidancePage(TaggedKnowledgeMixin, Page):
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("year"),
        MultiFieldPanel(
            [
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries", widget=ChooseSeveral(group_by="region")),
            ],
            heading=_("Tags"),
        ),
        FieldPanel("body"),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("next_review")]

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    knowledge_kind = "guidance"

    @staticmethod
    def draft_fields_from_document(document, facts):
        return {"body": document_body(document), "year": facts.get("year")}

    listing_order = ["-first_published_at", "title"]
    base_form_class = TaggedKnowledgePageForm

    class Meta:
        verbose_name = _("guidance note")
        verbose_name_plural = _("guidance notes")

    def search_body(self):
        return "\n".join(self._meta.get_field("body").get_searchable_content(self.body))


class ReadingPathPage(Page):
    """A guidance collection: a curated reading path through case studies, reports and
    instruments, in order, with a short note on why each is there."""

    summary = models.TextField(_("summary"), max_length=600)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        InlinePanel("steps", label=_("Reading path"), min_num=1),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("guidance collection (reading path)")

    def pack_pages(self):
        """The items of the path, in order, for its reading pack (readingpacks checks each reader)."""
        return [step.page for step in self.steps.select_related("page")]

    def pack_made_from(self):
        return _("A reading path curated by the Secretariat")

    def visible_steps(self):
        """Steps whose item anyone may open; a withdrawn or private item drops out."""
        steps = list(self.steps.select_related("page"))
        public = set(
            Page.objects.live().public().filter(pk__in=[s.page_id for s in steps]).values_list("pk", flat=True)
        )
        visible = [step for step in steps if step.page_id in public]
        for step in visible:
            step.item = step.page.specific
        return visible


class ReadingPathStep(Orderable):
    path = ParentalKey(ReadingPathPage, on_delete=models.CASCADE, related_name="steps")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("item to read")
    )
    note = models.CharField(_("why read it"), max_length=300)

    panels = [
        PageChooserPanel(
            "page",
            page_type=[
                "casestudies.CaseStudyPage",
                "workinggroups.ReportPage",
                "instruments.InstrumentPage",
                "instruments.ProvisionPage",
                "guidance.GuidancePage",
            ],
        ),
        FieldPanel("note"),
    ]

    def __str__(self):
        return f"{self.path}: {self.page}"
