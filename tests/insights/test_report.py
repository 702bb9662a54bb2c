"""The Secretariat's report of what readers look for and do not find, counted from the search
log; the log keeps no identity and is purged after the retention period."""

import datetime
import io

import pytest
import time_machine
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from guidance.models import GuidancePage
from insights.models import SearchLog, SearchOpen, audience_class, normalise
from insights.report import SearchGapReport
from tests.demo_world import load_demo
from tests.factories import member, secretariat_user

pytestmark = pytest.mark.django_db


def log(text, results, days_ago=1, filters=None, opened=False, **fields):
    entry = SearchLog.objects.create(
        text=text,
        normalised=normalise(text),
        filters=filters or {},
        backend="database",
        result_count=results,
        audience="anonymous",
        searched_at=timezone.now() - datetime.timedelta(days=days_ago),
        **fields,
    )
    if opened:
        SearchOpen.objects.create(search=entry, key="page:1", rank=1)
    return entry


@pytest.fixture
def crafted_log(db):
    for _ in range(3):
        log("Voter registration", 0)
    log("voter  REGISTRATION?", 0)
    log("voter registration", 2)  # found a little
    log("hacked account", 5, opened=True)
    log("hacked account", 5)
    log("ballot design", 4)
    log("ballot design", 4)
    log("exit polls", 3, filters={"country": ["LK"], "principle": ["informative"]})
    log("exit polls", 0, filters={"country": ["LK"]})
    log("ancient query", 0, days_ago=200)


def test_unanswered_searches_are_grouped_by_their_words(crafted_log):
    report = SearchGapReport.for_days(90)
    assert report.unanswered()[:2] == [
        {"normalised": "voter registration", "count": 5, "results": 2},
        {"normalised": "exit polls", "count": 1, "results": 0},
    ]
    assert [row["normalised"] for row in report.unanswered(at_most=0)] == ["voter registration", "exit polls"]


def test_top_queries_results_nobody_opened_filters_and_months(crafted_log):
    report = SearchGapReport.for_days(90)
    assert report.top_queries()[0] == {"normalised": "voter registration", "count": 5, "results": 2}
    never_opened = {row["normalised"]: row["count"] for row in report.never_opened()}
    assert never_opened == {"ballot design": 2, "exit polls": 1, "voter registration": 1}
    assert report.filters_used()[0] == {"facet": "country", "value": "LK", "count": 2}
    assert sum(row["count"] for row in report.by_month()) == 11
    assert report.totals() == {"searches": 11, "unanswered": 5, "fallback": 0}


def test_the_report_is_for_the_secretariat_and_starts_guidance_from_a_gap(crafted_log, sections):
    from guidance.models import GuidanceIndexPage

    home = sections["case_studies"].get_parent()
    home.add_child(instance=GuidanceIndexPage(title="Guidance", slug="guidance"))
    outsider = Client()
    outsider.force_login(member())
    assert outsider.get("/admin/search-insights/").status_code in {302, 403}
    secretariat = Client()
    secretariat.force_login(secretariat_user())
    page = secretariat.get("/admin/search-insights/").content.decode()
    assert "voter registration" in page and "Create guidance on this" in page
    response = secretariat.post("/admin/search-insights/start-guidance/", {"query": "voter registration"})
    draft = GuidancePage.objects.get()
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert draft.title == "voter registration" and not draft.live


def test_old_searches_are_purged_after_the_retention_period(crafted_log, settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 90
    call_command("purge_search_logs", stdout=io.StringIO())
    assert not SearchLog.objects.filter(text="ancient query").exists()
    assert SearchLog.objects.count() == 11
    with time_machine.travel(timezone.now() + datetime.timedelta(days=95)):
        call_command("purge_search_logs", stdout=io.StringIO())
    assert not SearchLog.objects.exists() and not SearchOpen.objects.exists()


def test_the_weekly_email_lists_the_most_frequent_unanswered_searches(crafted_log, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    log("rumour desk staffing", 0, days_ago=10)  # older than a week
    call_command("send_search_gaps", stdout=io.StringIO())
    email = mailoutbox[-1]
    assert email.to == ["secretariat@cen.example.org"]
    assert '1. "voter registration" (4 times)' in email.body and '2. "exit polls" (1 time)' in email.body
    assert "rumour desk" not in email.body


def test_the_log_keeps_no_identity():
    fields = {field.name for field in SearchLog._meta.get_fields()}
    assert not fields & {"user", "ip", "session", "email"}
    assert audience_class(secretariat_user()) == "secretariat"
    assert audience_class(member()) == "member"
    assert normalise("Élection   Management, BODY!") == "election management body"


def test_the_privacy_notice_says_what_is_recorded_and_for_how_long(client):
    load_demo()
    home = client.get("/en/").content.decode()
    assert 'href="/en/privacy/"' in home
    notice = client.get("/en/privacy/").content.decode()
    assert "never records who searched" in notice and "twelve months" in notice


def test_the_report_states_the_retention_period_in_days_not_a_setting_name(crafted_log, settings):
    settings.SEARCH_LOG_RETENTION_DAYS = 90
    secretariat = Client()
    secretariat.force_login(secretariat_user())
    page = secretariat.get("/admin/search-insights/").content.decode()
    assert "for 90 days." in page
    assert "SEARCH_LOG_RETENTION_DAYS" not in page
