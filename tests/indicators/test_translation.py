"""Indicators are content in two languages: a French reader of the comparison, an EMB's profile,
a value's history or the API meets the indicators' own words in French, translated through
wagtail-localize as the taxonomy is, while codes and values stay the same in both."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import translation

from cen_portal.taxonomy import save_translation
from indicators.models import Indicator
from tests.demo_world import load_demo

pytestmark = pytest.mark.django_db

FRENCH_PLATFORMS = {
    "name": "Plateformes officielles",
    "question": "Sur quelles plateformes l’OGE a-t-il des comptes officiels\u00a0?",
    "definition": "Les comptes tenus par l’OGE lui-même.",
    # WhatsApp keeps its name, "sms" is relabelled, an unknown value is ignored.
    "options": "sms | SMS\ntelegram | Telegram",
}


@pytest.fixture
def french(network):
    save_translation(network["platforms"], "fr", FRENCH_PLATFORMS)
    save_translation(network["staff"], "fr", {"name": "Personnel des nouveaux médias", "unit": "agents"})
    return network


def test_the_comparison_speaks_french_and_keeps_one_row_per_indicator(client, french):
    page = client.get("/fr/practice-data/?indicator=official-platforms&indicator=new-media-staff").content.decode()
    headings = re.findall(r'<th scope="col"><abbr title="([^"]*)">([^<]*)</abbr>', page)
    assert headings == [
        ("new-media-staff?", "Personnel des nouveaux médias"),  # an untranslated field falls back
        (FRENCH_PLATFORMS["question"], "Plateformes officielles"),
    ]
    assert FRENCH_PLATFORMS["definition"] in page
    assert "Facebook, SMS" in page and "Text messages" not in page
    assert "3 agents" in page
    # The English page is unchanged, and each indicator is offered once in either language.
    english = client.get("/en/practice-data/?indicator=official-platforms").content.decode()
    assert "Official platforms" in english and "Facebook, Text messages" in english
    for language in ("en", "fr"):
        form = client.get(f"/{language}/practice-data/").content.decode()
        assert form.count('name="indicator" value="official-platforms"') == 1


def test_the_api_and_the_json_export_give_french_labels_for_the_same_values(client, french):
    api = client.get("/api/v1/practice-data?indicator=official-platforms&lang=fr").json()["embs"]
    fiji = next(record for record in api if record["emb"] == "Fijian Elections Office")
    assert fiji["values"]["official-platforms"]["value"] == ["facebook", "sms"]
    assert fiji["values"]["official-platforms"]["display"] == "Facebook, SMS"


def test_a_translation_cannot_change_what_a_value_may_be(french):
    platforms = Indicator.objects.get(code="official-platforms")
    with translation.override("fr"):
        assert platforms.option_pairs() == [("facebook", "Facebook"), ("whatsapp", "WhatsApp"), ("sms", "SMS")]
        assert platforms.clean_value(["sms"]) == ["sms"]
        with pytest.raises(ValidationError):
            platforms.clean_value(["telegram"])
    assert Indicator.objects.count() == 4  # the canonical rows: translations are overlays


def test_the_demos_french_practice_data_has_no_indicator_left_in_english(client):
    load_demo()
    call_command("load_demo_content", verbosity=0)  # a second load updates the same French rows
    assert Indicator.all_locales.filter(locale__language_code="fr").count() == Indicator.objects.count()
    page = client.get("/fr/practice-data/").content.decode()
    for indicator in Indicator.objects.all():
        assert f">{indicator.name}<" not in page, indicator.name
        assert indicator.question not in page, indicator.question
