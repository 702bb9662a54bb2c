import io

import pytest
from django.core.management import call_command

from indicators.models import Indicator, IndicatorValue
from tests.demo_world import load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_illustrative_practice_data_loaded_once(client):
    load_demo()
    indicators, values = Indicator.objects.count(), IndicatorValue.objects.count()
    assert 10 <= indicators <= 15
    assert values > 150 and not IndicatorValue.objects.filter(illustrative=False).exists()
    assert all(value.source_url or value.source_title for value in IndicatorValue.objects.all())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Indicator.objects.count(), IndicatorValue.objects.count()) == (indicators, values)
    table = client.get("/en/practice-data/?region=pacific&where=lessons-learned-review&equals=2018").content.decode()
    assert "Fijian Elections Office" in table
