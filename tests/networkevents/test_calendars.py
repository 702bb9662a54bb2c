"""Calendars: an event's `.ics` file and the subscribable feeds, read back with icalendar. The
instants are the event's, carried with the venue's VTIMEZONE (never floating); an entry keeps
its UID across translations and changes while its SEQUENCE grows; feeds hold public events only."""

import datetime

import pytest
from icalendar import Calendar
from wagtail.models import Locale, PageViewRestriction

from networkevents.models import EventPage

from .conftest import event, restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_today")]


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def entries(calendar):
    return {str(entry["SUMMARY"]): entry for entry in calendar.walk("VEVENT")}


def test_an_events_file_gives_back_its_instants_in_the_venues_time_zone(client, sections):
    suva = event(sections, "Suva meeting", 30, time_zone="Pacific/Fiji", place="Suva")
    calendar = read_calendar(client, f"{suva.url}calendar/")
    entry = entries(calendar)["Suva meeting"]
    start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
    assert (start, end) == (suva.starts_at, suva.ends_at)
    assert str(start.tzinfo) == "Pacific/Fiji" and entry["DTSTART"].params["TZID"] == "Pacific/Fiji"
    assert [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] == ["Pacific/Fiji"]
    assert str(entry["URL"]).endswith(suva.url) and "Suva" in str(entry["LOCATION"])


def test_no_time_in_any_calendar_is_floating(client, sections):
    for days, zone in [(5, "Pacific/Apia"), (6, "America/St_Johns"), (7, "UTC")]:
        event(sections, f"Meeting in {zone}", days, time_zone=zone)
    calendar = read_calendar(client, "/en/events/calendar/")
    for entry in calendar.walk("VEVENT"):
        for name in ("DTSTART", "DTEND", "DTSTAMP"):
            assert entry.decoded(name).tzinfo is not None, (entry["SUMMARY"], name)


def test_an_entry_keeps_its_uid_through_changes_and_translation_while_its_sequence_grows(client, sections):
    meeting = event(sections, "Counting workshop", 10)
    meeting.save_revision().publish()
    first = entries(read_calendar(client, f"{meeting.url}calendar/"))["Counting workshop"]
    meeting = EventPage.objects.get(pk=meeting.pk)
    meeting.start_time = datetime.time(10, 0)
    meeting.cancelled = True
    meeting.save_revision().publish()
    changed = entries(read_calendar(client, f"{meeting.url}calendar/"))["Counting workshop"]
    assert changed["UID"] == first["UID"]
    assert int(changed["SEQUENCE"]) > int(first["SEQUENCE"])
    assert changed["STATUS"] == "CANCELLED" and first["STATUS"] == "CONFIRMED"
    assert changed.decoded("DTSTART") == first.decoded("DTSTART") + datetime.timedelta(hours=1)
    french = meeting.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Atelier sur le dépouillement"
    french.save_revision().publish()
    translated = entries(read_calendar(client, f"{french.url}calendar/"))["Atelier sur le dépouillement"]
    assert translated["UID"] == first["UID"]
    assert int(translated["SEQUENCE"]) > int(changed["SEQUENCE"])


def test_the_feeds_hold_public_events_only_and_a_groups_feed_its_own(client, sections, working_group):
    group_page, group_member = working_group
    event(sections, "Public workshop", 20)
    event(sections, "Group's public meeting", 25, organising_group=group_page)
    restrict(event(sections, "Conference for members", 30), PageViewRestriction.LOGIN)
    webinar = event(sections, "Group webinar", 10, organising_group=group_page)
    restrict(webinar, PageViewRestriction.GROUPS, [group_page.member_group])
    event(sections, "Two years ago", -730)
    client.force_login(group_member)  # a feed is the same whoever fetches it: calendars cannot sign in
    everything = read_calendar(client, "/en/events/calendar/")
    assert sorted(entries(everything)) == ["Group's public meeting", "Public workshop"]
    group_feed = read_calendar(client, f"/en/events/groups/{group_page.slug}/calendar/")
    assert sorted(entries(group_feed)) == ["Group's public meeting"]


def test_a_restricted_events_file_asks_an_anonymous_reader_to_sign_in(client, sections):
    conference = event(sections, "Conference for members", 30)
    restrict(conference, PageViewRestriction.LOGIN)
    response = client.get(f"{conference.url}calendar/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_unknown_groups_feed_is_not_found(client, sections):
    assert client.get("/en/events/groups/no-such-group/calendar/").status_code == 404
