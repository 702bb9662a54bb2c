"""The events listing, the home page's next events, a working group's events and a report's
events: upcoming first (soonest first), then past (newest first), filtered without JavaScript,
and never naming an event, or an output, its reader may not open."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from networkevents.models import EventOutput, EventPage
from tests.factories import CountryFactory, KeyPrincipleFactory, RegionFactory, ReportPageFactory, member

from .conftest import TODAY, event, restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_today")]


def titles_in(html, *titles):
    """The titles linked on the page, in the order it shows them. Only links count: a card's
    summary is a random sentence, and may start with a word such as "Later"."""
    links = {title: html.find(f">{title}</a>") for title in titles}
    return [title for title, position in sorted(links.items(), key=lambda link: link[1]) if position >= 0]


def test_upcoming_events_come_first_soonest_first_then_past_ones_newest_first(client, sections):
    for title, days in [("Later", 40), ("Long ago", -400), ("Soon", 3), ("Last month", -30), ("Today", 0)]:
        event(sections, title, days)
    page = client.get("/en/events/").content.decode()
    upcoming, past = page.split("Past events", 1)
    assert titles_in(upcoming, "Today", "Soon", "Later", "Last month", "Long ago") == ["Today", "Soon", "Later"]
    assert titles_in(past, "Today", "Soon", "Later", "Last month", "Long ago") == ["Last month", "Long ago"]


def test_the_listing_filters_by_kind_year_region_and_principle_without_javascript(client, sections):
    pacific = RegionFactory(name="Pacific", slug="pacific")
    fiji = CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    principle = KeyPrincipleFactory(slug="informative", name="Informative")
    event(sections, "Suva workshop", -500, kind="regional-workshop", countries=[fiji], principles=[principle])
    event(sections, "London webinar", 10, kind="webinar")
    event(sections, "Suva meeting", 20, countries=[fiji])
    filtered = {
        "kind=regional-workshop": ["Suva workshop"],
        "kind=webinar&kind=regional-workshop": ["London webinar", "Suva workshop"],
        "region=pacific": ["Suva meeting", "Suva workshop"],
        "principle=informative": ["Suva workshop"],
        f"year={TODAY.year - 1}": ["Suva workshop"],
    }
    for query, expected in filtered.items():
        page = client.get(f"/en/events/?{query}").content.decode()
        assert titles_in(page, "Suva workshop", "London webinar", "Suva meeting") == expected, query


def test_an_unknown_filter_value_is_explained_and_the_rest_still_applies(client, sections):
    event(sections, "London webinar", 10, kind="webinar")
    response = client.get("/en/events/?kind=picnic&kind=webinar")
    page = response.content.decode()
    assert response.status_code == 200
    assert "“picnic” is not a kind of event, so that filter was ignored." in page
    assert "London webinar" in page


def test_members_and_group_events_are_listed_only_to_those_who_may_open_them(client, sections, working_group):
    group_page, group_member = working_group
    restrict(event(sections, "Conference for members", 30), PageViewRestriction.LOGIN)
    restrict(event(sections, "Group webinar", 10), PageViewRestriction.GROUPS, [group_page.member_group])
    event(sections, "Public workshop", 20)
    everyone = ["Public workshop"]
    readers = {
        None: everyone,
        member(): ["Public workshop", "Conference for members"],
        group_member: ["Group webinar", "Public workshop", "Conference for members"],
    }
    for reader, expected in readers.items():
        client.logout()
        if reader:
            client.force_login(reader)
        page = client.get("/en/events/").content.decode()
        assert titles_in(page, "Group webinar", "Public workshop", "Conference for members") == expected


def test_the_home_page_shows_the_next_three_public_events(client, sections):
    for title, days in [("Fourth", 40), ("Past", -3), ("Second", 5), ("First", 1), ("Third", 20)]:
        event(sections, title, days)
    restrict(event(sections, "Members only", 2), PageViewRestriction.LOGIN)
    page = client.get("/en/").content.decode()
    assert titles_in(page, "First", "Second", "Third", "Fourth", "Past", "Members only") == ["First", "Second", "Third"]


def test_a_working_group_page_shows_its_own_events_and_a_report_the_events_it_came_from(
    client, sections, working_group
):
    group_page, _member = working_group
    report = ReportPageFactory(parent=group_page, title="Suva report", slug="suva-report")
    meeting = event(sections, "Suva meeting", -300, organising_group=group_page)
    meeting.outputs = [EventOutput(page=report)]
    meeting.save()
    event(sections, "Another group's meeting", -200)
    group = client.get(group_page.url).content.decode()
    assert "Suva meeting" in group and "Another group&#x27;s meeting" not in group
    assert "Suva meeting" in client.get(report.url).content.decode()
    assert "Suva report" in client.get(meeting.url).content.decode()


def test_an_output_its_reader_may_not_open_is_not_named_on_a_public_event(client, sections, working_group):
    group_page, group_member = working_group
    report = ReportPageFactory(parent=group_page, title="Confidential liaison report", slug="liaison")
    restrict(report, PageViewRestriction.GROUPS, [group_page.member_group])
    meeting = event(sections, "Public meeting", -10)
    meeting.outputs = [EventOutput(page=report)]
    meeting.save()
    assert "Confidential liaison report" not in client.get(meeting.url).content.decode()
    client.force_login(group_member)
    assert "Confidential liaison report" in client.get(meeting.url).content.decode()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kinds=st.lists(st.one_of(st.sampled_from(["webinar", "conference"]), st.text(max_size=30)), max_size=4))
def test_any_kind_filter_gives_the_listing_and_names_what_it_ignored(client, sections, kinds):
    if not EventPage.objects.filter(slug="london-webinar").exists():
        event(sections, "London webinar", 10, kind="webinar", slug="london-webinar")
    response = client.get("/en/events/", {"kind": kinds})
    page = response.content.decode()
    assert response.status_code == 200
    known = {"conference", "working-group-meeting", "regional-workshop", "webinar"}
    assert ("is not a kind of event" in page) == any(kind not in known for kind in kinds)
