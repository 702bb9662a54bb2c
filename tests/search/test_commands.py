import io

import pytest
from django.core.management import CommandError, call_command

from search.models import IndexSync
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
    if backend == "engine":
        assert "health" in status and "documents" in status
    else:
        assert "none configured" in status


def test_status_and_rebuild_say_when_the_engine_is_unreachable(sections):
    with using_backend("engine", "http://127.0.0.1:9"):
        CaseStudyPageFactory(parent=sections["case_studies"], title="Puffin outreach").save_revision().publish()
        assert "Engine: unreachable" in run("search_status")
        with pytest.raises(CommandError, match="could not be reached"):
            call_command("rebuild_knowledge_index", stdout=io.StringIO())
        assert IndexSync.objects.pending_engine().exists()
        assert "items brought up to date" in run("process_index_updates")
