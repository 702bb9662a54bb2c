"""Guidance notes written by the Secretariat, often curated from a members' forum thread
(a "consolidated reply")."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from casestudies.blocks import CaseStudyBodyBlock
from cen_portal.forms import TaggedKnowledgePageForm
from cen_portal.taxonomy import TaggedKnowledgeMixin


class GuidanceIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["guidance.GuidancePage"]
    max_count = 1

    class Meta:
        verbose_name = _("guidance listing")

    def get_context(self, request, *args, **kwargs):
        from cen_portal.filters import filtered_listing_context

        context = super().get_context(request, *args, **kwargs)
        notes = GuidancePage.objects.live().public().descendant_of(self).prefetch_related("countries", "principles")
        context.update(filtered_listing_context(request, GuidancePage, notes))
        return context


class GuidancePage(TaggedKnowledgeMixin, Page):
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    body = StreamField(CaseStudyBodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("year"),
        MultiFieldPanel(
            [
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries", widget=forms.SelectMultiple),
            ],
            heading=_("Tags"),
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["guidance.GuidanceIndexPage"]
    subpage_types = []
    knowledge_kind = "guidance"
    listing_order = ["-first_published_at", "title"]
    base_form_class = TaggedKnowledgePageForm

    class Meta:
        verbose_name = _("guidance note")
        verbose_name_plural = _("guidance notes")

    def search_body(self):
        return "\n".join(self._meta.get_field("body").get_searchable_content(self.body))
