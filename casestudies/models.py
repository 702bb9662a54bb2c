from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cen_portal.blocks import BodyBlock
from cen_portal.drafts import document_body
from cen_portal.filters import filtered_listing_context
from cen_portal.forms import ChooseSeveral, TaggedKnowledgePageForm
from cen_portal.i18n import in_reader_language, url_in_reader_language
from cen_portal.taxonomy import ElectionManagementBody, TaggedKnowledgeMixin, canonical_terms


class CaseStudyIndexPage(Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["casestudies.CaseStudyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("case study listing")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        case_studies = in_reader_language(
            CaseStudyPage.objects.live().public().prefetch_related("countries", "principles"), under=self
        )
        context.update(filtered_listing_context(request, CaseStudyPage, case_studies))
        return context


class CaseStudyPage(TaggedKnowledgeMixin, Page):
    class ElectionType(models.TextChoices):
        GENERAL = "general", _("General election")
        PRESIDENTIAL = "presidential", _("Presidential election")
        LOCAL = "local", _("Local election")
        BY_ELECTION = "by-election", _("By-election")
        REFERENDUM = "referendum", _("Referendum")
        REGIONAL = "regional", _("Regional or provincial election")
        NONE = "none", _("Not tied to an election")

    class Setting(models.TextChoices):
        STABLE = "stable", _("Stable")
        CONFLICT = "conflict", _("Conflict")
        POST_CONFLICT = "post-conflict", _("Post-conflict")

    emb = models.ForeignKey(
        ElectionManagementBody,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="case_studies",
        verbose_name=_("election management body"),
        limit_choices_to=canonical_terms,
    )
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[MinValueValidator(1945), MaxValueValidator(2100)],
        help_text=_("When the practice took place."),
    )
    election_type = models.CharField(
        _("election type"), max_length=20, choices=ElectionType.choices, default=ElectionType.GENERAL
    )
    setting = models.CharField(
        _("setting"),
        max_length=20,
        choices=Setting.choices,
        default=Setting.STABLE,
        help_text=_("Whether the election took place in a conflict or post-conflict context."),
    )
    illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Tick for a teaching example that does not report real events; readers are told so."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("countries", widget=ChooseSeveral(group_by="region")),
                FieldPanel("emb"),
                FieldPanel("year"),
                FieldPanel("election_type"),
                FieldPanel("setting"),
                FieldPanel("illustrative"),
            ],
            heading=_("Context"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        ),
        FieldPanel("body"),
    ]

    settings_panels = Page.settings_panels + [FieldPanel("next_review")]

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("year"),
    ]

    parent_page_types = ["casestudies.CaseStudyIndexPage"]
    subpage_types = []

    knowledge_kind = "case-study"

    @staticmethod
    def draft_fields_from_document(document, facts):
        return {"body": document_body(document), "year": facts.get("year"), "emb": facts.get("emb")}

    listing_order = ["-year", "title"]
    required_tags = ("countries", "principles")
    base_form_class = TaggedKnowledgePageForm
    # A translation names the same, canonical EMB (shown in the reader's language), not the
    # EMB's French row, which no page may point to (limit_choices_to).
    override_translatable_fields = [SynchronizedField("emb")]

    class Meta:
        verbose_name = _("case study")
        verbose_name_plural = _("case studies")

    def search_body(self):
        parts = self._meta.get_field("body").get_searchable_content(self.body)
        if self.emb:
            parts.append(self.emb.name)
        return "\n".join(parts)

    @classmethod
    def filtered_listing_url(cls, filters):
        index_page = CaseStudyIndexPage.objects.live().first()
        return f"{url_in_reader_language(index_page)}?{urlencode(filters)}" if index_page else None


def latest_case_studies():
    """The home page's four newest case studies, each once, in the reader's language where translated."""
    case_studies = in_reader_language(CaseStudyPage.objects.live().public().prefetch_related("countries"))
    return case_studies.order_by("-first_published_at")[:4]


class PracticeSubmission(models.Model):
    """A case study a member shared through the front-end form, for the Secretariat's review."""

    page = models.OneToOneField(CaseStudyPage, on_delete=models.CASCADE, related_name="submission")
    submitter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    published_notice_sent = models.BooleanField(default=False)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page.title} (shared by {self.submitter})"
