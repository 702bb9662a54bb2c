"""Working-group members publish their group's outputs through the Secretariat's review,
and see nothing of other groups' drafts, documents or images."""

import datetime

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page, WorkflowState

from search import service
from search.contract import KnowledgeQuery
from tests.factories import (
    secretariat_user,
)
from workinggroups.models import ReportPage

from .conftest import report_data

pytestmark = pytest.mark.django_db


def test_a_group_member_edits_only_their_groups_pages(client, groups):
    client.force_login(groups["a"]["member"])
    assert client.get(f"/admin/pages/{groups['a']['draft'].pk}/edit/").status_code == 200
    assert client.get(f"/admin/pages/{groups['a']['page'].pk}/add_subpage/", follow=True).status_code == 200
    other = client.get(f"/admin/pages/{groups['b']['draft'].pk}/edit/")
    assert other.status_code in {302, 403}
    assert client.get(f"/admin/pages/{groups['b']['page'].pk}/").status_code in {302, 403}
    explorer = client.get(f"/admin/pages/{groups['a']['page'].pk}/").content.decode()
    assert "Draft report of group A" in explorer and "Draft report of group B" not in explorer


def test_a_group_member_sees_only_their_collections_documents_and_images(client, groups):
    client.force_login(groups["a"]["member"])
    documents = client.get("/admin/documents/").content.decode()
    images = client.get("/admin/images/").content.decode()
    assert "Group A agenda" in documents and "Group B agenda" not in documents
    assert "Group A photo" in images and "Group B photo" not in images
    assert client.get(f"/admin/documents/edit/{groups['b']['document'].pk}/").status_code in {302, 403}
    assert client.get(f"/admin/images/{groups['b']['image'].pk}/").status_code in {302, 403}
    assert client.get(f"/admin/documents/edit/{groups['a']['document'].pk}/").status_code == 200


def test_a_group_member_cannot_publish_without_review(client, groups):
    client.force_login(groups["a"]["member"])
    draft = groups["a"]["draft"]
    assert not draft.permissions_for_user(groups["a"]["member"]).can_publish()
    assert draft.permissions_for_user(groups["a"]["member"]).can_edit()
    assert not Page.objects.get(pk=groups["b"]["draft"].pk).permissions_for_user(groups["a"]["member"]).can_edit()


def submit_for_review(page, user):
    page.save_revision(user=user)
    return page.get_workflow().start(page, user)


def workflow_action(client, page, action, comment=""):
    state = WorkflowState.objects.get(object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS)
    task_state = state.current_task_state
    return client.post(f"/admin/pages/workflow/action/{page.pk}/{action}/{task_state.pk}/", {"comment": comment})


def test_approval_publishes_and_tells_the_author(client, groups, mailoutbox):
    reviewer = secretariat_user(email="reviewer@cen.example.org")
    author = groups["a"]["member"]
    draft = groups["a"]["draft"]
    submit_for_review(draft, author)
    assert reviewer.email in {address for message in mailoutbox for address in message.to}

    mailoutbox.clear()
    client.force_login(reviewer)
    workflow_action(client, draft, "approve", "Thank you, published.")
    draft.refresh_from_db()
    assert draft.live
    assert author.email in {address for message in mailoutbox for address in message.to}


def test_requesting_changes_returns_the_report_with_a_comment(client, groups, mailoutbox):
    reviewer = secretariat_user()
    author = groups["a"]["member"]
    draft = groups["a"]["draft"]
    submit_for_review(draft, author)
    mailoutbox.clear()
    client.force_login(reviewer)
    workflow_action(client, draft, "reject", "Please add the meeting dates.")
    draft.refresh_from_db()
    assert not draft.live
    state = WorkflowState.objects.get(object_id=str(draft.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    messages = [message for message in mailoutbox if author.email in message.to]
    assert messages and "Please add the meeting dates." in messages[0].body


def test_scheduled_publishing_waits_for_its_time(client, groups):
    reviewer = secretariat_user()
    author = groups["a"]["member"]
    draft = ReportPage.objects.get(pk=groups["a"]["draft"].pk)
    draft.go_live_at = timezone.now() + datetime.timedelta(hours=1)
    submit_for_review(draft, author)
    client.force_login(reviewer)
    workflow_action(client, draft, "approve")
    draft.refresh_from_db()
    assert not draft.live
    # An hour passes: move the scheduled time into the past rather than wait.
    revision = draft.latest_revision
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    draft.refresh_from_db()
    assert draft.live


def test_revisions_can_be_compared(client, groups):
    draft = groups["a"]["draft"]
    first = draft.save_revision(user=groups["a"]["member"])
    draft.summary = "A changed summary"
    second = draft.save_revision(user=groups["a"]["member"])
    client.force_login(groups["a"]["member"])
    response = client.get(f"/admin/pages/{draft.pk}/revisions/compare/{first.pk}...{second.pk}/")
    assert response.status_code == 200
    assert "A changed summary" in response.content.decode()


def test_publishing_and_unpublishing_reach_the_group_page_feed_and_search(client, groups):
    from tests.search.conftest import using_backend

    with using_backend("database"):
        draft = ReportPage.objects.get(pk=groups["a"]["draft"].pk)
        draft.summary = "Lessons on quokka census outreach."
        draft.save_revision().publish()
        group_url = groups["a"]["page"].url
        assert "Draft report of group A" in client.get(group_url).content.decode()
        assert "Draft report of group A" in client.get("/en/feeds/latest.rss").content.decode()
        assert [hit.title for hit in service.search(KnowledgeQuery(text="quokka"), None).hits] == [
            "Draft report of group A"
        ]

        draft.refresh_from_db()
        draft.unpublish()
        assert "Draft report of group A" not in client.get(group_url).content.decode()
        assert "Draft report of group A" not in client.get("/en/feeds/latest.rss").content.decode()
        assert service.search(KnowledgeQuery(text="quokka"), None).hits == []


def edit_form(page, user, data=None):
    """The admin's edit form for a page, as Wagtail builds it for this user."""
    form_class = page.specific_class.get_edit_handler().get_form_class()
    return form_class(data, instance=page.specific, parent_page=page.get_parent(), for_user=user)


def test_only_the_secretariat_chooses_a_groups_members_and_collection(groups):
    page = groups["a"]["page"]
    assert not {"member_group", "collection"} & set(edit_form(page, groups["a"]["member"]).fields)
    assert {"member_group", "collection"} <= set(edit_form(page, secretariat_user()).fields)
    # Whatever a group member posts, their revision keeps the group's own settings.
    form = edit_form(
        page,
        groups["a"]["member"],
        {"member_group": groups["b"]["page"].member_group_id, "collection": groups["b"]["page"].collection_id},
    )
    form.is_valid()
    assert form.instance.member_group_id == page.member_group_id
    assert form.instance.collection_id == page.collection_id


def test_a_group_member_cannot_attach_another_groups_document_by_its_id(client, groups):
    client.force_login(groups["a"]["member"])
    draft = groups["a"]["draft"]
    response = client.post(f"/admin/pages/{draft.pk}/edit/", report_data(draft, groups["b"]["document"]))
    assert response.status_code == 200
    assert "“Group B agenda” is not one of Working Group on New Media" in response.content.decode()
    assert draft.get_latest_revision() is None  # nothing was saved

    allowed = client.post(f"/admin/pages/{draft.pk}/edit/", report_data(draft, groups["a"]["document"]))
    assert allowed.status_code == 302
    assert (
        ReportPage.objects.get(pk=draft.pk).get_latest_revision().as_object().documents.get().document
        == (groups["a"]["document"])
    )


def test_files_linked_from_rich_text_and_images_count_too(groups):
    from workinggroups.forms import GroupFilesMixin

    page = groups["a"]["page"]
    document, image = groups["b"]["document"], groups["b"]["image"]
    html = f'<p><a linktype="document" id="{document.pk}">agenda</a></p><embed embedtype="image" id="{image.pk}" format="left" alt=""/>'
    form = edit_form(page, groups["a"]["member"])
    found = form.referenced_files({"description": html})
    assert {file.title for file in found} == {"Group B agenda", "Group B photo"}
    assert not any(GroupFilesMixin.is_allowed(file, page) for file in found)
    assert all(GroupFilesMixin.is_allowed(file, page) for file in (groups["a"]["document"], groups["a"]["image"]))


@pytest.mark.parametrize(
    "report", ["page-types-usage", "aging-pages", "locked", "site-history", "workflow", "workflow_tasks"]
)
def test_the_admins_reports_are_the_secretariats_alone(client, groups, report):
    """They name every page of the site, other groups' drafts included."""
    groups["b"]["draft"].save_revision(user=groups["b"]["member"])  # a recent edit the report would name
    client.force_login(groups["a"]["member"])
    assert client.get(f"/admin/reports/{report}/").status_code == 403
    assert "Draft report of group B" not in client.get("/admin/").content.decode()
    client.force_login(secretariat_user())
    assert client.get(f"/admin/reports/{report}/").status_code == 200


@pytest.mark.parametrize("published", [False, True], ids=["never published", "published"])
def test_a_draft_saved_in_the_editor_keeps_the_public_pages_cached(client, groups, sections, published):
    """Readers see nothing of a draft, so it must not make every public page render again: a
    group saving drafts all day would otherwise empty the cache for every reader."""
    draft = groups["a"]["draft"]
    if published:
        draft.save_revision().publish()
    data = report_data(draft, groups["a"]["document"])
    reader = Client()
    home = sections["case_studies"].get_parent().url
    reader.get(home)
    client.force_login(groups["a"]["member"])
    assert client.post(f"/admin/pages/{draft.pk}/edit/", data).status_code == 302
    assert ReportPage.objects.get(pk=draft.pk).get_latest_revision() is not None
    with CaptureQueriesContext(connection) as queries:
        assert reader.get(home).status_code == 200
    assert len(queries) == 0, [query["sql"][:80] for query in queries]
