"""Reminders: an email to each member registered, the chosen number of working days before the
event (weekends and the office's holidays skipped), in the member's language, sent once."""

import datetime

import pytest
import time_machine

from networkevents.models import Registration
from questions.models import Holiday
from tests.factories import member

from .conftest import TODAY, event

pytestmark = pytest.mark.django_db

# A Thursday; the event's first day at the venue is the Tuesday after.
THURSDAY = datetime.date(2027, 3, 4)
TUESDAY = datetime.date(2027, 3, 9)


@pytest.fixture
def workshop(sections):
    days = (TUESDAY - TODAY).days
    return event(
        sections, "Counting workshop", days, registration_open=True, reminder_working_days=3, time_zone="Pacific/Fiji"
    )


def reminders_on(day):
    with time_machine.travel(datetime.datetime.combine(day, datetime.time(6, 0), tzinfo=datetime.UTC), tick=False):
        return Registration.send_reminders(day)


def test_the_reminder_goes_three_working_days_before_once_and_only_to_those_with_a_place(workshop, mailoutbox, client):
    registered, waiting = member(), member()
    Registration.register(workshop, registered)
    workshop.capacity = 1
    Registration.register(workshop, waiting)
    Registration.objects.filter(member=waiting).update(status=Registration.Status.WAITING)
    assert reminders_on(THURSDAY - datetime.timedelta(days=1)) == 0  # Wednesday: four working days before
    assert reminders_on(THURSDAY) == 1  # Thursday, Friday, Monday: three working days before
    assert reminders_on(THURSDAY + datetime.timedelta(days=1)) == 0  # never twice
    [message] = mailoutbox
    assert message.to == [registered.email] and "Reminder: Counting workshop" in message.subject


def test_a_holiday_moves_the_reminder_a_working_day_earlier(workshop, mailoutbox):
    Holiday.objects.create(date=datetime.date(2027, 3, 8), name="Commonwealth Day")  # the Monday
    Registration.register(workshop, member())
    # Friday, Thursday, Wednesday are the three working days before now.
    assert reminders_on(THURSDAY - datetime.timedelta(days=2)) == 0
    assert reminders_on(THURSDAY - datetime.timedelta(days=1)) == 1


def test_each_member_is_reminded_in_their_own_language(workshop, mailoutbox):
    french = member()
    french.language = "fr"
    french.save()
    Registration.register(workshop, french)
    reminders_on(THURSDAY)
    [message] = mailoutbox
    assert message.subject.startswith("Rappel") and "Vous êtes inscrit" in message.body


def test_a_cancelled_event_sends_no_reminder(workshop, mailoutbox):
    Registration.register(workshop, member())
    workshop.cancelled = True
    workshop.save()
    assert reminders_on(THURSDAY) == 0
