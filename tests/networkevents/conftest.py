"""Events under the test site's events section, dated around a fixed today."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from tests.factories import EventPageFactory, UserFactory, WorkingGroupPageFactory

TODAY = datetime.date(2026, 12, 4)


@pytest.fixture
def on_today():
    """The clock at noon UTC on TODAY, so that "upcoming" and "past" are fixed."""
    with time_machine.travel(f"{TODAY.isoformat()} 12:00Z", tick=False):
        yield


def days_from_today(days):
    return TODAY + datetime.timedelta(days=days)


def event(sections, title, days, kind="working-group-meeting", **fields):
    """An event starting `days` after TODAY (before it if negative), lasting a day, in London."""
    day = days_from_today(days)
    fields = {"time_zone": "Europe/London", "place": "London", **fields}
    return EventPageFactory(
        parent=sections["events"],
        title=title,
        event_kind=kind,
        start_date=day,
        start_time=datetime.time(9, 0),
        end_date=day,
        end_time=datetime.time(17, 0),
        **fields,
    )


def restrict(page, kind, groups=()):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=kind)
    if groups:
        restriction.groups.set(groups)
    return restriction


@pytest.fixture
def working_group(sections):
    page = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on New Media")
    page.member_group = Group.objects.create(name=page.title)
    page.save()
    member = UserFactory()
    member.groups.add(page.member_group)
    return page, member
