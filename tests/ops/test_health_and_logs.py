"""Health endpoints, request logs, interrupted tasks and the notification guard."""

import datetime
import logging
from unittest import mock

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import timezone
from django_tasks.base import TaskContext, TaskResultStatus
from django_tasks_db.models import DBTaskResult
from health_check.exceptions import ServiceUnavailable

from cen_portal.health import CriticalDatabase
from cen_portal.mail import send_email
from cen_portal.request_log import RequestLogMiddleware
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


def test_each_request_is_logged_once_with_status_and_duration(caplog, django_user_model):
    middleware = RequestLogMiddleware(lambda request: HttpResponse(status=404))
    request = RequestFactory().get("/en/search/?q=voter")
    with caplog.at_level(logging.INFO, logger="cen_portal.requests"):
        middleware(request)
    (record,) = caplog.records
    assert record.levelno == logging.INFO
    assert record.getMessage().startswith("GET /en/search/?q=voter 404 ")
    assert record.getMessage().endswith("ms anonymous")
    assert record.status_code == 404


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
