"""A working-group member writing a report in the admin: the tags a report must have are marked
as required, a draft (and Wagtail's autosave) may leave them empty for now, and publishing or
submitting without them names the missing fields at the top of the page."""

import re

import pytest

from tests.factories import secretariat_user
from workinggroups.models import ReportPage

from .conftest import report_data

pytestmark = pytest.mark.django_db


def untagged(draft, document):
    data = report_data(draft, document)
    del data["principles"]
    return data


@pytest.fixture
def editor(client, groups):
    client.force_login(groups["a"]["member"])
    return client, groups["a"]["draft"], groups["a"]["document"]


def test_the_required_tags_are_marked_required_in_the_editor(editor):
    client, draft, _document = editor
    page = client.get(f"/admin/pages/{draft.pk}/edit/").content.decode()
    assert re.search(r'Key principles\s*<span class="w-required-mark"', page)


def test_saving_a_draft_without_tags_keeps_it_and_says_nothing_alarming(editor):
    client, draft, document = editor
    response = client.post(f"/admin/pages/{draft.pk}/edit/", untagged(draft, document))
    assert response.status_code == 302
    assert ReportPage.objects.get(pk=draft.pk).get_latest_revision() is not None


def test_autosave_without_tags_succeeds_quietly(editor):
    client, draft, document = editor
    response = client.post(f"/admin/pages/{draft.pk}/edit/", untagged(draft, document), HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    assert response.json()["success"] is True
    assert ReportPage.objects.get(pk=draft.pk).get_latest_revision() is not None


@pytest.mark.parametrize("who", ["group member submits", "Secretariat publishes"])
def test_submitting_or_publishing_without_tags_names_the_missing_field_at_the_top(client, groups, who):
    draft, document = groups["a"]["draft"], groups["a"]["document"]
    user, action = (
        (groups["a"]["member"], "action-submit")
        if who == "group member submits"
        else (secretariat_user(), "action-publish")
    )
    client.force_login(user)
    response = client.post(f"/admin/pages/{draft.pk}/edit/", {**untagged(draft, document), action: "1"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "The page could not be saved due to validation errors." in page
    assert "Before this page can be published, fill in: Key principles." in page
    assert "Key principles: Choose at least one." in page
    stored = ReportPage.objects.get(pk=draft.pk)
    assert not stored.live and stored.get_latest_revision() is None and stored.current_workflow_state is None
