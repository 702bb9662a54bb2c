"""Each kind of knowledge item is registered once, by the app that owns it, and lists in one order."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cen_portal.kinds import KINDS, knowledge_page_models, register_kind

# The order of the search page's kind facet: the page kinds, then threads and questions.
PAGE_KINDS = ["case-study", "working-group", "report", "event", "instrument", "provision", "guidance"]


def test_every_kind_is_registered_once_in_the_order_readers_see_them():
    assert list(KINDS) == [*PAGE_KINDS, "forum-thread", "question"]
    assert [model.knowledge_kind for model in knowledge_page_models()] == PAGE_KINDS


def test_a_second_registration_of_a_kind_is_refused_and_changes_nothing():
    before = dict(KINDS)
    with pytest.raises(ImproperlyConfigured, match="registered twice"):
        register_kind("question", "Another question", 1)
    assert KINDS == before
