"""Events as iCalendar (RFC 5545): one event's `.ics` file and the subscribable feeds.

Each event keeps one UID across its translations and every change, and its SEQUENCE grows with
each publication, so a calendar that has it updates the entry in place (a cancellation too).
Times are the venue's, with its VTIMEZONE: never floating times, which calendars would read in
the subscriber's own zone.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from icalendar import Calendar, Event

PRODUCT_ID = "-//Commonwealth Electoral Network//CEN Knowledge Portal//EN"


def calendar_event(event, request, tentative=False):
    entry = Event()
    entry.add("uid", event.calendar_uid)
    entry.add("sequence", event.calendar_sequence)
    entry.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    entry.add("dtstart", event.starts_at.astimezone(event.zone))
    entry.add("dtend", event.ends_at.astimezone(event.zone))
    entry.add("summary", event.title)
    url = event.get_full_url(request)
    entry.add("url", url)
    where = ", ".join(part for part in (event.place, ", ".join(str(c) for c in event.countries.all())) if part)
    entry.add("location", where or event.online_link or url)
    details = [event.summary, event.online_link, url]
    entry.add("description", "\n\n".join(part for part in details if part))
    entry.add("status", "CANCELLED" if event.cancelled else "TENTATIVE" if tentative else "CONFIRMED")
    return entry


def calendar(events, request, name, tentative=()):
    """A calendar of `events`, named `name` in calendar programs, with the time zones they use;
    those whose translation key is in `tentative` (a waiting list's) marked so."""
    feed = Calendar()
    feed.add("prodid", PRODUCT_ID)
    feed.add("version", "2.0")
    feed.add("calscale", "GREGORIAN")
    feed.add("x-wr-calname", name)
    for event in events:
        feed.add_component(calendar_event(event, request, event.translation_key in tentative))
    feed.add_missing_timezones()
    return feed.to_ical()


def calendar_response(events, request, name, filename, tentative=()):
    response = HttpResponse(calendar(events, request, name, tentative), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(filename) or "events"}.ics"'
    return response
