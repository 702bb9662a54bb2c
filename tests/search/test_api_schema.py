"""Schemathesis against the published OpenAPI schema, over HTTP on a live test server: every
documented parameter of the search operation fuzzed, on both backends; no server errors, and
every response (status, content type, body) as the schema describes it.

The server answers from what is committed (the migrated database, an empty index), so this
test meets no other test's data; tests/search/test_properties.py fuzzes the same input against
items with content. The one thing the server writes is the search log (every search is
counted for the Secretariat's report): on PostgreSQL, where the server commits on a connection
of its own, those rows are deleted afterwards, so no later test on the worker meets them.
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from pytest_django.live_server_helper import LiveServer
from schemathesis.specs.openapi.checks import positive_data_acceptance

from insights.models import SearchLog
from search import backends
from tests.template_db import end_other_sessions

# The server shares the test's connection on SQLite (an in-memory database, rolled back with
# each test) and has its own on PostgreSQL (committed: see `server`).
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def server(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        live = LiveServer("localhost:0")
        yield live
        live.stop()
        SearchLog.objects.all().delete()
        # The server's thread leaves its connection idle; end it so the database can be dropped.
        end_other_sessions()


@pytest.fixture
def api_schema(server, backend):
    engine = backends.get_engine()
    if engine is not None:
        engine.ensure_index()
    return schemathesis.openapi.from_url(f"{server.url}/api/v1/openapi.json")


# The search operation; other apps' operations on the same API have tests of their own.
schema = schemathesis.pytest.from_fixture("api_schema").include(path="/api/v1/search")


@schema.parametrize()
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_api_conforms_to_its_schema_for_any_documented_input(case, backend):
    response = case.call()
    # Facet values come from the taxonomy, which a schema cannot list: an unknown principle
    # or year is a documented 422 with messages, not a rejected valid request.
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
    if backend == "engine":
        assert backends.get_engine() is not None, "the engine failed and the database answered"
