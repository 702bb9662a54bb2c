"""Comparing EMBs: the page, its CSV, its JSON and the API show the same table as the database,
and nothing a reader types breaks it."""

import csv
import datetime
import io
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from indicators.models import IndicatorValue

pytestmark = pytest.mark.django_db


def rows_from_csv(response):
    return list(csv.DictReader(io.StringIO(response.content.decode())))


def test_the_table_csv_json_and_api_agree_with_the_database(client, network):
    query = "?indicator=mfa-official-accounts&indicator=official-platforms"
    page = client.get("/en/practice-data/" + query).content.decode()
    table = rows_from_csv(client.get("/en/practice-data/" + query + "&format=csv"))
    exported = json.loads(client.get("/en/practice-data/" + query + "&format=json").content)["embs"]
    api = client.get("/api/v1/practice-data" + query).json()["embs"]

    assert [row["EMB"] for row in table] == [
        "Fijian Elections Office",
        "Malawi Electoral Commission",
        "PNG Electoral Commission",
    ]
    assert exported == api
    for row, record in zip(table, exported, strict=True):
        assert row["EMB"] == record["emb"]
        for code, name in [
            ("mfa-official-accounts", "Two-factor authentication"),
            ("official-platforms", "Official platforms"),
        ]:
            stored = IndicatorValue.objects.current().filter(emb_id=record["emb_id"], indicator__code=code).first()
            if stored is None:
                assert record["values"][code] is None and row[name] == ""
                continue
            assert record["values"][code]["value"] == stored.value
            assert row[name] == stored.display == record["values"][code]["display"]
            assert row[f"{name}: true as of"] == "2022-01-31" and row[f"{name}: source"] == stored.source_url
            assert stored.display in page


def test_a_region_and_a_condition_narrow_the_table(client, network):
    pacific = rows_from_csv(client.get("/en/practice-data/?region=pacific&format=csv"))
    assert {row["EMB"] for row in pacific} == {"Fijian Elections Office", "PNG Electoral Commission"}
    with_mfa = client.get("/api/v1/practice-data?where=mfa-official-accounts&equals=yes").json()["embs"]
    assert {record["emb"] for record in with_mfa} == {"Fijian Elections Office", "Malawi Electoral Commission"}
    on_sms = client.get("/api/v1/practice-data?where=official-platforms&equals=sms").json()["embs"]
    assert [record["emb"] for record in on_sms] == ["Fijian Elections Office"]


def offered_conditions(page):
    """{indicator name: [(value, label)]} of the page's condition list."""
    select = re.search(r'<select name="condition".*?</select>', page, re.S).group(0)
    return {
        name: re.findall(r'<option value="([^"]+)"[^>]*>([^<]*)</option>', options)
        for name, options in re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', select, re.S)
    }


def test_the_condition_offers_each_indicators_own_values_and_each_narrows_like_the_api(client, network):
    page = client.get("/en/practice-data/").content.decode()
    assert 'name="equals"' not in page  # nothing to guess and type
    conditions = offered_conditions(page)
    assert conditions["Two-factor authentication"] == [
        ("mfa-official-accounts=yes", "Yes"),
        ("mfa-official-accounts=partly", "Partly"),
        ("mfa-official-accounts=no", "No"),
        ("mfa-official-accounts=unknown", "Unknown"),
    ]
    # A number offers the values recorded so far, as the table shows them.
    staff = conditions["New media staff"]
    assert staff[-1] == ("new-media-staff=unknown", "Unknown")
    assert [label for _value, label in staff[:-1]] == [
        value.display for value in IndicatorValue.objects.current().filter(indicator=network["staff"]).order_by("value")
    ]
    for options in conditions.values():
        for condition, _label in options:
            code, _sep, value = condition.partition("=")
            table = client.get("/en/practice-data/", {"condition": condition, "format": "json"}).json()
            api = client.get("/api/v1/practice-data", {"where": code, "equals": value}).json()
            assert table == api, condition
            chosen = client.get("/en/practice-data/", {"condition": condition}).content.decode()
            assert f'<option value="{condition}" selected>' in chosen


def test_a_link_in_the_apis_terms_opens_the_same_table_with_its_condition_chosen(client, network):
    old = client.get("/en/practice-data/?where=mfa-official-accounts&equals=yes").content.decode()
    new = client.get("/en/practice-data/?condition=mfa-official-accounts%3Dyes").content.decode()
    assert '<option value="mfa-official-accounts=yes" selected>' in old
    rows = re.findall(r'<th scope="row"><a [^>]*>([^<]*)</a>', old)
    assert rows == re.findall(r'<th scope="row"><a [^>]*>([^<]*)</a>', new)
    assert sorted(rows) == ["Fijian Elections Office", "Malawi Electoral Commission"]


def test_the_date_each_value_was_true_names_its_month_in_french_too(client, network):
    english = client.get("/en/practice-data/?indicator=mfa-official-accounts").content.decode()
    french = client.get("/fr/practice-data/?indicator=mfa-official-accounts").content.decode()
    assert "January 2022" in english and "janvier 2022" in french


def test_the_summary_counts_answers_by_region(client, network):
    page = client.get("/en/practice-data/?indicator=mfa-official-accounts").content.decode()
    summary = page[page.index("Summary by indicator") :]
    assert "<strong>Yes</strong>: 2 (Africa 1, Pacific 1)" in summary
    assert "<strong>No</strong>: 1 (Pacific 1)" in summary


def test_unknown_choices_are_named_and_left_out(client, network):
    response = client.get(
        "/en/practice-data/?region=atlantis&indicator=nonsense&where=mfa-official-accounts&equals=maybe"
    )
    content = response.content.decode()
    assert response.status_code == 200
    assert "Some choices could not be used" in content and "Choose from: yes, partly, no." in content
    api = client.get("/api/v1/practice-data?region=atlantis").json()
    assert api["messages"] and len(api["embs"]) == 3


def test_the_api_is_described_in_the_openapi_schema(client):
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/practice-data" in schema["paths"]


@pytest.mark.parametrize("formula", ['=HYPERLINK("http://evil.example")', '\t=HYPERLINK("http://evil.example")'])
def test_spreadsheet_formulas_in_sources_are_neutralised(client, network, formula):
    IndicatorValue.record(
        emb=network["png"],
        indicator=network["staff"],
        value="1",
        as_of=datetime.date(2022, 1, 1),
        source_title=formula,
    )
    rows = rows_from_csv(client.get("/en/practice-data/?indicator=new-media-staff&format=csv"))
    png = next(row for row in rows if row["EMB"] == "PNG Electoral Commission")
    assert png["New media staff: source"] == "'" + formula


parameter = st.text(max_size=30) | st.sampled_from(
    ["pacific", "mfa-official-accounts", "yes", "sms", "0", "-1", "mfa-official-accounts=yes", "new-media-staff=x", "="]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.lists(
        st.tuples(st.sampled_from(["emb", "region", "indicator", "where", "equals", "condition", "format"]), parameter),
        max_size=6,
    )
)
def test_any_query_string_gets_a_table_or_a_clear_message(client, network, params):
    for url in ("/en/practice-data/", "/api/v1/practice-data"):
        response = client.get(url, params)
        assert response.status_code in {200, 422}, (url, params, response.status_code)


@pytest.mark.parametrize("emb", ["99999999999999999999999", "²", "-1", "abc"])
def test_an_emb_that_cannot_exist_is_named_and_left_out(client, network, emb):
    page = client.get("/en/practice-data/", {"emb": emb})
    assert page.status_code == 200 and "is not a known election management body" in page.content.decode()
    exported = client.get("/en/practice-data/", {"emb": emb, "format": "json"}).json()
    assert len(exported["embs"]) == 3 and exported["messages"]
    api = client.get("/api/v1/practice-data", {"emb": emb})
    assert api.status_code in {200, 422}
    if api.status_code == 422:
        assert "“emb”" in api.json()["messages"][0]


def test_an_unknown_region_is_named(client, network):
    content = client.get("/en/practice-data/?region=atlantis").content.decode()
    assert "“atlantis” is not a known region, so it was left out." in content
