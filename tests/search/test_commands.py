import datetime
import io
import re

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from search.models import IndexSync
from search.status import status
from tests.factories import CaseStudyPageFactory
from tests.search.conftest import using_backend

pytestmark = pytest.mark.django_db


def run(*args):
    output = io.StringIO()
    call_command(*args, stdout=output)
    return output.getvalue()


def test_rebuild_and_status_report_what_was_indexed(sections, backend):
    CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach")
    rebuilt = run("rebuild_knowledge_index")
    assert "database: " in rebuilt
    assert ("engine: " in rebuilt) is (backend == "engine")
    status = run("search_status")
    assert "Pending updates: database 0" in status
    assert "Outbox lag (oldest pending update): database 0 s" in status
    if backend == "engine":
        assert re.search(r"cluster health (green|yellow)", status)
        assert re.search(r"Alias: test-\w+ -> test-\w+-\d+", status)
        assert re.search(r"Engine copy: [1-9]\d* documents", status)
    else:
        assert "none configured" in status
    assert re.search(r"Database copy: [1-9]\d* documents", status)


def test_status_reports_the_age_of_the_oldest_pending_update(sections, backend):
    CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach")
    run("rebuild_knowledge_index")
    an_hour_ago = timezone.now() - datetime.timedelta(hours=1)
    IndexSync.objects.create(key="page:999999", requested_at=an_hour_ago)
    report = status()
    assert report["pending_database"] == 1 and 3590 < report["lag_database_seconds"] < 3700
    if backend == "engine":
        assert report["pending_engine"] == 1 and 3590 < report["lag_engine_seconds"] < 3700
    output = run("search_status")
    assert "Outbox lag (oldest pending update): database 60 min" in output


def test_status_and_rebuild_say_when_the_engine_is_unreachable(sections):
    with using_backend("engine", "http://127.0.0.1:9"):
        CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach").save_revision().publish()
        assert "Engine: unreachable" in run("search_status")
        with pytest.raises(CommandError, match="could not be reached"):
            call_command("rebuild_knowledge_index", stdout=io.StringIO())
        assert IndexSync.objects.pending_engine().exists()
        assert "items brought up to date" in run("process_index_updates")
