"""`make test-fast` runs the tests a change touches: the mapping from changed files to tests."""

import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("changed_tests", REPO / "devtools" / "changed_tests.py")
changed_tests = importlib.util.module_from_spec(spec)
spec.loader.exec_module(changed_tests)


def test_an_apps_code_or_templates_run_that_apps_tests():
    assert changed_tests.tests_for("members/views.py") == ["tests/members"]
    assert changed_tests.tests_for("templates/forums/thread.html") == ["tests/forums"]
    assert changed_tests.tests_for("locale/fr/LC_MESSAGES/django.po") == ["tests/cen_portal"]


def test_a_changed_test_runs_itself_and_a_conftest_its_folder():
    assert changed_tests.tests_for("tests/members/test_admission.py") == ["tests/members/test_admission.py"]
    assert changed_tests.tests_for("tests/security/conftest.py") == ["tests/security"]


def test_files_outside_the_apps_add_nothing():
    assert changed_tests.tests_for("README.md") == []
    assert changed_tests.tests_for("bench/search_bench.py") == []
