"""Schemathesis against the practice-data operation of the published OpenAPI schema, over HTTP
on a live test server: every documented parameter fuzzed, no server error, every response as the
schema describes it."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from tests.search.test_api_schema import server  # noqa: F401  (the live server fixture)

pytestmark = pytest.mark.django_db


@pytest.fixture
def practice_data_schema(server):  # noqa: F811
    return schemathesis.openapi.from_url(f"{server.url}/api/v1/openapi.json")


schema = schemathesis.pytest.from_fixture("practice_data_schema").include(path="/api/v1/practice-data")


@schema.parametrize()
@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
def test_the_practice_data_api_conforms_to_its_schema_for_any_documented_input(case):
    response = case.call()
    # Regions and indicators come from the database, which a schema cannot list: an unknown one
    # is named in `messages`, not a rejected valid request.
    case.validate_response(response, excluded_checks=[positive_data_acceptance])
