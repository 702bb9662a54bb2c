import io

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_a_committed_migration():
    output = io.StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=output, stderr=output)
    except SystemExit as exit:
        pytest.fail(f"makemigrations --check found changes (exit {exit.code}):\n{output.getvalue()}")
