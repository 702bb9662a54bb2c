"""The Network's events: the biennial conference, working-group meetings, regional workshops
and webinars, each a page with its agenda, its outputs and a calendar entry.

Who an event is for is the page's privacy, as for every other page: public, signed-in members,
or a working group's members (Wagtail's privacy setting, copied to every translation). So its
online link, agenda documents and outputs are kept exactly as the page is, and search, feeds,
calendars and the leak crawler need no rule of their own.

Times are entered as the venue's wall clock with the venue's time zone (what an organiser
reads off the programme); the instants, in UTC, are worked out on save and are what lists,
calendars and reminders use.
"""

import datetime
import secrets
import uuid
import zoneinfo
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import IntegrityError, models, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cen_portal import workingdays
from cen_portal.filters import (
    ForgivingMultipleChoiceField,
    KnowledgeFilterForm,
    filtered_listing_context,
    shorten_for_message,
)
from cen_portal.forms import ChooseSeveral, TaggedKnowledgePageForm
from cen_portal.groups import SECRETARIAT_GROUP
from cen_portal.i18n import in_reader_language, url_in_reader_language
from cen_portal.mail import email_member
from cen_portal.privacy import readable_pages, readable_pages_for
from cen_portal.spreadsheets import csv_writer
from cen_portal.taxonomy import ElectionManagementBody, TaggedKnowledgeMixin, canonical_terms

from .blocks import AgendaBlock
from .calendar import calendar_response
from .forms import RegistrationForm
from .zones import is_time_zone, reader_zone_choices, time_zone_choices, venue_instant

# The event page's own addresses below it, each linked from the page.
EVENT_ROUTES = ("calendar", "register", "cancel_registration", "registrations", "registrations_csv")
# How many upcoming events the home page shows.
HOME_EVENTS = 3
# How far back the subscribable calendars go.
CALENDAR_PAST = datetime.timedelta(days=365)


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Events not yet over, soonest first (one in progress is still upcoming)."""
        return self.filter(ends_at__gte=now or timezone.now()).order_by("starts_at", "title")

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now()).order_by("-starts_at", "title")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["cen_portal.HomePage"]
    subpage_types = ["networkevents.EventPage"]
    max_count = 1

    class Meta:
        verbose_name = _("event listing")

    @path("calendar/", name="calendar")
    def public_calendar(self, request):
        """Every public event of the past year and to come, for calendar programs to subscribe to."""
        return calendar_response(self.calendar_events(), request, self.title, self.title)

    @path("groups/<slug:slug>/calendar/", name="group_calendar")
    def group_calendar(self, request, slug):
        """A working group's public events, by the slug of its page in any language."""
        group = Page.objects.live().filter(slug=slug, content_type__model="workinggrouppage").first()
        if group is None:
            raise Http404("No such working group.")
        events = self.calendar_events().filter(organising_group__translation_key=group.translation_key)
        return calendar_response(events, request, f"{self.title}: {group.title}", f"{slug}-events")

    def calendar_events(self):
        since = timezone.now() - CALENDAR_PAST
        events = EventPage.objects.live().public().filter(ends_at__gte=since).order_by("starts_at")
        return in_reader_language(events.prefetch_related("countries"), under=self)

    def get_context(self, request, *args, **kwargs):
        """Upcoming events first, soonest first; then past ones, newest first, a page at a time.
        Both follow the filters, and list only events this reader may open."""
        context = super().get_context(request, *args, **kwargs)
        events = readable_pages(EventPage.objects.live(), request).prefetch_related("countries", "principles")
        events = in_reader_language(events, under=self)
        context.update(
            filtered_listing_context(request, EventPage, events, form_class=EventFilterForm, listed=EventQuerySet.past)
        )
        context["upcoming"] = context["filter_form"].filtered().upcoming()
        return context


class EventFilterForm(KnowledgeFilterForm):
    """The listing's filters: the taxonomy's, and the kind of event."""

    kind = ForgivingMultipleChoiceField(
        label=_("Kind of event"), unknown=_("“%(value)s” is not a kind of event, so that filter was ignored.")
    )

    field_order = ["kind"]
    filter_fields = ["kind", *KnowledgeFilterForm.filter_fields]
    lookups = {"kind": "event_kind__in", **KnowledgeFilterForm.lookups}

    def __init__(self, data, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["kind"].choices = EventPage.Kind.choices

    def used_values(self):
        return {**super().used_values(), "kind": set(self.queryset.values_list("event_kind", flat=True))}


class EventPage(RoutablePageMixin, TaggedKnowledgeMixin, Page):
    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        MEETING = "working-group-meeting", _("Working-group meeting")
        WORKSHOP = "regional-workshop", _("Regional workshop")
        WEBINAR = "webinar", _("Webinar")

    event_kind = models.CharField(_("kind of event"), max_length=30, choices=Kind.choices)
    start_date = models.DateField(_("starts on"))
    start_time = models.TimeField(_("at"), help_text=_("The venue's local time."))
    end_date = models.DateField(_("ends on"))
    end_time = models.TimeField(_("at"), help_text=_("The venue's local time."))
    time_zone = models.CharField(
        _("venue's time zone"),
        max_length=64,
        default="UTC",
        help_text=_("Where the event takes place, e.g. Pacific/Fiji for Suva; for an online event, the organiser's."),
    )
    # Worked out from the wall clock and the time zone on every save.
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)
    place = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("City and venue; empty if online only.")
    )
    online_link = models.URLField(
        _("online link"), blank=True, help_text=_("Where to join; shown only to those who may open this page.")
    )
    organising_group = models.ForeignKey(
        "workinggroups.WorkingGroupPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organised by a working group"),
    )
    host_emb = models.ForeignKey(
        ElectionManagementBody,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("hosted by an EMB"),
        limit_choices_to=canonical_terms,
    )
    agenda = StreamField(AgendaBlock(), blank=True, verbose_name=_("agenda"))
    illustrative = models.BooleanField(
        _("illustrative example"),
        default=False,
        help_text=_("Tick for an example event that will not take place; readers are told so."),
    )
    registration_open = models.BooleanField(
        _("members may register"), default=False, help_text=_("Those who may open this page register on it.")
    )
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty for no limit; once full, a waiting list opens.")
    )
    registration_question = models.CharField(
        _("question for those registering"),
        max_length=200,
        blank=True,
        help_text=_(
            "Optional, e.g. dietary needs, or whether a visa letter is needed. Only organisers see the answers."
        ),
    )
    answers_kept_days = models.PositiveSmallIntegerField(
        _("keep answers for (days after the event)"),
        default=30,
        validators=[MaxValueValidator(365)],
        help_text=_("The answers are then deleted."),
    )
    reminder_working_days = models.PositiveSmallIntegerField(
        _("reminder (working days before)"),
        default=3,
        validators=[MinValueValidator(1), MaxValueValidator(30)],
        help_text=_("Those registered are emailed this many working days before the event."),
    )
    cancelled = models.BooleanField(
        _("cancelled"),
        default=False,
        help_text=_("Keep the page and tell readers and calendars it will not take place."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("event_kind"),
        FieldPanel("summary"),
        FieldPanel("cancelled"),
        FieldPanel("illustrative"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone", widget=forms.Select(choices=time_zone_choices), required_on_save=True),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("countries", widget=ChooseSeveral(group_by="region")),
                FieldPanel("online_link"),
                PageChooserPanel("organising_group", "workinggroups.WorkingGroupPage"),
                FieldPanel("host_emb"),
            ],
            heading=_("Where and who"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("principles", widget=forms.CheckboxSelectMultiple),
                FieldPanel("practice_areas", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Tags"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_open"),
                FieldPanel("capacity"),
                FieldPanel("registration_question"),
                FieldPanel("answers_kept_days"),
                FieldPanel("reminder_working_days"),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("agenda"),
        InlinePanel("outputs", label=_("Outputs: reports, presentations, the communiqué")),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("next_review")]

    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("place")]

    parent_page_types = ["networkevents.EventIndexPage"]
    subpage_types = []

    knowledge_kind = "event"
    year_lookup = "start_date__year"
    listing_order = ["-starts_at", "title"]
    base_form_class = TaggedKnowledgePageForm
    # A translation is the same event: the same time, place, link and organiser.
    # Its registrations are shared by every translation, and so are their rules.
    override_translatable_fields = [
        SynchronizedField(name)
        for name in (
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "time_zone",
            "online_link",
            "registration_open",
            "capacity",
            "answers_kept_days",
            "reminder_working_days",
            "cancelled",
            "illustrative",
            # The canonical EMB, named in the reader's language (as a case study's).
            "host_emb",
        )
    ]

    objects = EventManager()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if not is_time_zone(self.time_zone):
            errors["time_zone"] = _("Choose a time zone from the list.")
        else:
            for field, day, time in (
                ("start_time", self.start_date, self.start_time),
                ("end_time", self.end_date, self.end_time),
            ):
                if day and time:
                    try:
                        venue_instant(day, time, self.time_zone)
                    except ValueError:
                        errors[field] = _("The clocks skip this time in %(zone)s that day: choose another.") % {
                            "zone": self.time_zone
                        }
        if not errors and None not in (self.start_date, self.start_time, self.end_date, self.end_time):
            self.set_instants()
            if self.ends_at < self.starts_at:
                errors["end_date"] = _("An event cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    def set_instants(self):
        self.starts_at = venue_instant(self.start_date, self.start_time, self.time_zone)
        self.ends_at = venue_instant(self.end_date, self.end_time, self.time_zone)

    def save(self, *args, **kwargs):
        self.set_instants()
        super().save(*args, **kwargs)

    def localized_for(self, member):
        """This event in the member's language where it is translated and live."""
        version = self.get_translations(inclusive=True).live().filter(locale__language_code=member.language).first()
        return (version or self).specific

    @property
    def registration_is_open(self):
        return self.registration_open and not self.cancelled and not self.is_past

    @property
    def zone(self):
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def year(self):
        return self.start_date.year if self.start_date else None

    @property
    def is_past(self):
        return self.ends_at < timezone.now()

    @property
    def organiser(self):
        """Who organises it: the working group, else the host EMB, else the Secretariat."""
        if self.organising_group_id:
            return self.organising_group
        return self.host_emb

    @path("calendar/", name="calendar")
    def calendar_file(self, request):
        return calendar_response([self], request, self.title, self.slug)

    @path("register/", name="register")
    def register_view(self, request):
        """Register in one step (POST): a place, or a place on the waiting list when full."""
        if request.method != "POST":
            return redirect(url_in_reader_language(self, request))
        if not getattr(request.user, "is_member", False):
            return redirect_to_login(request.get_full_path())
        if not self.registration_is_open:
            messages.error(request, _("Registration for this event is closed."))
            return redirect(url_in_reader_language(self, request))
        form = RegistrationForm(request.POST, question=self.registration_question)
        if not form.is_valid():
            return self.render(request, context_overrides={"registration_form": form})
        registration = Registration.register(self, request.user, form.cleaned_data.get("answer", ""))
        if registration.is_waiting:
            messages.success(
                request,
                _(
                    "The event is full: you are number %(position)s on the waiting list. We will email you if a place frees up."
                )
                % {"position": registration.waiting_position()},
            )
        else:
            messages.success(request, _("You are registered."))
        return redirect(url_in_reader_language(self, request))

    @path("cancel/", name="cancel_registration")
    def cancel_view(self, request):
        """Cancel in one step (POST); whoever is first on the waiting list takes the place."""
        if request.method != "POST":
            return redirect(url_in_reader_language(self, request))
        registration = self.registration_of(request.user)
        if registration is not None:
            registration.cancel(self)
            messages.success(request, _("Your registration is cancelled."))
        return redirect(url_in_reader_language(self, request))

    @path("registrations/", name="registrations")
    def registrations_view(self, request):
        """The organisers' list of those registered and waiting, with their answers."""
        self.check_organiser(request)
        page_url = url_in_reader_language(self, request)
        return TemplateResponse(
            request,
            "networkevents/registrations.html",
            {
                "page": self,
                "page_url": page_url,
                "csv_url": page_url + self.reverse_subpage("registrations_csv"),
                "registrations": self.registrations().select_related("member__profile__emb"),
            },
        )

    @path("registrations/csv/", name="registrations_csv")
    def registrations_csv_view(self, request):
        self.check_organiser(request)
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.slug}-registrations.csv"'
        writer = csv_writer(response)
        writer.writerow(["name", "email", "emb", "status", "registered_at", "answer"])
        for registration in self.registrations().select_related("member__profile__emb"):
            member = registration.member
            profile = getattr(member, "profile", None)
            writer.writerow(
                [
                    member.get_full_name(),
                    member.email,
                    str(profile.emb) if profile and profile.emb else "",
                    registration.status,
                    registration.registered_at.isoformat(),
                    registration.answer,
                ]
            )
        return response

    def check_organiser(self, request):
        if not request.user.is_authenticated:
            raise Http404("No such page.")
        if not self.is_organiser(request.user):
            raise PermissionDenied

    def is_organiser(self, user):
        """Those who may edit the event (the Secretariat), and the members of the working group
        organising it: they see who registered and the answers."""
        if not user.is_authenticated:
            return False
        if self.permissions_for_user(user).can_edit():
            return True
        group = self.organising_group
        return bool(group and group.member_group_id and user.groups.filter(pk=group.member_group_id).exists())

    def registrations(self):
        return Registration.objects.of(self)

    def registration_of(self, user):
        if not user.is_authenticated:
            return None
        return self.registrations().filter(member=user).first()

    def places_left(self):
        if self.capacity is None:
            return None
        state = EventState.objects.filter(translation_key=self.translation_key).first()
        return max(0, self.capacity - (state.places_taken if state else 0))

    @property
    def calendar_sequence(self):
        state = EventState.objects.filter(translation_key=self.translation_key).first()
        return state.calendar_sequence if state else 0

    @property
    def calendar_uid(self):
        """The same for every translation and every change: calendars update one entry."""
        return f"{uuid.uuid5(uuid.NAMESPACE_URL, str(self.translation_key))}@cen-portal"

    def search_body(self):
        """What a reader may type to find the event, in the page's language: its kind, its
        dates as written ("2 December 2015 to 3 December 2015"), the place, the organiser and
        the agenda."""
        with translation.override(self.locale.language_code):
            kind = str(self.get_event_kind_display())
            dates = date_format(self.start_date, "j F Y")
            if self.end_date != self.start_date:
                dates = _("%(start)s to %(end)s") % {"start": dates, "end": date_format(self.end_date, "j F Y")}
        organiser = self.organiser
        parts = [
            kind,
            str(dates),
            self.place,
            organiser.title if self.organising_group_id else str(organiser or ""),
            *self._meta.get_field("agenda").get_searchable_content(self.agenda),
        ]
        return "\n".join(part for part in parts if part)

    def search_date(self):
        return self.start_date

    def search_document(self):
        return {**super().search_document(), "ends_at": self.ends_at}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Where this reader reads the page (a page not yet translated is served as written at
        # the reader's language's address): its forms and links stay in that language.
        page_url = url_in_reader_language(self, request)
        zone, message = reader_zone(request)
        choices = reader_zone_choices()
        if zone not in dict(choices):
            choices = [(zone, zone.replace("_", " ")), *choices]
        registration = self.registration_of(request.user)
        if registration is None and getattr(request.user, "is_member", False) and self.registration_is_open:
            context["registration_form"] = RegistrationForm(question=self.registration_question)
        context.update(
            registration=registration,
            may_register=getattr(request.user, "is_member", False),
            is_organiser=self.is_organiser(request.user),
            outputs=self.visible_outputs(request),
            reader_zone=zone,
            reader_zones=choices,
            zone_messages=[message] if message else [],
            audience=self.audience_label(),
            links={name: page_url + self.reverse_subpage(name) for name in EVENT_ROUTES},
        )
        return context

    def audience_label(self):
        """Who may come, as the page's privacy says: everyone, the Network's members, or the
        members of named groups (the Secretariat, in every group's restriction, goes unsaid)."""
        restrictions = list(self.get_view_restrictions())
        if not restrictions:
            return _("Everyone")
        groups = sorted(
            group.name
            for restriction in restrictions
            if restriction.restriction_type == PageViewRestriction.GROUPS
            for group in restriction.groups.exclude(name=SECRETARIAT_GROUP)
        )
        if groups:
            return _("Members of %(groups)s") % {"groups": ", ".join(groups)}
        return _("Members of the Network")

    def pack_pages(self):
        """The event's outputs that are pages, for its reading pack (readingpacks checks each reader)."""
        return [output.page for output in self.outputs.select_related("page") if output.page_id]

    def pack_made_from(self):
        return _("The outputs of an event of the Network")

    def visible_outputs(self, request):
        """The outputs this reader may open: a report restricted to its working group is not
        named to others on a public event's page."""
        outputs = list(self.outputs.select_related("page", "document"))
        pages = {output.page_id for output in outputs if output.page_id}
        readable = set(readable_pages(Page.objects.live().filter(pk__in=pages), request).values_list("pk", flat=True))
        return [output for output in outputs if output.document_id or output.page_id in readable]

    @classmethod
    def filtered_listing_url(cls, filters):
        index_page = EventIndexPage.objects.live().first()
        return f"{url_in_reader_language(index_page)}?{urlencode(filters)}" if index_page else None


class EventState(models.Model):
    """What an event keeps outside its page, shared by its translations (by translation key),
    whose revisions would otherwise bring old values back when an older draft is published: how
    many times it has been published since the first (its calendar entries' SEQUENCE), and how
    many of its places are taken."""

    translation_key = models.UUIDField(unique=True)
    calendar_sequence = models.PositiveIntegerField(default=0)
    places_taken = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.translation_key}: sequence {self.calendar_sequence}, {self.places_taken} places taken"

    @classmethod
    def take_place(cls, event):
        """Take one of the event's places if one is free (any, without a limit): whether it was
        taken. One conditional UPDATE, after an INSERT of the state if it is missing (a write,
        not a read first, so two registrations at once never both read before either writes,
        which SQLite would refuse)."""
        cls.objects.bulk_create([cls(translation_key=event.translation_key)], ignore_conflicts=True)
        places = cls.objects.filter(translation_key=event.translation_key)
        if event.capacity is not None:
            places = places.filter(places_taken__lt=event.capacity)
        return places.update(places_taken=models.F("places_taken") + 1) == 1

    @classmethod
    def free_place(cls, translation_key):
        cls.objects.filter(translation_key=translation_key).update(places_taken=models.F("places_taken") - 1)

    @classmethod
    def published(cls, event):
        state, created = cls.objects.get_or_create(translation_key=event.translation_key)
        if not created:
            cls.objects.filter(pk=state.pk).update(calendar_sequence=models.F("calendar_sequence") + 1)


class RegistrationQuerySet(models.QuerySet):
    def of(self, event):
        return self.filter(event_key=event.translation_key)


class Registration(models.Model):
    """A member's place at an event, or their place on its waiting list, shared by the event's
    translations (by its translation key). Places are counted in `EventState.places_taken` by
    one conditional UPDATE each, so registrations at the same moment never take more places
    than there are, on PostgreSQL or SQLite; the waiting list moves up in the order people
    joined it."""

    class Status(models.TextChoices):
        REGISTERED = "registered", _("Registered")
        WAITING = "waiting", _("On the waiting list")

    event_key = models.UUIDField(db_index=True)
    member = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_registrations")
    status = models.CharField(max_length=12, choices=Status.choices)
    answer = models.TextField(_("answer"), max_length=1000, blank=True)
    registered_at = models.DateTimeField(default=timezone.now)
    promoted_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        ordering = ["registered_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["event_key", "member"], name="one_registration_per_member")]

    def __str__(self):
        return f"{self.member} ({self.get_status_display()})"

    @property
    def is_waiting(self):
        return self.status == self.Status.WAITING

    def waiting_position(self):
        """1 for the first in line."""
        ahead = Registration.objects.filter(event_key=self.event_key, status=self.Status.WAITING)
        ahead = ahead.filter(
            models.Q(registered_at__lt=self.registered_at) | models.Q(registered_at=self.registered_at, pk__lt=self.pk)
        )
        return ahead.count() + 1

    @classmethod
    def register(cls, event, member, answer=""):
        """The member's registration: a place while there is one, else a place in the line.
        Registering twice gives back the first registration."""
        try:
            with transaction.atomic():
                taken = EventState.take_place(event)
                return cls.objects.create(
                    event_key=event.translation_key,
                    member=member,
                    status=cls.Status.REGISTERED if taken else cls.Status.WAITING,
                    answer=answer,
                )
        except IntegrityError:
            return cls.objects.get(event_key=event.translation_key, member=member)

    def cancel(self, event):
        """Give up the place (the first on the waiting list takes it, and is told by email) or
        the place in line. Returns whoever moved up."""
        with transaction.atomic():
            # Deleted as registered only if it still is: the status read earlier may be stale.
            freed, _ = Registration.objects.filter(pk=self.pk, status=self.Status.REGISTERED).delete()
            if not freed:
                Registration.objects.filter(pk=self.pk).delete()
                return []
            EventState.free_place(self.event_key)
            return Registration.fill_free_places(event)

    @classmethod
    def fill_free_places(cls, event):
        """Move the waiting list up into every free place (after a cancellation, or when the
        organiser adds places); each person moved up is emailed (through the worker, once the
        change is saved)."""
        promoted = []
        with transaction.atomic():
            while cls.objects.of(event).filter(status=cls.Status.WAITING).exists():
                if not EventState.take_place(event):
                    break
                moved = cls.move_up_first_in_line(event)
                if moved is None:
                    EventState.free_place(event.translation_key)
                    break
                promoted.append(moved)
        for registration in promoted:
            registration.tell_moved_up(event)
        return promoted

    @classmethod
    def move_up_first_in_line(cls, event):
        for candidate in cls.objects.of(event).filter(status=cls.Status.WAITING)[:10]:
            # Conditional, so a person moved up by a concurrent cancellation is not moved twice.
            if cls.objects.filter(pk=candidate.pk, status=cls.Status.WAITING).update(
                status=cls.Status.REGISTERED, promoted_at=timezone.now()
            ):
                return candidate
        return None

    @classmethod
    def send_reminders(cls, today):
        """Email each member registered for an event its reminder, once: on the working day its
        organisers chose before the event's first day at the venue, or any day after that before
        it starts (a worker that was down catches up)."""
        closed_days = workingdays.closed_days()
        sent = 0
        for event in EventPage.objects.live().filter(starts_at__gt=timezone.now(), cancelled=False):
            due = workingdays.add_working_days(event.start_date, -event.reminder_working_days, closed_days)
            if today < due:
                continue
            waiting_to_hear = cls.objects.of(event).filter(status=cls.Status.REGISTERED, reminded_at=None)
            for registration in waiting_to_hear.select_related("member"):
                # Marked first, conditionally: two runs at once send one reminder.
                if cls.objects.filter(pk=registration.pk, reminded_at=None).update(reminded_at=timezone.now()):
                    member = registration.member
                    email_member("networkevents/email/reminder", {"event": event.localized_for(member)}, member)
                    sent += 1
        return sent

    @classmethod
    def delete_old_answers(cls, now):
        """Delete the answers to events' questions once each event's keeping time has passed,
        and those of events no longer on the site. Returns how many were deleted."""
        answered = cls.objects.exclude(answer="")
        keep = set()
        for event in EventPage.objects.filter(translation_key__in=answered.values("event_key")):
            if event.ends_at + datetime.timedelta(days=event.answers_kept_days) > now:
                keep.add(event.translation_key)
        return answered.exclude(event_key__in=keep).update(answer="")

    def tell_moved_up(self, event):
        email_member("networkevents/email/moved_up", {"event": event.localized_for(self.member)}, self.member)


def new_feed_token():
    return secrets.token_urlsafe(32)


class MemberCalendar(models.Model):
    """A member's own calendar feed of the events they registered for, at a secret address
    (calendar programs cannot sign in). Resetting it gives a new address; the old one stops."""

    member = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_calendar")
    token = models.CharField(max_length=64, unique=True, default=new_feed_token)

    def __str__(self):
        return f"{self.member}'s events"

    @classmethod
    def of(cls, member):
        calendar, _created = cls.objects.get_or_create(member=member)
        return calendar

    def reset(self):
        self.token = new_feed_token()
        self.save(update_fields=["token"])

    def events(self):
        """The events the member registered for (or waits for), that they may still open, in
        their language, from a year back: (events, translation keys of those they wait for)."""
        registrations = Registration.objects.filter(member=self.member)
        since = timezone.now() - CALENDAR_PAST
        pages = EventPage.objects.live().filter(
            translation_key__in=registrations.values("event_key"), ends_at__gte=since
        )
        pages = readable_pages_for(pages, self.member)
        with translation.override(self.member.language):
            events = list(in_reader_language(pages).order_by("starts_at"))
        waiting = set(registrations.filter(status=Registration.Status.WAITING).values_list("event_key", flat=True))
        return events, waiting


def reader_zone(request):
    """The time zone a reader asked to see times in (`?tz=`), and a message if it is unknown."""
    asked = request.GET.get("tz", "").strip()
    if not asked or asked == "UTC":
        return "UTC", None
    if is_time_zone(asked):
        return asked, None
    return "UTC", _("“%(zone)s” is not a time zone we know, so times are shown in UTC.") % {
        "zone": shorten_for_message(asked)
    }


class EventOutput(Orderable):
    """Something the event produced: a page of the portal (a report) or a document."""

    event = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="outputs")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, null=True, blank=True, related_name="+", verbose_name=_("page")
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("document"),
    )
    title = models.CharField(
        _("link text"), max_length=200, blank=True, help_text=_("Defaults to the page's or document's title.")
    )

    panels = [PageChooserPanel("page"), FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("output")

    def __str__(self):
        return self.display_title

    def clean(self):
        if bool(self.page_id) == bool(self.document_id):
            raise ValidationError(_("Choose either a page or a document."))

    @property
    def display_title(self):
        if self.title:
            return self.title
        return self.page.title if self.page_id else self.document.title


def next_public_events():
    """The home page's next public events, each once, in the reader's language where translated."""
    return in_reader_language(EventPage.objects.live().public()).upcoming()[:HOME_EVENTS]


def events_of_group(group, request):
    """A working group's events that this reader may open: upcoming, then past."""
    events = in_reader_language(readable_pages(EventPage.objects.live(), request))
    organised = events.filter(organising_group__translation_key=group.translation_key)
    return {"upcoming": organised.upcoming(), "past": organised.past()}


def events_with_output(page, request):
    """The events, that this reader may open, whose outputs include this page."""
    events = readable_pages(EventPage.objects.live(), request)
    return in_reader_language(events.filter(outputs__page__translation_key=page.translation_key)).order_by("-starts_at")
