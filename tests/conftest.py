import os

import pytest
from django.core.cache import cache
from django.db import connection

from tests.factories import (
    CaseStudyIndexPageFactory,
    CountryIndexPageFactory,
    InstrumentIndexPageFactory,
    PracticeAreaIndexPageFactory,
    PrincipleIndexPageFactory,
    WorkingGroupIndexPageFactory,
    make_home,
)

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition, reason):
    """Skip a test whose real component is missing on a developer's machine; in CI, fail it."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: missing components are failures, not skips)")
    pytest.skip(reason)


def pytest_collection_modifyitems(items):
    """Browser tests commit demo content to the test database for the live server, so they run last."""
    items.sort(key=lambda item: "tests/browser/" in str(item.fspath))


@pytest.fixture(scope="session", autouse=True)
def expected_database(django_db_setup, django_db_blocker):
    """`make test` names the database each run must use; a silent fallback would hide a missing PostgreSQL."""
    expected = os.environ.get("CEN_EXPECT_DATABASE")
    if expected and connection.vendor != expected:
        pytest.exit(f"Expected to test on {expected} but DATABASE_URL gave {connection.vendor}.", returncode=3)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: rate limits and remembered engine failures are per test."""
    cache.clear()


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def sections(home):
    """The home page with every top-level section the demo site has."""
    return {
        "case_studies": CaseStudyIndexPageFactory(parent=home),
        "working_groups": WorkingGroupIndexPageFactory(parent=home),
        "instruments": InstrumentIndexPageFactory(parent=home),
        "principles": PrincipleIndexPageFactory(parent=home),
        "practice_areas": PracticeAreaIndexPageFactory(parent=home),
        "countries": CountryIndexPageFactory(parent=home),
    }


@pytest.fixture(scope="session")
def engine_url():
    """The real engine node started by `make engine` (devtools/engine.py)."""
    from tests.search.conftest import running_engine_url

    url = running_engine_url()
    require(url, "No search engine is running; start one with `make engine`.")
    return url
