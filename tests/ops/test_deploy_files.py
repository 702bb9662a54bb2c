"""The deployment files in deploy/ say what the README says, and point at things that exist."""

import configparser
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from django.core.management import get_commands

REPO = Path(__file__).resolve().parents[2]
DEPLOY = REPO / "deploy"
INSTALLED_AT = "/srv/cen-portal"  # where the units expect the checkout


def unit(name):
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # systemd keys are case-sensitive
    parser.read_string((DEPLOY / name).read_text())
    return parser


def in_repo(path):
    return REPO / Path(path).relative_to(INSTALLED_AT)


UNITS = ("cen-portal-web.service", "cen-portal-worker.service", "cen-portal-mail.service")


def test_every_unit_runs_the_production_settings_as_an_unprivileged_user():
    for name in UNITS:
        service = unit(name)["Service"]
        assert service["Environment"] == "DJANGO_SETTINGS_MODULE=config.settings.production"
        assert service["EnvironmentFile"] == "/etc/cen-portal/env"
        assert service["User"] == "cen-portal" and service["Restart"] == "always"
        assert unit(name)["Install"]["WantedBy"] == "multi-user.target"
        assert "postgresql.service" in unit(name)["Unit"]["After"]


def test_every_unit_logs_to_a_journal_kept_as_long_as_the_privacy_notice_says():
    journal = unit("journald@cen-portal.conf")["Journal"]
    assert journal["MaxRetentionSec"] == "14day"
    for name in UNITS:
        assert unit(name)["Service"]["LogNamespace"] == "cen-portal"
    notice = (REPO / "demo/management/commands/load_demo_content.py").read_text()
    assert "keeps these lines for fourteen days" in notice


def test_the_web_unit_starts_gunicorn_with_the_repositorys_config():
    argv = shlex.split(unit("cen-portal-web.service")["Service"]["ExecStart"])
    assert argv[0] == f"{INSTALLED_AT}/.venv/bin/gunicorn" and argv[1] == "config.wsgi"
    config = in_repo(argv[argv.index("--config") + 1])
    assert config.is_file()
    settings = {}
    exec(config.read_text(), settings)  # the file gunicorn reads, with the default environment
    # One request per process (README, "Load test"), more processes than cores.
    assert settings["worker_class"] == "sync" and settings["workers"] > os.cpu_count()


def test_the_worker_unit_requeues_its_own_interrupted_tasks_then_runs_db_worker():
    service = unit("cen-portal-worker.service")["Service"]
    before, run = shlex.split(service["ExecStartPre"]), shlex.split(service["ExecStart"])
    commands = get_commands()
    for argv in (before, run):
        assert argv[:2] == [f"{INSTALLED_AT}/.venv/bin/python", "manage.py"]
        assert argv[2] in commands
    assert before[2] == "requeue_interrupted_tasks" and run[2] == "db_worker"
    # The same worker id in both, so the requeue only touches this worker's own tasks.
    assert before[before.index("--worker-id") + 1] == run[run.index("--worker-id") + 1]
    assert int(service["TimeoutStopSec"]) >= 60  # time for a running task to finish on SIGTERM


def test_the_mail_unit_runs_the_receiver_on_lmtp_where_the_readmes_postfix_transport_points():
    argv = shlex.split(unit("cen-portal-mail.service")["Service"]["ExecStart"])
    assert argv[:3] == [f"{INSTALLED_AT}/.venv/bin/python", "manage.py", "receive_mail"] and "--lmtp" in argv
    assert "receive_mail" in get_commands()
    readme = (REPO / "README.md").read_text()
    assert "lmtp:inet:127.0.0.1:8025" in readme and "REPLY_RECEIVER_BIND" in readme


def test_the_reverse_proxy_serves_only_static_files_from_disk():
    config = (DEPLOY / "nginx.conf.example").read_text()
    served_from_disk = re.findall(r"^\s*(?:alias|root)\s+(\S+);", config, re.MULTILINE)
    assert served_from_disk == ["/srv/cen-portal/static/"]
    media = re.search(r"location /media/ \{(.*?)\}", config, re.DOTALL).group(1)
    assert "return 404" in media  # original images and documents never leave MEDIA_ROOT this way
    images = re.search(r"location /media/images/ \{(.*?)\}", config, re.DOTALL).group(1)
    assert "proxy_pass" in images  # renditions go through Django's privacy check
    assert "X-Forwarded-Proto $scheme" in config


def test_production_keeps_database_connections_and_checks_them_before_reuse(tmp_path):
    code = (
        "from django.conf import settings; d = settings.DATABASES['default']; "
        "print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'], settings.MIDDLEWARE[0])"
    )
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=REPO,
        env={
            "PATH": "/usr/bin:/bin",
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "portal.example.org",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        },
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.split() == ["60", "True", "cen_portal.request_log.RequestLogMiddleware"], result.stderr


def test_gunicorn_workers_freeze_the_app_they_loaded_out_of_garbage_collection():
    # A process of its own: freezing is for a worker's lifetime, not this test run's.
    code = (
        "import gc, runpy, sys, django; django.setup(); "
        "runpy.run_path('deploy/gunicorn.conf.py')['post_worker_init'](None); "
        "print(gc.get_freeze_count(), 'config.urls' in sys.modules, 'forums.views' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=REPO,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.test"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    frozen, urls_loaded, views_loaded = result.stdout.split() or [0, None, None]
    assert int(frozen) > 100_000 and urls_loaded == views_loaded == "True", result.stderr
