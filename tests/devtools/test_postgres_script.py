"""devtools/postgres.sh, which starts PostgreSQL for `make test`, `make bench` and `make prod-local`,
gives it the shared buffers the README advises for production, so that the bench measures the
database backend as production would run it."""

from pathlib import Path

import pytest
from django.db import connection


def memory_bytes():
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemTotal:"):
            return int(line.split()[1]) * 1024
    raise AssertionError("/proc/meminfo gives no MemTotal")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="the SQLite pass has no PostgreSQL cluster to look at")
def test_the_projects_postgresql_keeps_a_quarter_of_memory_for_its_buffers(db):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT setting::bigint * current_setting('block_size')::bigint FROM pg_settings WHERE name = 'shared_buffers'"
        )
        shared_buffers = cursor.fetchone()[0]
    # The script sets whole megabytes; PostgreSQL keeps whole blocks of them.
    assert abs(shared_buffers - memory_bytes() // 4) < 2 * 1024 * 1024
