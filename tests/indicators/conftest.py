import datetime

import pytest

from indicators.models import Indicator, IndicatorValue
from tests.factories import (
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
)


def make_indicator(code, kind=Indicator.Kind.YES_NO, options="", **fields):
    return Indicator.objects.create(
        code=code,
        name=fields.pop("name", code.replace("-", " ").capitalize()),
        question=fields.pop("question", f"{code}?"),
        definition=fields.pop("definition", f"What counts as {code}."),
        kind=kind,
        options=options,
        principle=KeyPrincipleFactory(slug="responsive", name="Responsive"),
        practice_area=PracticeAreaFactory(number="3.9", slug="security", title="Security of information"),
        **fields,
    )


@pytest.fixture
def network(db):
    """Three EMBs in two regions, four indicators, some values recorded."""
    pacific = RegionFactory(slug="pacific", name="Pacific")
    africa = RegionFactory(slug="africa", name="Africa")
    feo = ElectionManagementBodyFactory(
        name="Fijian Elections Office", country=CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    )
    png = ElectionManagementBodyFactory(
        name="PNG Electoral Commission", country=CountryFactory(iso_code="PG", name="Papua New Guinea", region=pacific)
    )
    mec = ElectionManagementBodyFactory(
        name="Malawi Electoral Commission", country=CountryFactory(iso_code="MW", name="Malawi", region=africa)
    )
    mfa = make_indicator("mfa-official-accounts", name="Two-factor authentication")
    platforms = make_indicator(
        "official-platforms", Indicator.Kind.CHOICES, "facebook | Facebook\nwhatsapp | WhatsApp\nsms | Text messages"
    )
    staff = make_indicator("new-media-staff", Indicator.Kind.NUMBER, unit="staff")
    review = make_indicator("lessons-learned-review", Indicator.Kind.YEAR)
    as_of = datetime.date(2022, 1, 31)
    source = {"source_url": "https://www.feo.example.org/strategy", "as_of": as_of}
    IndicatorValue.record(emb=feo, indicator=mfa, value="yes", **source)
    IndicatorValue.record(emb=png, indicator=mfa, value="no", **source)
    IndicatorValue.record(emb=mec, indicator=mfa, value="yes", **source)
    IndicatorValue.record(emb=feo, indicator=platforms, value=["facebook", "sms"], **source)
    IndicatorValue.record(emb=mec, indicator=platforms, value="unknown", **source)
    IndicatorValue.record(emb=feo, indicator=staff, value="3", **source)
    IndicatorValue.record(emb=mec, indicator=review, value="2019", **source)
    return {"feo": feo, "png": png, "mec": mec, "mfa": mfa, "platforms": platforms, "staff": staff, "review": review}
