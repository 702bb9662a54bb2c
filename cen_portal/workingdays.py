"""Working days: Monday to Friday, less the days the Secretariat's office is closed.

Every deadline and every age on the Secretariat's dashboard is counted in working days, so a
question asked on a Friday before a holiday is not overdue when the office reopens; so is the
notice an event's reminder gives. The closed days are kept by the app that owns them (Ask the
network's holidays, edited in the admin), which registers them in its `AppConfig.ready`."""

import datetime

from django.utils import timezone

WEEKEND = {5, 6}  # Saturday, Sunday
# Functions giving the days the office is closed, registered by the apps that keep them.
CLOSED_DAY_SOURCES = []


def register_closed_days(source):
    CLOSED_DAY_SOURCES.append(source)


def closed_days():
    """Every registered closed day."""
    return set().union(*(source() for source in CLOSED_DAY_SOURCES))


def is_working_day(day, closed_days):
    return day.weekday() not in WEEKEND and day not in closed_days


def add_working_days(start, count, closed_days):
    """The working day `count` working days after `start` (before it, when negative)."""
    step = 1 if count >= 0 else -1
    day, left = start, abs(count)
    while left:
        day += datetime.timedelta(days=step)
        if is_working_day(day, closed_days):
            left -= 1
    return day


def working_days_between(start, end, closed_days):
    """Working days after `start` up to and including `end`; negative when `end` is earlier,
    counted as `add_working_days` steps back, so both always agree.

    A question asked on Friday and triaged on Monday took one working day."""
    if end < start:
        days = range((start - end).days)
        return -sum(1 for offset in days if is_working_day(end + datetime.timedelta(days=offset), closed_days))
    days = range(1, (end - start).days + 1)
    return sum(1 for offset in days if is_working_day(start + datetime.timedelta(days=offset), closed_days))


def today():
    return timezone.localdate()


def as_date(moment):
    """The local calendar date of a stored moment."""
    return timezone.localdate(moment) if isinstance(moment, datetime.datetime) else moment
