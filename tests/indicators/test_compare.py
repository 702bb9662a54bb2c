"""Comparing EMBs: the page, its CSV, its JSON and the API show the same table as the database,
and nothing a reader types breaks it."""

import csv
import datetime
import io
import json

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


parameter = st.text(max_size=30) | st.sampled_from(["pacific", "mfa-official-accounts", "yes", "sms", "0", "-1"])


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.lists(
        st.tuples(st.sampled_from(["emb", "region", "indicator", "where", "equals", "format"]), parameter), max_size=6
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
