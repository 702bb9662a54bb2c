import fcntl
import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.test.utils import teardown_databases
from django.utils import translation
from pytest_django.plugin import blocking_manager_key

from cen_portal.taxonomy.translation import forget_translations
from tests.factories import make_home, make_sections
from tests.template_db import end_other_sessions, setup_test_database

IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition, reason):
    """Skip a test whose real component is missing on a developer's machine; in CI, fail it."""
    if condition:
        return
    if IN_CI:
        pytest.fail(f"{reason} (CI=true: missing components are failures, not skips)")
    pytest.skip(reason)


# The worlds whose tests take longest (minutes: the drills' topology, each reader's crawl) start first.
LONGEST_WORLDS = tuple(str(Path(__file__).resolve().parent / name) for name in ("ops", "security"))


def is_browser_test(item):
    return "tests/browser/" in str(item.fspath)


def shared_world(item):
    """The name of the expensive world a test shares with its neighbours, or None.

    A module-scoped fixture (the demo content, the crawler's planted portal, a live server) is
    built once for the tests of its module that use it, per parameter (the search backend).
    Under pytest-xdist (`-n`, `--dist loadgroup`) those tests form one group, so the world is
    built on one worker, once; tests without such a fixture spread freely."""
    if is_browser_test(item):
        return "browser"
    params = getattr(getattr(item, "callspec", None), "params", {})
    shared = [
        name
        for name, definitions in item._fixtureinfo.name2fixturedefs.items()
        # Our own fixtures only: pytest-django's class-scoped helpers are in every test.
        if any(
            definition.scope in ("module", "package", "class") and definition.func.__module__.startswith("tests.")
            for definition in definitions
        )
    ]
    if not shared:
        return None
    # A world per parameter (the search backend) is a group of its own, unless the parameters
    # only look at one world built once (the crawler's planted portal): then all are one group.
    if all(name in params for name in shared):
        shared = [f"{name}={params[name]}" for name in shared]
    return f"{item.module.__name__}:{','.join(sorted(shared))}"


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    """Groups for pytest-xdist, and the order the suite runs in (which xdist keeps with
    `--no-loadscope-reorder`).

    - Tests sharing a world are grouped (`xdist_group`, read by xdist's own hook, hence before
      the others run) and come first, the longest (LONGEST_WORLDS) and then the largest, so the
      drills and the crawls start while the short tests fill the other workers.
    - Browser tests commit the demo content to their worker's test database for the live server,
      so they come last (after pytest-django's own ordering): nothing runs after them there."""
    worlds = {}
    for item in items:
        world = shared_world(item)
        if world is not None:
            item.add_marker(pytest.mark.xdist_group(world))
            worlds.setdefault(world, []).append(item)
    yield
    position = {id(item): index for index, item in enumerate(items)}

    def order(item):
        world = shared_world(item)
        if world == "browser":
            return (3, 0, "", position[id(item)])
        if world is not None:
            first = 0 if str(item.fspath).startswith(LONGEST_WORLDS) else 1
            return (first, -len(worlds[world]), world, position[id(item)])
        return (2, 0, "", position[id(item)])

    items.sort(key=order)


@contextmanager
def engine_node_lock(exclusive):
    """Engine tests share one node; a test that stops it must have it to itself.

    Held for a test's whole run (module-scoped engine worlds are built inside the first test's
    set-up), across pytest-xdist workers and passes on one machine: shared for ordinary engine
    tests, exclusive for the outage tests (those using `restart_afterwards`)."""
    engine = os.environ.get("CEN_TEST_ENGINE", "opensearch")
    lock_path = Path(__file__).resolve().parents[1] / ".cache" / "engine" / f"{engine}.tests.lock"
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    if item.get_closest_marker("engine") is None:
        yield
        return
    with engine_node_lock(exclusive="restart_afterwards" in item.fixturenames):
        yield


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker, django_db_modify_db_settings):
    """This process's test database, copied from a template migrated once (tests/template_db.py)
    instead of migrated again in every pytest-xdist worker of every pass."""
    with django_db_blocker.unblock():
        created = setup_test_database()
    yield
    with django_db_blocker.unblock():
        teardown_databases(created, verbosity=request.config.option.verbose)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    """After a test that commits (`transactional_db`), this process's database is copied from the
    template again. pytest-django empties every table after such a test, the locales and page
    tree the migrations made among them, and the tests after it here (the browser tests, which
    come last) would find none."""
    result = yield
    if "transactional_db" in getattr(item, "fixturenames", ()):
        with item.config.stash[blocking_manager_key].unblock():
            end_other_sessions()
            connection.close()
            setup_test_database()
    return result


@pytest.fixture(scope="session", autouse=True)
def expected_database(django_db_setup, django_db_blocker):
    """`make test` names the database each run must use; a silent fallback would hide a missing PostgreSQL."""
    expected = os.environ.get("CEN_EXPECT_DATABASE")
    if expected and connection.vendor != expected:
        pytest.exit(f"Expected to test on {expected} but DATABASE_URL gave {connection.vendor}.", returncode=3)


def pytest_sessionfinish(session):
    """Each test process keeps its uploads in a folder of its own (settings/test.py); none outlives it."""
    if settings.configured:
        shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: rate limits and remembered engine failures are per
    test, and no term's translation is remembered from another test's rows (rolled back, or put
    back by demo_world without a signal)."""
    cache.clear()
    forget_translations()


@pytest.fixture(autouse=True)
def default_language():
    """Each test starts in the default language: a request through the test client leaves the
    language it was served in active in the thread (LocaleMiddleware never deactivates it)."""
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def home(db):
    return make_home()


@pytest.fixture
def sections(home):
    """The home page with every top-level section the demo site has."""
    return make_sections(home)


@pytest.fixture(scope="session")
def engine_url():
    """The real engine node started by `make engine` (devtools/engine.py)."""
    from tests.search.conftest import running_engine_url

    url = running_engine_url()
    require(url, "No search engine is running; start one with `make engine`.")
    return url
