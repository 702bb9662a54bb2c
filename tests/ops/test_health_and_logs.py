"""Health endpoints, request logs, interrupted tasks and the notification guard."""

import datetime
import logging
import re
from unittest import mock
from urllib.parse import quote

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory, override_settings
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone
from django.utils.log import log_response
from django_tasks.base import TaskContext, TaskResultStatus
from django_tasks_db.models import DBTaskResult
from health_check.exceptions import ServiceUnavailable
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_for_hypothesis
from hypothesis import strategies as st

from cen_portal.mail import send_email
from cen_portal.request_log import RequestLogMiddleware, RouteNotPath
from config.health import CriticalDatabase
from forums import actions
from forums.notifications import notify_about_post
from search.models import IndexSync
from tests.factories import CategoryFactory, member

pytestmark = pytest.mark.django_db


def test_liveness_answers_without_asking_anything(client):
    response = client.get("/health/live/")
    assert response.status_code == 200
    assert response.json() == {}
    assert "no-cache" in response["Cache-Control"]


def test_readiness_reports_every_check(client):
    response = client.get("/health/ready/")
    assert response.status_code == 200
    checks = response.json()
    assert set(checks) == {
        "CriticalDatabase(alias='default')",
        "MediaDisk()",
        "SearchCluster()",
        "IndexOutbox()",
        "TaskWorker()",
    }
    assert set(checks.values()) == {"OK"}


def test_readiness_fails_when_the_database_does_not_answer(client):
    with mock.patch.object(CriticalDatabase, "run", side_effect=ServiceUnavailable("connection refused")):
        response = client.get("/health/ready/")
    assert response.status_code == 503
    assert response.json()["CriticalDatabase(alias='default')"] == "Unavailable: connection refused"


def test_readiness_stays_ready_when_the_engine_is_unreachable(client, settings):
    from search import backends
    from search.flavour import forget_flavour

    settings.SEARCH_URL = "http://127.0.0.1:9"  # nothing listens on the discard port
    forget_flavour()
    try:
        response = client.get("/health/ready/")
    finally:
        forget_flavour()
        cache.delete(backends.ENGINE_DOWN_KEY)  # the failure it noticed must not outlive the test
    assert response.status_code == 200
    assert response.json()["SearchCluster()"] == "Warning: engine unreachable; search uses the database"


def test_readiness_warns_about_index_updates_waiting_too_long(client):
    IndexSync.objects.create(key="page:1", requested_at=timezone.now() - datetime.timedelta(minutes=10))
    response = client.get("/health/ready/")
    assert response.status_code == 200
    assert response.json()["IndexOutbox()"].startswith("Warning: 1 index updates pending, oldest 6")


def test_readiness_warns_when_no_worker_takes_queued_tasks(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    DBTaskResult.objects.create(
        task_path="search.tasks.process_index_updates",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
    )
    DBTaskResult.objects.update(enqueued_at=timezone.now() - datetime.timedelta(minutes=5))
    response = client.get("/health/ready/")
    assert response.status_code == 200
    assert response.json()["TaskWorker()"].startswith("Warning: 1 tasks waiting over 2 minutes")


def log_lines(client, caplog, *paths):
    """What the server log says of each request (the production middleware and filter)."""
    with override_settings(MIDDLEWARE=["cen_portal.request_log.RequestLogMiddleware", *settings.MIDDLEWARE]):
        with caplog.at_level(logging.INFO, logger="cen_portal.requests"):
            for path in paths:
                client.get(path)
    return [record.getMessage() for record in caplog.records if record.name == "cen_portal.requests"]


SECRET_ADDRESSES = [
    "/en/search/?q=ballot+secrecy+complaint",
    "/en/search/open/4711/thread:3/?rank=1",
    "/en/accounts/password/reset/key/4-secret-reset-key/",
    "/en/accounts/confirm-email/secret-confirmation-key/",
    "/en/members/invitation/secret-invitation-token/",
    "/en/questions/respond/secret-expert-token/",
    "/en/forums/unsubscribe/secret-unsubscribe-token/",
]


def test_each_request_is_logged_by_route_and_status_without_address_or_reader(client, caplog):
    reader = member()
    client.force_login(reader)
    lines = log_lines(client, caplog, *SECRET_ADDRESSES)
    assert len(lines) == len(SECRET_ADDRESSES)
    assert [line.split(" ")[:2] for line in lines] == [
        ["GET", "search"],
        ["GET", "insights:open"],
        ["GET", "account_reset_password_from_key"],
        ["GET", "account_confirm_email"],
        ["GET", "members:accept_invitation"],
        ["GET", "questions:respond"],
        ["GET", "forums:unsubscribe"],
    ]
    for line in lines:
        assert re.fullmatch(r"GET [\w:]+ \d{3} \d+ms", line), line
        assert "secret" not in line and "ballot" not in line and "4711" not in line
        assert f"user={reader.pk}" not in line


def test_a_server_error_line_from_django_names_the_route_not_the_path(caplog):
    request = RequestFactory().get("/en/members/invitation/secret-invitation-token/")
    request.resolver_match = resolve("/en/members/invitation/secret-invitation-token/")
    with caplog.at_level(logging.ERROR, logger="django.request"):
        log_response("Internal Server Error: %s", request.path, response=HttpResponse(status=500), request=request)
    (record,) = caplog.records
    assert RouteNotPath().filter(record)
    assert record.getMessage() == "Internal Server Error: members:accept_invitation"


@settings_for_hypothesis(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(
    path=st.lists(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=12), max_size=4),
    query=st.text(st.characters(blacklist_categories=("Cs",)), max_size=40),
)
def test_no_address_a_reader_can_type_reaches_the_log(path, query, caplog):
    """Whatever the address, the line holds the method, a route name, the status and the time."""
    caplog.clear()
    address = "/en/" + "/".join(quote(part, safe="") for part in path) + "?q=" + quote(query)
    (line,) = log_lines(Client(), caplog, address)
    method, route, status, duration = line.split(" ")
    assert (method, status.isdigit(), duration.endswith("ms")) == ("GET", True, True)
    assert route in route_names() or route.startswith("wagtail_serve:") or route == "unresolved", route


def route_names(patterns=None, namespace=""):
    """Every name a route can be logged under: the URL patterns' names, with their namespaces."""
    names = set()
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= route_names(pattern.url_patterns, inner)
        else:
            names.add(f"{namespace}{pattern.name}" if pattern.name else pattern.lookup_str)
    return names


def test_server_errors_are_logged_as_errors_and_health_probes_quietly(caplog):
    failing = RequestLogMiddleware(lambda request: HttpResponse(status=500))
    probe = RequestLogMiddleware(lambda request: HttpResponse(status=200))
    with caplog.at_level(logging.INFO, logger="cen_portal.requests"):
        failing(RequestFactory().post("/en/forums/general/new/"))
        probe(RequestFactory().get("/health/ready/"))
    assert [(record.levelno, record.getMessage().split(" ")[2]) for record in caplog.records] == [
        (logging.ERROR, "500")
    ]


def running_task(worker_id):
    return DBTaskResult.objects.create(
        task_path="search.tasks.process_index_updates",
        args_kwargs={"args": [], "kwargs": {}},
        backend_name="default",
        run_after=timezone.now(),
        status=TaskResultStatus.RUNNING,
        worker_ids=[worker_id],
    )


def test_tasks_a_dead_worker_was_running_go_back_in_the_queue():
    mine, another_workers = running_task("web-1-default"), running_task("web-2-default")
    call_command("requeue_interrupted_tasks", "--worker-id", "web-1-default", stdout=open("/dev/null", "w"))  # noqa: SIM115
    mine.refresh_from_db()
    another_workers.refresh_from_db()
    assert mine.status == TaskResultStatus.READY and mine.started_at is None
    assert another_workers.status == TaskResultStatus.RUNNING


def test_a_notification_task_run_again_emails_nobody_twice(mailoutbox):
    starter = member()  # follows the thread they started
    thread = actions.start_thread(CategoryFactory(slug="general"), starter, "Polling kiosks", "Who has used kiosks?")
    followers = [starter] + [member() for _ in range(3)]
    for follower in followers[1:]:
        actions.follow(follower, thread=thread)
    post = actions.reply(thread, member(), "We used them in 2021.")
    sent_first = len(mailoutbox)
    notify_about_post.call(post.pk)  # the worker died after sending; the requeued task runs again
    assert len(mailoutbox) == sent_first
    assert sorted(message.to[0] for message in mailoutbox) == sorted(follower.email for follower in followers)


def test_an_email_task_run_again_sends_its_message_once(mailoutbox):
    result = send_email.enqueue("Drill", "Body", ["member@emb.example.org"])
    send_email.call(TaskContext(task_result=result), "Drill", "Body", ["member@emb.example.org"])
    assert len(mailoutbox) == 1
