"""Indicator types check their values, every change is kept as history, and a definition that
changes gets a new version."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.models import UNKNOWN, Indicator, IndicatorValue
from tests.indicators.conftest import make_indicator

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "kind,options,raw,expected",
    [
        (Indicator.Kind.YES_NO, "", "partly", "partly"),
        (Indicator.Kind.YES_NO, "", " unknown ", UNKNOWN),
        (Indicator.Kind.CHOICE, "a | A\nb | B", "b", "b"),
        (Indicator.Kind.CHOICES, "a | A\nb | B\nc | C", ["c", "a", "c"], ["a", "c"]),
        (Indicator.Kind.CHOICES, "a | A\nb | B", "b, a", ["a", "b"]),
        (Indicator.Kind.NUMBER, "", "1,200", 1200),
        (Indicator.Kind.NUMBER, "", "2.5", 2.5),
        (Indicator.Kind.YEAR, "", "2016", 2016),
    ],
)
def test_each_type_takes_its_own_values(kind, options, raw, expected):
    assert make_indicator("probe", kind, options).clean_value(raw) == expected


@pytest.mark.parametrize(
    "kind,options,raw,message",
    [
        (Indicator.Kind.YES_NO, "", "maybe", "Choose from: yes, partly, no."),
        (Indicator.Kind.CHOICE, "a | A", ["a"], "Give a single value."),
        (Indicator.Kind.CHOICES, "a | A", ["z"], "Choose from: a."),
        (Indicator.Kind.NUMBER, "", "-3", "Give a number from 0"),
        (Indicator.Kind.NUMBER, "", "NaN", "Give a number from 0"),
        (Indicator.Kind.NUMBER, "", "twelve", "Give a number, such as 12."),
        (Indicator.Kind.YEAR, "", "1066", "Give a year from 1900 to 2100."),
        (Indicator.Kind.YEAR, "", "²⁰¹⁶", "Give a year from 1900 to 2100."),
        (Indicator.Kind.YES_NO, "", "", "Give a value, or “unknown”."),
    ],
)
def test_a_wrong_value_is_refused_with_what_is_expected(kind, options, raw, message):
    with pytest.raises(ValidationError) as error:
        make_indicator("probe", kind, options).clean_value(raw)
    assert message in " ".join(error.value.messages)


@settings(max_examples=200, deadline=None)
@given(
    kind=st.sampled_from(Indicator.Kind.values), raw=st.text(max_size=40) | st.lists(st.text(max_size=10), max_size=4)
)
def test_any_typed_value_is_either_canonical_or_refused_clearly(kind, raw):
    indicator = Indicator(code="probe", kind=kind, options="a | A\nb | B")
    try:
        value = indicator.clean_value(raw)
    except ValidationError as error:
        assert error.messages
        return
    assert value == UNKNOWN or {
        Indicator.Kind.YES_NO: lambda v: v in {"yes", "partly", "no"},
        Indicator.Kind.CHOICE: lambda v: v in {"a", "b"},
        Indicator.Kind.CHOICES: lambda v: isinstance(v, list) and v and set(v) <= {"a", "b"},
        Indicator.Kind.NUMBER: lambda v: isinstance(v, (int, float)) and 0 <= v <= 10**9,
        Indicator.Kind.YEAR: lambda v: isinstance(v, int) and 1900 <= v <= 2100,
    }[kind](value)
    assert indicator.display(value)


def test_every_change_is_kept_and_only_the_newest_is_current(network):
    feo, mfa = network["feo"], network["mfa"]
    IndicatorValue.record(
        emb=feo, indicator=mfa, value="partly", as_of=datetime.date(2023, 5, 1), source_title="Annual report 2023"
    )
    history = list(IndicatorValue.objects.filter(emb=feo, indicator=mfa).order_by("recorded_at"))
    assert [value.value for value in history] == ["yes", "partly"]
    assert [value.is_current for value in history] == [False, True]
    assert IndicatorValue.objects.current().get(emb=feo, indicator=mfa).source_title == "Annual report 2023"


def test_a_value_needs_a_source(network):
    with pytest.raises(ValidationError, match="Name a source"):
        IndicatorValue.record(emb=network["png"], indicator=network["staff"], value="2", as_of=datetime.date.today())


def test_changing_a_definition_raises_the_version_and_values_remember_theirs(network):
    mfa = network["mfa"]
    mfa.definition = "Every official account, including messaging apps, requires a second factor."
    mfa.save()
    mfa.name = "2FA"  # a new name is not a new definition
    mfa.save()
    assert mfa.version == 2
    new = IndicatorValue.record(
        emb=network["png"], indicator=mfa, value="yes", as_of=datetime.date.today(), source_title="Interview"
    )
    assert new.indicator_version == 2
    assert new.history().last().indicator_version == 1


def test_values_display_as_readers_expect(network):
    assert IndicatorValue.objects.current().get(emb=network["feo"], indicator=network["platforms"]).display == (
        "Facebook, Text messages"
    )
    assert IndicatorValue.objects.current().get(emb=network["feo"], indicator=network["staff"]).display == "3 staff"
    assert IndicatorValue.objects.current().get(emb=network["mec"], indicator=network["platforms"]).display == "Unknown"
