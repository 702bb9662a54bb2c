import datetime
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.models import Permission
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Orderable, Page
from wagtail.rich_text import get_text_for_indexing
from wagtail.search import index
from wagtail_localize.fields import BaseTranslatableField

from cen_portal.filters import filtered_listing_context
from cen_portal.forms import ChooseSeveral
from cen_portal.i18n import in_reader_language, url_in_reader_language
from cen_portal.sections import page_sections
from cen_portal.taxonomy import Country, ElectionManagementBody, TaggedKnowledgeMixin, canonical_terms
from search.extract import document_text
from search.sources import page_key

from .forms import ReportPageForm, WorkingGroupPageForm

GROUP_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
GROUP_COLLECTION_PERMISSIONS = [
    "add_document",
    "change_document",
    "choose_document",
    "add_image",
    "change_image",
    "choose_image",
]
MANAGE_MEMBERSHIP_PERMISSION = "workinggroups.manage_working_group_membership"
TEXT_FEATURES = ["h3", "h4", "bold", "italic", "link", "document-link", "ol", "ul"]


class WorkingGroupIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["workinggroups.WorkingGroupPage"]
    max_count = 1

    class Meta:
        verbose_name = _("working group listing")

    @path("")
    def index(self, request):
        groups = in_reader_language(WorkingGroupPage.objects.live().public(), under=self, children_only=True)
        groups = groups.order_by("title")
        return self.render(request, context_overrides={"groups": groups})

    @path("outputs/", name="outputs")
    def outputs(self, request):
        reports = in_reader_language(
            ReportPage.objects.live().public().prefetch_related("countries", "principles"), under=self
        )
        return self.render(
            request,
            template="workinggroups/report_listing.html",
            context_overrides=filtered_listing_context(request, ReportPage, reports),
        )

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        root = self.get_full_url(request)
        if root:
            urls.append({"location": root + self.reverse_subpage("outputs").lstrip("/")})
        return urls


class WorkingGroupPage(Page):
    topic = models.CharField(_("topic"), max_length=160)
    summary = models.TextField(_("summary"), max_length=600)
    description = RichTextField(_("description"), features=TEXT_FEATURES)
    participating_embs = ParentalManyToManyField(
        ElectionManagementBody,
        blank=True,
        related_name="working_groups",
        verbose_name=_("participating EMBs"),
        limit_choices_to=canonical_terms,
    )
    member_group = models.OneToOneField(
        "auth.Group",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="working_group",
        verbose_name=_("members"),
        help_text=_("The group whose people are this working group's members: its private forum and pages."),
    )
    collection = models.OneToOneField(
        "wagtailcore.Collection",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="working_group",
        verbose_name=_("documents and images"),
        help_text=_("The group's own collection; created for you when the group has members."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("topic"),
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("participating_embs", widget=ChooseSeveral(group_by="country__region")),
        InlinePanel("meetings", label=_("Meetings")),
    ]
    # Only the Secretariat chooses who a group's members are and which collection is theirs:
    # publishing the page grants that group rights over that collection (set_up_member_space).
    settings_panels = Page.settings_panels + [
        FieldPanel("member_group", permission=MANAGE_MEMBERSHIP_PERMISSION),
        FieldPanel("collection", permission=MANAGE_MEMBERSHIP_PERMISSION),
    ]
    base_form_class = WorkingGroupPageForm
    # A translation of the page is the same group: its members and collection stay with the
    # original (each belongs to one page), so neither a copy nor wagtail-localize carries them.
    exclude_fields_in_copy = ["member_group", "collection"]
    override_translatable_fields = [BaseTranslatableField("member_group"), BaseTranslatableField("collection")]

    search_fields = Page.search_fields + [index.SearchField("topic"), index.SearchField("summary")]

    parent_page_types = ["workinggroups.WorkingGroupIndexPage"]
    subpage_types = ["workinggroups.ReportPage"]

    knowledge_kind = "working-group"

    def participating_countries(self):
        """The ISO codes of the participating EMBs' countries."""
        return sorted({emb.country.iso_code for emb in self.participating_embs.select_related("country")})

    class Meta:
        verbose_name = _("working group")
        permissions = [("manage_working_group_membership", "Can choose a working group's members and collection")]

    def search_document(self):
        """The group's knowledge-index document: its name, topic and description, the EMBs
        taking part and its meetings (place, country and dates), tagged with the meetings'
        countries and dated by the latest meeting."""
        meetings = list(self.meetings.select_related("country__region").order_by("start_date"))
        meeting_lines = [
            " ".join([meeting.place, meeting.country.name, meeting_dates(meeting), meeting.notes]).strip()
            for meeting in meetings
        ]
        embs = [emb.name for emb in self.participating_embs.all()]
        countries = {meeting.country for meeting in meetings}
        latest = meetings[-1].start_date if meetings else None
        return {
            "title": self.title,
            "summary": self.summary,
            "body": "\n".join([self.topic, get_text_for_indexing(self.description), *meeting_lines, *embs]),
            "countries": sorted(country.iso_code for country in countries),
            "regions": sorted({country.region.slug for country in countries}),
            "year": latest.year if latest else None,
            "date": latest,
        }

    def set_up_member_space(self):
        """Give the group's members editing rights over this group's pages and its own
        collection, and nothing else. Publishing goes through the Secretariat's review."""
        if self.member_group is None:
            return
        if self.collection is None:
            self.collection = Collection.get_first_root_node().add_child(name=self.title)
            WorkingGroupPage.objects.filter(pk=self.pk).update(collection=self.collection)
        group = self.member_group
        group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=GROUP_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(group=group, page=self, permission=permission)
        for permission in Permission.objects.filter(
            content_type__app_label__in=["wagtaildocs", "wagtailimages"], codename__in=GROUP_COLLECTION_PERMISSIONS
        ):
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=self.collection, permission=permission
            )

    def pack_pages(self):
        """The group's reports, newest first, for its reading pack (readingpacks checks each reader)."""
        return list(ReportPage.objects.child_of(self).live().order_by("-publication_date"))

    def pack_made_from(self):
        return _("The reports of a working group of the Network")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        reports = in_reader_language(ReportPage.objects.live().public(), under=self, children_only=True)
        context["reports"] = reports.order_by("-publication_date")
        context["meetings"] = self.meetings.select_related("country").order_by("-start_date")
        context["embs"] = self.participating_embs.select_related("country")
        context.update(page_sections(self, request))
        return context


def meeting_dates(meeting):
    """A meeting's dates as a reader would type them, in English like the rest of the index:
    "1 December 2015" or "1 December 2015 to 3 December 2015"."""
    dates = [f"{meeting.start_date.day} {meeting.start_date:%B %Y}"]
    if meeting.end_date and meeting.end_date != meeting.start_date:
        dates.append(f"to {meeting.end_date.day} {meeting.end_date:%B %Y}")
    return " ".join(dates)


class WorkingGroupMeeting(Orderable):
    group = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="meetings")
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    place = models.CharField(_("place"), max_length=120)
    country = models.ForeignKey(Country, on_delete=models.PROTECT, related_name="+", verbose_name=_("country"))
    notes = models.TextField(_("notes"), blank=True)
    illustrative = models.BooleanField(
        _("illustrative example"), default=False, help_text=_("Tick for an example meeting that did not take place.")
    )

    panels = [
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("place"),
        FieldPanel("country"),
        FieldPanel("notes"),
        FieldPanel("illustrative"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting")

    def __str__(self):
        return f"{self.place}, {self.start_date:%B %Y}"

    def clean(self):
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("A meeting cannot end before it starts.")})


class ReportPage(TaggedKnowledgeMixin, Page):
    """An output of a working group: a report, with its PDFs attached."""

    publication_date = models.DateField(_("publication date"))
    body = RichTextField(_("body"), features=TEXT_FEATURES, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("publication_date"),
        FieldPanel("body"),
        InlinePanel("documents", label=_("Attached documents"), min_num=0),
        MultiFieldPanel(
            [
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries", widget=ChooseSeveral(group_by="region")),
            ],
            heading=_("Tags"),
        ),
    ]

    settings_panels = Page.settings_panels + [FieldPanel("next_review")]

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("body")]

    parent_page_types = ["workinggroups.WorkingGroupPage"]
    subpage_types = []

    knowledge_kind = "report"

    @staticmethod
    def draft_fields_from_document(document, facts):
        if not facts.get("year"):
            raise ValidationError({"year": _("A report needs the year it was published.")})
        return {
            "documents": [ReportDocument(document=document)],
            "publication_date": datetime.date(facts["year"], 1, 1),
        }

    year_lookup = "publication_date__year"
    listing_order = ["-publication_date", "title"]
    base_form_class = ReportPageForm

    class Meta:
        verbose_name = _("working-group report")
        verbose_name_plural = _("working-group reports")

    @property
    def year(self):
        return self.publication_date.year

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_sections(self, request))
        return context

    @property
    def working_group(self):
        return self.get_parent().specific

    def search_body(self):
        return "\n".join([get_text_for_indexing(self.body), self.get_parent().title])

    def search_attachments(self):
        return "\n".join(document_text(attachment.document) for attachment in self.documents.select_related("document"))

    def search_date(self):
        return self.publication_date

    @classmethod
    def filtered_listing_url(cls, filters):
        index_page = WorkingGroupIndexPage.objects.live().first()
        if index_page is None:
            return None
        return f"{url_in_reader_language(index_page)}{index_page.reverse_subpage('outputs')}?{urlencode(filters)}"


class ReportDocument(Orderable):
    report = ParentalKey(ReportPage, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    title = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Defaults to the document's title.")
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    def __str__(self):
        return self.display_title

    @property
    def display_title(self):
        return self.title or self.document.title


def latest_reports():
    """The home page's three newest reports, each once, in the reader's language where translated."""
    return in_reader_language(ReportPage.objects.live().public().select_related("owner")).order_by("-publication_date")[
        :3
    ]


def working_groups_by_title():
    return in_reader_language(WorkingGroupPage.objects.live().public()).order_by("title")


def reports_using_document(document):
    """The search keys of the reports that attach this document."""
    return [
        page_key(attached.report)
        for attached in ReportDocument.objects.filter(document=document).select_related("report")
    ]
