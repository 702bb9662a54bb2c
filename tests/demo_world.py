"""The demo content as a world many tests read: built by `manage.py load_demo_content` once per
test process, then copied back whenever another test needs it.

`load_demo_content` takes about 15 s on SQLite and 25 s on PostgreSQL, and a dozen modules
start from the demo site (the leak crawler per backend, relevance, the demo's own checks).
The first `load_demo()` in a process runs the real command and keeps a copy of every table
afterwards; a later call finds the database as it was before that load (the same rows in
every table: the earlier tests rolled back) and puts the copy back, which takes about a
second. Anywhere else (a test that made rows of its own first), the command runs for real.

Callers are inside a transaction that is rolled back afterwards, as the rest of the suite:
nothing is ever committed. The uploaded files the first load made stay in this process's
MEDIA_ROOT (settings/test.py), where the copied rows point; PostgreSQL's sequences stay past
the copied ids, since a rollback never moves a sequence back.
"""

import datetime
import io

from django.core.management import call_command
from django.db import connection

# The state of the database before a load (see `fingerprint`) -> every table's rows after it.
_copies = {}


def load_demo():
    before = fingerprint()
    copy = _copies.get(before)
    if copy is not None:
        restore(copy)
        return
    call_command("load_demo_content", stdout=io.StringIO())
    _copies[before] = snapshot()


def sqlite_virtual_tables(cursor):
    cursor.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
    return {row[0] for row in cursor.fetchall()}


def tables():
    """Every table the copy covers: all of them but the migration history, and on SQLite the
    internal tables and the full-text index's shadow tables (filled through their virtual table)."""
    with connection.cursor() as cursor:
        names = connection.introspection.table_names(cursor)
        if connection.vendor == "sqlite":
            virtual = sqlite_virtual_tables(cursor)
            names = [name for name in names if not any(name.startswith(f"{table}_") for table in virtual)]
    return sorted(name for name in names if name != "django_migrations" and not name.startswith("sqlite_"))


def fingerprint():
    """Each table's row count and newest row: equal fingerprints mean the same rows, where every
    test rolls back (on SQLite ids only grow; on PostgreSQL a row written since has a newer xmin)."""
    newest = "MAX(rowid)" if connection.vendor == "sqlite" else "MAX(xmin::text::bigint)"
    counts = []
    with connection.cursor() as cursor:
        for table in tables():
            cursor.execute(f"SELECT COUNT(*), {newest} FROM {connection.ops.quote_name(table)}")
            counts.append((table, *cursor.fetchone()))
    return tuple(counts)


def sqlite_row(row):
    """A row as SQLite takes it back: Django reads times as `datetime.time`, which the sqlite3
    module cannot bind (it has no adapter for them); their text form is what Django stores."""
    return tuple(value.isoformat() if isinstance(value, datetime.time) else value for value in row)


def snapshot():
    copy = {}
    with connection.cursor() as cursor:
        virtual = sqlite_virtual_tables(cursor) if connection.vendor == "sqlite" else set()
        for table in tables():
            quoted = connection.ops.quote_name(table)
            if connection.vendor == "postgresql":
                # COPY's text form gives back every type as it was (tsvector, jsonb, arrays).
                with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as out:
                    copy[table] = b"".join(bytes(block) for block in out)
            else:
                # A virtual table's rowid is its link to the rows it indexes.
                rowid = "rowid, " if table in virtual else ""
                cursor.execute(f"SELECT {rowid}* FROM {quoted}")
                copy[table] = ([column[0] for column in cursor.description], [sqlite_row(row) for row in cursor])
    return copy


def restore(copy):
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Foreign keys are deferred to the end of the transaction, which is rolled back.
            cursor.execute("TRUNCATE " + ", ".join(connection.ops.quote_name(table) for table in copy))
            for table, data in copy.items():
                with cursor.cursor.copy(f"COPY {connection.ops.quote_name(table)} FROM STDIN") as into:
                    into.write(data)
            return
        for table, (columns, rows) in copy.items():
            quoted = connection.ops.quote_name(table)
            cursor.execute(f"DELETE FROM {quoted}")
            if rows:
                names = ", ".join(connection.ops.quote_name(column) for column in columns)
                marks = ", ".join(["%s"] * len(columns))
                cursor.executemany(f"INSERT INTO {quoted} ({names}) VALUES ({marks})", rows)
