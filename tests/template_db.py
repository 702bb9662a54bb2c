"""Each test process's database, copied from a template migrated once per run and database kind.

Migrating from scratch takes 35 s of a core on SQLite and more on PostgreSQL, and every
pytest-xdist worker of every pass used to do it. Now the first process to need a database
migrates a template (`manage.py migrate`, the real migrations), under a file lock, and every
process copies it: PostgreSQL with `CREATE DATABASE ... TEMPLATE`, SQLite (an in-memory database
per process, as Django makes it) with SQLite's backup API. A template is named by a digest of
every migration file and of what runs after migrate (each app's apps.py and the roles it sets
up), so a changed migration or post_migrate handler makes a new one; older ones are dropped.
"""

import fcntl
import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.db import connection
from django.db.backends.base.base import BaseDatabaseWrapper
from django.db.migrations.loader import MigrationLoader

REPO = Path(__file__).resolve().parents[1]
TEMPLATES = REPO / ".cache" / "test-db"
POSTGRES_TEMPLATE_PREFIX = "cen_test_template_"


def migrations_digest():
    """A digest of every migration file of every installed app, and of our post_migrate handlers."""
    digest = hashlib.sha256()
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for key in sorted(loader.disk_migrations):
        digest.update(repr(key).encode())
        digest.update(Path(sys.modules[loader.disk_migrations[key].__module__].__file__).read_bytes())
    for path in sorted([*REPO.glob("*/apps.py"), REPO / "members" / "roles.py"]):
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


@contextmanager
def locked(name, while_waiting=None):
    """One process at a time, across pytest-xdist workers and the passes of `make test`;
    `while_waiting` is called first if another process holds the lock."""
    TEMPLATES.mkdir(parents=True, exist_ok=True)
    with open(TEMPLATES / f"{name}.lock", "w") as lock:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            if while_waiting is not None:
                while_waiting()
            fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def migrate(database_url):
    """`manage.py migrate` into the database at `database_url`, with the test settings."""
    environment = {**os.environ, "DATABASE_URL": database_url, "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE}
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate", "--noinput", "--run-syncdb"],
        cwd=REPO,
        env=environment,
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        raise RuntimeError(f"Migrating the test template failed:\n{result.stdout[-3000:]}{result.stderr[-3000:]}")


def postgres_template(digest):
    template = f"{POSTGRES_TEMPLATE_PREFIX}{digest}"
    # While another worker migrates PostgreSQL's template, this one migrates SQLite's, which
    # drill 6 and the SQLite pass copy: a core would otherwise wait idle.
    with (
        locked(f"postgresql-{digest}", while_waiting=lambda: sqlite_template(digest)),
        connection.creation._nodb_cursor() as cursor,
    ):
        cursor.execute("SELECT datname FROM pg_database WHERE starts_with(datname, %s)", [POSTGRES_TEMPLATE_PREFIX])
        existing = {row[0] for row in cursor.fetchall()}
        if template in existing:
            return template
        building = f"{template}_building"
        cursor.execute(f'DROP DATABASE IF EXISTS "{building}"')
        cursor.execute(f'CREATE DATABASE "{building}"')
        migrate(urlsplit(os.environ["DATABASE_URL"])._replace(path=f"/{building}").geturl())
        cursor.execute(f'ALTER DATABASE "{building}" RENAME TO "{template}"')
        for stale in existing - {template}:
            cursor.execute(f'DROP DATABASE IF EXISTS "{stale}"')
    return template


def sqlite_template(digest):
    template = TEMPLATES / f"sqlite-{digest}.sqlite3"
    with locked(f"sqlite-{digest}"):
        if not template.exists():
            building = template.with_suffix(".building")
            building.unlink(missing_ok=True)
            migrate(f"sqlite:///{building}")
            building.rename(template)
            for stale in TEMPLATES.glob("sqlite-*.sqlite3"):
                if stale != template:
                    stale.unlink()
    return template


def use_database(name):
    """Point this process's connection at the database `name`."""
    # SQLite's close() keeps an in-memory database's connection open, which would stay on the old one.
    BaseDatabaseWrapper.close(connection)
    settings.DATABASES[connection.alias]["NAME"] = name
    connection.settings_dict["NAME"] = name
    connection.ensure_connection()


def setup_test_database():
    """This process's test database, copied from the template; returns what
    `django.test.utils.teardown_databases` takes to drop it again."""
    original = connection.settings_dict["NAME"]
    digest = migrations_digest()
    name = connection.creation._get_test_db_name()
    if connection.vendor == "postgresql":
        template = postgres_template(digest)
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        use_database(name)
    elif connection.vendor == "sqlite" and connection.creation.is_in_memory_db(name):
        template = sqlite_template(digest)
        use_database(name)
        source = sqlite3.connect(template)
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    else:
        raise RuntimeError(f"No template for a {connection.vendor} test database named {name}")
    return [(connection, original, True)]


def end_other_sessions():
    """End this role's other sessions on the test database, which threads of a live server
    leave idle, so that the database can be dropped. Only client sessions of the same role: an
    autovacuum worker may be visiting the database, and ending it is neither needed nor allowed."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
            " AND pid <> pg_backend_pid() AND usename = current_user AND backend_type = 'client backend'"
        )
