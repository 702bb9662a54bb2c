"""Backups the Secretariat can restore: a consistent database copy, the media folder and a
manifest of what they hold, so a restore can prove it brought everything back.

A backup is a folder:
    database.dump       PostgreSQL: `pg_dump --format=custom` (one snapshot, so consistent)
    database.sqlite3    SQLite: SQLite's online backup API (consistent while the site runs)
    media.tar.gz        every file under MEDIA_ROOT (documents, original images, renditions)
    manifest.json       counts of pages, documents, images, forum threads and posts, members,
                        and a SHA-256 of every document file

`manage.py backup_portal` writes one; `manage.py restore_portal` loads one into an empty
database and media folder, rebuilds the search index and compares the inventory.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, transaction
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page

from forums.models import Post, Thread
from members.models import MemberProfile

MANIFEST = "manifest.json"
MEDIA_ARCHIVE = "media.tar.gz"
POSTGRES_DUMP = "database.dump"
SQLITE_COPY = "database.sqlite3"


class BackupError(Exception):
    """The backup or restore cannot go on; the message says why and what to do."""


def inventory():
    """What a restore must bring back: counts, and each document file's checksum."""
    documents = get_document_model().objects.order_by("pk")
    return {
        "pages": Page.objects.count(),
        "live_pages": Page.objects.live().count(),
        "documents": documents.count(),
        "images": get_image_model().objects.count(),
        "forum_threads": Thread.objects.count(),
        "forum_posts": Post.objects.count(),
        "members": MemberProfile.objects.count(),
        "accounts": get_user_model().objects.count(),
        "document_checksums": {str(document.pk): file_checksum(document.file) for document in documents},
    }


def file_checksum(field_file):
    digest = hashlib.sha256()
    try:
        with field_file.open("rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except (OSError, ValueError):
        return "missing"
    finally:
        field_file.close()
    return digest.hexdigest()


def differences(expected, actual):
    """[(what, expected, actual)] for every count or checksum that does not match."""
    found = []
    for key, value in expected.items():
        if key == "document_checksums":
            for pk, checksum in value.items():
                if actual[key].get(pk) != checksum:
                    found.append((f"document {pk} checksum", checksum[:12], actual[key].get(pk, "absent")[:12]))
        elif actual.get(key) != value:
            found.append((key, value, actual.get(key)))
    return found


# Database ---------------------------------------------------------------------------------


def postgres_environment():
    """libpq's environment for the configured database (no password on a command line)."""
    db = settings.DATABASES["default"]
    env = {**os.environ}
    for variable, key in (("PGHOST", "HOST"), ("PGPORT", "PORT"), ("PGUSER", "USER"), ("PGPASSWORD", "PASSWORD")):
        if db.get(key):
            env[variable] = str(db[key])
    env["PGDATABASE"] = db["NAME"]
    return env


def run_tool(argv, env=None):
    if not shutil.which(argv[0]):
        raise BackupError(f"{argv[0]} is not installed (Debian: apt-get install postgresql-client).")
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        raise BackupError(f"{argv[0]} failed: {result.stderr.strip()[-2000:]}")


def dump_database(folder: Path):
    """Dump the database and return the inventory of exactly what the dump holds."""
    if connection.vendor == "postgresql":
        # pg_dump reads the snapshot this transaction exported: the inventory and the dump
        # see the same data, however busy the site is.
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
            contents = inventory()
            run_tool(
                ["pg_dump", "--format=custom", "--no-owner", "--no-privileges", f"--snapshot={snapshot}",
                 f"--file={folder / POSTGRES_DUMP}"],
                postgres_environment(),
            )  # fmt: skip
        return contents
    if connection.vendor == "sqlite":
        # The read transaction holds SQLite's shared lock until it ends, so no write commits
        # between the inventory and the online backup's copy (writers wait a moment).
        with transaction.atomic():
            contents = inventory()
            source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
            copy = sqlite3.connect(folder / SQLITE_COPY)
            with copy:
                source.backup(copy)
            source.close()
            copy.close()
        return contents
    raise BackupError(f"Backups of {connection.vendor} databases are not supported.")


def database_is_empty():
    return not connection.introspection.table_names()


def restore_database(folder: Path):
    if connection.vendor == "postgresql":
        dump = folder / POSTGRES_DUMP
        if not dump.exists():
            raise BackupError(f"{dump} is missing: this backup is not of a PostgreSQL database.")
        env = postgres_environment()
        run_tool(
            ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction",
             f"--dbname={env['PGDATABASE']}", str(dump)],
            env,
        )  # fmt: skip
        return
    copy = folder / SQLITE_COPY
    if not copy.exists():
        raise BackupError(f"{copy} is missing: this backup is not of an SQLite database.")
    connection.close()
    source = sqlite3.connect(copy)
    target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
    with target:
        source.backup(target)
    source.close()
    target.close()


# Media ------------------------------------------------------------------------------------


def media_root():
    return Path(settings.MEDIA_ROOT)


def media_is_empty():
    root = media_root()
    return not root.exists() or not any(root.iterdir())


def archive_media(folder: Path):
    target = folder / MEDIA_ARCHIVE
    with tarfile.open(target, "w:gz") as archive:
        if media_root().exists():
            archive.add(media_root(), arcname=".")
    return target


def restore_media(folder: Path):
    root = media_root()
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(folder / MEDIA_ARCHIVE, "r:gz") as archive:
        archive.extractall(root, filter="data")  # no absolute paths, links out or devices


# The whole -------------------------------------------------------------------------------


def backup(destination: Path):
    """Write a backup folder under `destination`; returns its path."""
    folder = Path(destination) / f"cen-{timezone.now():%Y%m%d-%H%M%S}"
    folder.mkdir(parents=True, exist_ok=False)
    # The media archive is taken after the dump, so it has every file the dump refers to.
    contents = dump_database(folder)
    archive_media(folder)
    manifest = {"created_at": timezone.now().isoformat(), "database": connection.vendor, "inventory": contents}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")
    return folder


def read_manifest(folder: Path):
    try:
        return json.loads((Path(folder) / MANIFEST).read_text())
    except (OSError, ValueError) as error:
        raise BackupError(f"{folder} is not a backup folder ({MANIFEST} unreadable: {error}).") from error


def restore(folder: Path):
    """Load a backup into an empty database and media folder; returns the manifest."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    if manifest["database"] != connection.vendor:
        raise BackupError(f"This backup is of a {manifest['database']} database; DATABASE_URL is {connection.vendor}.")
    if not database_is_empty():
        raise BackupError("The database is not empty. Restore into a new, empty database (see the README).")
    if not media_is_empty():
        raise BackupError(f"The media folder {media_root()} is not empty. Point MEDIA_ROOT at a new folder.")
    restore_database(folder)
    restore_media(folder)
    return manifest
