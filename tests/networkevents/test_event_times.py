"""An event's times: entered as the venue's wall clock, kept as instants, shown in the venue's
time and the reader's; a time the clocks skip is refused with a message, never stored wrong."""

import datetime
import zoneinfo

import pytest
from django.core.exceptions import ValidationError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from networkevents.models import EventPage
from networkevents.zones import is_time_zone, venue_instant
from tests.factories import EventPageFactory, KeyPrincipleFactory, secretariat_user

UTC = datetime.UTC
# Summer time both ways, half- and quarter-hour offsets, and both sides of the date line:
# Samoa skipped 30 December 2011 when it moved west of it; Kiritimati is fourteen hours ahead.
ZONES = [
    "Pacific/Fiji",
    "Europe/London",
    "Pacific/Apia",
    "Pacific/Kiritimati",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "Asia/Kolkata",
    "UTC",
]


def instants_showing(wall, zone_name):
    """Every instant whose wall clock in the zone is `wall`, found independently of the code under
    test: one candidate per offset the zone uses within a day and a half either side."""
    zone = zoneinfo.ZoneInfo(zone_name)
    offsets = {zone.utcoffset(wall + datetime.timedelta(hours=hours)) for hours in range(-36, 37, 3)}
    candidates = {(wall - offset).replace(tzinfo=UTC) for offset in offsets}
    return sorted(instant for instant in candidates if instant.astimezone(zone).replace(tzinfo=None) == wall)


@settings(max_examples=300, deadline=None)
@given(
    day=st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2037, 12, 31)),
    time=st.times().map(lambda time: time.replace(second=0, microsecond=0)),
    zone=st.sampled_from(ZONES),
)
def test_a_venue_time_is_the_first_instant_the_venue_clock_shows_it_or_refused(day, time, zone):
    instants = instants_showing(datetime.datetime.combine(day, time), zone)
    if not instants:
        with pytest.raises(ValueError):
            venue_instant(day, time, zone)
    else:
        # Clocks going back show an hour twice: calendar programs take the first.
        assert venue_instant(day, time, zone) == instants[0]


@pytest.mark.parametrize(
    "day, time, zone",
    [
        (datetime.date(2011, 12, 30), datetime.time(10, 0), "Pacific/Apia"),  # the day Samoa skipped
        (datetime.date(2026, 3, 29), datetime.time(1, 30), "Europe/London"),  # clocks go forward
    ],
)
def test_a_time_that_does_not_exist_at_the_venue_is_refused_with_a_message(db, day, time, zone):
    event = EventPageFactory.build(start_date=day, start_time=time, end_date=day, end_time=datetime.time(23, 0))
    event.time_zone = zone
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert "The clocks skip this time" in str(refused.value.message_dict["start_time"])


def test_an_event_cannot_end_before_it_starts_even_across_the_date_line(db):
    # Noon in Kiritimati (UTC+14) on the 2nd is 22:00 UTC on the 1st: the end, 23:00 on the 1st
    # in the same zone, is before it.
    event = EventPageFactory.build(
        start_date=datetime.date(2027, 3, 2),
        start_time=datetime.time(12, 0),
        end_date=datetime.date(2027, 3, 1),
        end_time=datetime.time(23, 0),
        time_zone="Pacific/Kiritimati",
    )
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert "An event cannot end before it starts." in refused.value.message_dict["end_date"]


def test_an_unknown_time_zone_is_refused(db):
    event = EventPageFactory.build(time_zone="Pacific/Atlantis")
    with pytest.raises(ValidationError) as refused:
        event.clean()
    assert "Choose a time zone from the list." in refused.value.message_dict["time_zone"]


def test_suva_in_december_is_thirteen_hours_ahead_of_london(client, sections):
    event = EventPageFactory(parent=sections["events"], title="Suva meeting", slug="suva-meeting")
    assert event.starts_at == datetime.datetime(2015, 12, 1, 20, 0, tzinfo=UTC)  # Fiji kept summer time then
    page = client.get("/en/events/suva-meeting/", {"tz": "Europe/London"}).content.decode()
    assert "Wednesday 2 December 2015, 09:00" in page  # at the venue
    assert "Tuesday 1 December 2015, 20:00" in page  # in London


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(asked=st.one_of(st.text(max_size=60), st.sampled_from([*ZONES, "Mars/Olympus_Mons", "GB", "Etc/GMT+3"])))
def test_any_time_zone_a_reader_types_gets_the_page_and_word_if_it_is_unknown(client, sections, asked):
    if not EventPage.objects.filter(slug="suva-meeting").exists():
        EventPageFactory(parent=sections["events"], title="Suva meeting", slug="suva-meeting")
    response = client.get("/en/events/suva-meeting/", {"tz": asked})
    assert response.status_code == 200
    known = asked.strip() == "" or is_time_zone(asked.strip())
    assert ("is not a time zone we know, so times are shown in UTC" in response.content.decode()) != known


def test_an_organiser_gets_the_form_back_with_the_problem_when_a_time_does_not_exist(client, sections):
    client.force_login(secretariat_user())
    principle = KeyPrincipleFactory()
    data = nested_form_data(
        {
            "title": "Webinar on the night the clocks change",
            "slug": "clocks-change-webinar",
            "event_kind": "webinar",
            "summary": "Late.",
            "start_date": "2026-03-29",
            "start_time": "01:30",
            "end_date": "2026-03-29",
            "end_time": "03:00",
            "time_zone": "Europe/London",
            "agenda": streamfield([]),
            "outputs": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["principles"] = [principle.pk]
    response = client.post(
        f"/admin/pages/add/networkevents/eventpage/{sections['events'].pk}/", {**data, "action-publish": "1"}
    )
    assert response.status_code == 200
    assert "The clocks skip this time in Europe/London that day: choose another." in response.content.decode()
    assert not EventPage.objects.filter(slug="clocks-change-webinar").exists()
