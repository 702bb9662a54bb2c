"""The Secretariat's dashboard: open questions against their targets, overdue first, the
year's figures in working days, and a CSV export a spreadsheet cannot be tricked by."""

import csv
import datetime
import io

import pytest
import time_machine

from questions.dashboard import figures, open_rows
from questions.models import Holiday, Question

from .conftest import at

pytestmark = pytest.mark.django_db


def test_overdue_questions_come_first_with_ages_and_targets_in_working_days(service):
    with time_machine.travel(at(datetime.date(2026, 3, 5)), tick=False):
        rows = open_rows()
    summary = [(row.question.title, row.age, row.target, row.overdue) for row in rows]
    assert summary == [
        ("Waiting for triage since Monday", 3, 1, True),
        ("With experts, due on Wednesday", 3, 2, True),
        ("With experts, due in a fortnight", 3, 10, False),
    ]


def test_a_holiday_stops_the_clock(service):
    Holiday.objects.create(date=datetime.date(2026, 3, 3), name="A national holiday")
    Holiday.objects.create(date=datetime.date(2026, 3, 4), name="Another")
    with time_machine.travel(at(datetime.date(2026, 3, 5)), tick=False):
        waiting = next(row for row in open_rows() if row.question == service["waiting"])
    assert (waiting.age, waiting.overdue) == (1, False)


def test_the_years_figures(service):
    with time_machine.travel(at(datetime.date(2026, 3, 5), 18), tick=False):
        numbers = figures()
    assert numbers["questions"] == 4
    assert numbers["median_to_triage"] == 1.5  # one and two working days
    assert numbers["median_to_first_answer"] == 2
    assert numbers["median_to_reply"] == 3
    assert (numbers["on_time"], numbers["closed"]) == (1, 1)
    assert (numbers["ratings"], numbers["mean_rating"]) == (1, 4)
    assert ("Fiji Elections Office", 4, 0) in numbers["by_emb"]
    assert ("Electoral Commission of Ghana", 0, 1) in numbers["by_emb"]
    assert ("Independent Electoral and Boundaries Commission", 0, 1) in numbers["by_emb"]
    assert numbers["by_region"] == [("Africa", 2)]


def test_questions_older_than_a_year_leave_the_figures(service):
    with time_machine.travel(at(datetime.date(2027, 3, 10)), tick=False):
        assert figures()["questions"] == 0


def test_the_csv_export_lists_the_table_and_defuses_formulas(client, network, service):
    client.force_login(network.secretariat)
    with time_machine.travel(at(datetime.date(2026, 3, 5)), tick=False):
        Question.objects.filter(pk=service["closed"].pk).update(stage=Question.Stage.ROUTED, closed_at=None)
        response = client.get("/admin/questions/dashboard/?format=csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:2] == ["question", "stage"]
    assert rows[1][0] == "Waiting for triage since Monday" and rows[1][-1] == "yes"
    assert '\'=HYPERLINK("http://x")' in [row[0] for row in rows]


def test_the_dashboard_page_shows_the_table_and_figures(client, network, service):
    client.force_login(network.secretariat)
    with time_machine.travel(at(datetime.date(2026, 3, 5)), tick=False):
        page = client.get("/admin/questions/dashboard/").content.decode()
    assert page.index("Waiting for triage since Monday") < page.index("With experts, due in a fortnight")
    assert "Overdue" in page and "Median working days to triage" in page
