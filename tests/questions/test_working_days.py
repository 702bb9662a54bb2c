"""Working days skip weekends and the Secretariat's holidays, wherever today falls."""

import datetime

import pytest
import time_machine
from hypothesis import given
from hypothesis import strategies as st

from cen_portal.workingdays import add_working_days, working_days_between
from questions.forms import QuestionForm
from questions.models import Holiday, Question

from .conftest import make_question

pytestmark = pytest.mark.django_db

FRIDAY = datetime.date(2026, 3, 6)
MONDAY = datetime.date(2026, 3, 9)


def moment(day, hour=9):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


def test_a_weekend_is_not_counted():
    assert add_working_days(FRIDAY, 1, set()) == MONDAY
    assert working_days_between(FRIDAY, MONDAY, set()) == 1
    assert add_working_days(MONDAY, -1, set()) == FRIDAY


def test_eight_working_days_from_a_wednesday_end_on_the_second_friday_after():
    assert add_working_days(datetime.date(2026, 3, 4), 8, set()) == datetime.date(2026, 3, 16)


def test_holidays_the_secretariat_keeps_are_skipped():
    Holiday.objects.create(date=MONDAY, name="Commonwealth Day")
    assert add_working_days(FRIDAY, 1, Holiday.closed_days()) == datetime.date(2026, 3, 10)
    assert working_days_between(FRIDAY, datetime.date(2026, 3, 10), Holiday.closed_days()) == 1


@given(
    start=st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2030, 12, 31)),
    count=st.integers(min_value=-40, max_value=40),
    holidays=st.sets(st.dates(min_value=datetime.date(2019, 12, 1), max_value=datetime.date(2031, 2, 28)), max_size=10),
)
def test_adding_working_days_and_counting_them_agree(start, count, holidays):
    end = add_working_days(start, count, holidays)
    assert end.weekday() < 5 and end not in holidays or count == 0
    assert working_days_between(start, end, holidays) == count


@time_machine.travel(moment(datetime.date(2026, 3, 6), 16), tick=False)
def test_the_ask_form_suggests_eight_working_days_across_the_weekend_and_a_holiday(network):
    Holiday.objects.create(date=datetime.date(2026, 3, 9), name="Commonwealth Day")
    assert QuestionForm().initial["deadline"] == datetime.date(2026, 3, 19)


def test_a_question_asked_on_friday_is_not_late_for_triage_on_monday(network):
    with time_machine.travel(moment(FRIDAY), tick=False):
        question = make_question(network)
    with time_machine.travel(moment(MONDAY), tick=False):
        assert question.age() == 1 and not question.is_overdue()
    with time_machine.travel(moment(MONDAY + datetime.timedelta(days=1)), tick=False):
        assert question.is_overdue()
    Holiday.objects.create(date=MONDAY, name="Commonwealth Day")
    with time_machine.travel(moment(MONDAY + datetime.timedelta(days=1)), tick=False):
        assert question.age() == 1 and not question.is_overdue()


def test_after_triage_the_target_is_the_askers_deadline(network):
    with time_machine.travel(moment(datetime.date(2026, 3, 4)), tick=False):
        question = make_question(network, deadline=datetime.date(2026, 3, 16), stage=Question.Stage.ROUTED)
        assert question.target() == 8
    with time_machine.travel(moment(datetime.date(2026, 3, 16)), tick=False):
        assert not question.is_overdue()
    with time_machine.travel(moment(datetime.date(2026, 3, 17)), tick=False):
        assert question.is_overdue()
