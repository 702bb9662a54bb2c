"""A member's own calendar feed, at a secret address that a reset replaces: the events they
registered for (those they wait for as tentative), only while they may open them."""

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from icalendar import Calendar
from wagtail.models import PageViewRestriction

from networkevents.models import MemberCalendar, Registration

from .conftest import event, restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_today")]


def feed(client, token):
    client.logout()  # calendar programs do not sign in
    # An address that is not found is tried under the reader's language too (i18n), then 404s.
    return client.get(f"/calendar/{token}/", follow=True)


def test_the_feed_holds_the_members_events_and_marks_the_waiting_ones_tentative(client, sections, working_group):
    group_page, person = working_group
    workshop = event(sections, "Workshop", 10, registration_open=True, capacity=0)
    meeting = event(sections, "Group meeting", 20, registration_open=True)
    restrict(meeting, PageViewRestriction.GROUPS, [group_page.member_group])
    event(sections, "Someone else's event", 15, registration_open=True)
    Registration.register(workshop, person)
    Registration.register(meeting, person)
    response = feed(client, MemberCalendar.of(person).token)
    assert response.status_code == 200 and "no-store" in response["Cache-Control"]
    entries = {str(entry["SUMMARY"]): entry for entry in Calendar.from_ical(response.content).walk("VEVENT")}
    assert sorted(entries) == ["Group meeting", "Workshop"]
    assert entries["Workshop"]["STATUS"] == "TENTATIVE" and entries["Group meeting"]["STATUS"] == "CONFIRMED"
    # Out of the group, the group's event leaves the feed with them.
    person.groups.remove(group_page.member_group)
    again = Calendar.from_ical(feed(client, MemberCalendar.of(person).token).content)
    assert [str(entry["SUMMARY"]) for entry in again.walk("VEVENT")] == ["Workshop"]


def test_a_new_address_stops_the_old_one(client, sections, working_group):
    _group_page, person = working_group
    old = MemberCalendar.of(person).token
    client.force_login(person)
    page = client.get("/en/my-events/").content.decode()
    assert f"/calendar/{old}/" in page
    client.post("/en/my-events/new-calendar-address/")
    new = MemberCalendar.of(person).token
    assert new != old
    assert feed(client, old).status_code == 404
    assert feed(client, new).status_code == 200


def test_an_unknown_or_deactivated_address_is_not_found(client, working_group):
    _group_page, person = working_group
    token = MemberCalendar.of(person).token
    assert feed(client, "not-a-token").status_code == 404
    person.is_active = False
    person.save()
    assert feed(client, token).status_code == 404


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    token=st.text(alphabet=st.characters(blacklist_characters="/?#%", blacklist_categories=["Cs", "Cc"]), min_size=1)
)
def test_any_address_but_a_members_own_is_not_found(client, working_group, token):
    _group_page, person = working_group
    assume(token != MemberCalendar.of(person).token)
    assert feed(client, token).status_code == 404
