"""Demo events: the New Media working group's meeting in Suva in December 2015 (a matter of
record, with its report as output), and three illustrative events to come, dated from the day
the demo is loaded: the biennial conference (for members, with four demo members registered
for its three places, so one waits), a webinar for one working group's
members, and a regional workshop of the Junior Election Professionals programme written in
French. `load()` is idempotent."""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone
from wagtail.models import Locale, PageViewRestriction

from cen_portal.taxonomy import Country, KeyPrinciple, PracticeArea
from cen_portal.text import paragraphs_html
from demo.datafiles import read
from demo.translations import typeset_french
from networkevents.models import EventOutput, EventPage, Registration
from workinggroups.models import ReportPage, WorkingGroupPage

DATA = read("events")

EVENTS = DATA["EVENTS"]
FRENCH_EVENTS = [typeset_french(event) for event in DATA["FRENCH_EVENTS"]]


def when(data, today):
    """(start date, start time, end date, end time) from the data: fixed, or days from today."""
    if "start" in data:
        (start_day, start_time), (end_day, end_time) = data["start"], data["end"]
        start, end = datetime.date.fromisoformat(start_day), datetime.date.fromisoformat(end_day)
    else:
        start_time, end_time = data["start_time"], data["end_time"]
        start = today + datetime.timedelta(days=data["in_days"])
        end = today + datetime.timedelta(days=data["end_in_days"])
    return start, datetime.time.fromisoformat(start_time), end, datetime.time.fromisoformat(end_time)


def agenda(data):
    blocks = []
    for item in data["agenda"]:
        if "day" in item:
            blocks.append({"type": "day", "value": item["day"]})
        else:
            starts, ends, title, description = item["session"]
            value = {
                "starts": starts,
                "ends": ends,
                "title": title,
                "speakers": [],
                "description": paragraphs_html([description]) if description else "",
                "documents": [],
            }
            blocks.append({"type": "session", "value": value})
    return blocks


def load(index_page):
    """The demo events under the English listing, and the French one's under its translation."""
    today = timezone.localdate()
    french_index = index_page.get_translation(Locale.objects.get(language_code="fr"))
    for parent, events in ((index_page, EVENTS), (french_index, FRENCH_EVENTS)):
        for data in events:
            if not EventPage.objects.child_of(parent).filter(slug=data["slug"]).exists():
                add_event(parent, data, today)


def add_event(parent, data, today):
    start_date, start_time, end_date, end_time = when(data, today)
    group = WorkingGroupPage.objects.filter(slug=data["organiser"], locale=Locale.get_default()).first()
    event = EventPage(
        slug=data["slug"],
        title=data["title"],
        event_kind=data["kind"],
        summary=data["summary"],
        start_date=start_date,
        start_time=start_time,
        end_date=end_date,
        end_time=end_time,
        time_zone=data["time_zone"],
        place=data["place"],
        online_link=data.get("online_link", ""),
        organising_group=group,
        illustrative=data["illustrative"],
        agenda=agenda(data),
        live=False,
    )
    event.principles = list(KeyPrinciple.objects.filter(slug__in=data["principles"]))
    event.practice_areas = list(PracticeArea.objects.filter(number__in=data["practice_areas"]))
    event.countries = list(Country.objects.filter(iso_code__in=data["countries"]))
    event.outputs = [
        EventOutput(page=ReportPage.objects.get(slug=slug, locale=Locale.get_default())) for slug in data["outputs"]
    ]
    parent.add_child(instance=event)
    if data["audience"] == "members":
        PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.LOGIN)
    elif data["audience"] == "group":
        restriction = PageViewRestriction.objects.create(page=event, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([group.member_group] if group.member_group_id else [Group.objects.get(name=group.title)])
    registration = data.get("registration")
    if registration:
        event.registration_open = True
        event.capacity = registration["capacity"]
        event.registration_question = registration["question"]
    event.save_revision().publish()
    if registration:
        User = get_user_model()
        for email, answer in registration["members"]:
            Registration.register(event, User.objects.get(email=email), answer)
    return event
