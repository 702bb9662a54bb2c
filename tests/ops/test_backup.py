"""What restore_portal refuses, before it touches anything (the drills restore for real)."""

import json

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

pytestmark = pytest.mark.django_db


def test_a_folder_that_is_not_a_backup_is_refused(tmp_path):
    with pytest.raises(CommandError, match="is not a backup folder"):
        call_command("restore_portal", str(tmp_path))


def test_a_restore_never_overwrites_a_database_in_use(tmp_path):
    (tmp_path / "manifest.json").write_text(json.dumps({"database": connection.vendor, "inventory": {}}))
    with pytest.raises(CommandError, match="The database is not empty"):
        call_command("restore_portal", str(tmp_path))


def test_a_backup_of_another_kind_of_database_is_refused(tmp_path):
    other = "sqlite" if connection.vendor == "postgresql" else "postgresql"
    (tmp_path / "manifest.json").write_text(json.dumps({"database": other, "inventory": {}}))
    with pytest.raises(CommandError, match=f"This backup is of a {other} database"):
        call_command("restore_portal", str(tmp_path))
