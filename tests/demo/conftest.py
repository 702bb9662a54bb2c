import pytest
from django.db import transaction

from tests.demo_world import load_demo


@pytest.fixture(scope="module", autouse=True)
def demo_content(django_db_setup, django_db_blocker):
    """The demo content, loaded once for each module here, inside a transaction rolled back afterwards."""
    with django_db_blocker.unblock(), transaction.atomic():
        load_demo()
        yield
        transaction.set_rollback(True)
