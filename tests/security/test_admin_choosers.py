"""A working group's editor sees in the Wagtail admin only what they may read or edit.

Two working groups, an editor of each. Group B keeps a never-published report (with two
revisions, in review), a published report restricted to its members, and a document and an
image that only its draft uses; the
Secretariat keeps a pending "share your practice" submission, a password-protected page and a
public page's unpublished retitling. Every private title carries a canary: "CANARY-B" for group
B's, "CANARY-S" for the Secretariat's. Group A's editor opens every admin chooser, listing,
usage, revision, workflow, preview, bulk-action and API view, by direct id too, and must never
meet a canary; group B's editor must meet their own group's canaries in their own choosers (so
the test cannot pass by showing nothing) and never the Secretariat's.
"""

import pytest
import wagtail_factories
from wagtail.models import PageViewRestriction, WorkflowState

from tests.factories import (
    CaseStudyPageFactory,
    KeyPrincipleFactory,
    ReportPageFactory,
    secretariat_user,
    working_group_with_editor,
)
from workinggroups.models import ReportDocument, ReportPage

pytestmark = pytest.mark.django_db

GROUP_B_CANARY = "canary-b"
SECRETARIAT_CANARY = "canary-s"

# Every admin view a working-group editor can reach that names pages, documents or images.
# Placeholders are the ids built by `world` below; adding a view is one line.
ADMIN_URLS = [
    # The dashboard, its panels (pages awaiting moderation, your pages in a workflow, ...).
    "/admin/",
    # The page chooser: browse (root, sections, the other group, the draft itself), search,
    # choices by id, and the variants the move, copy and link choosers open.
    "/admin/choose-page/",
    "/admin/choose-page/{home}/",
    "/admin/choose-page/{case_studies}/",
    "/admin/choose-page/{working_groups}/",
    "/admin/choose-page/{group_b}/",
    "/admin/choose-page/{group_b}/?multiple=1",
    "/admin/choose-page/{group_b}/?page_type=workinggroups.reportpage",
    "/admin/choose-page/?page_type=workinggroups.reportpage",
    "/admin/choose-page/?page_type=casestudies.casestudypage",
    "/admin/choose-page/{b_draft}/",
    "/admin/choose-page/{b_restricted}/",
    "/admin/choose-page/{pending}/",
    "/admin/choose-page/{group_b}/?user_perms=move_to&target_pages[]={a_draft}",
    "/admin/choose-page/{group_b}/?user_perms=copy_to",
    "/admin/choose-page/search/?q=confidential",
    "/admin/choose-page/search/?q=report",
    "/admin/choose-page/search/?q=practice",
    "/admin/choose-page/search/?q=hotline",
    "/admin/choose-page/search/?q=briefing",
    "/admin/choose-page/search/?q=confidential&page_type=workinggroups.reportpage",
    "/admin/choose-page/chosen-multiple/?id={b_draft}&id={b_restricted}&id={pending}&id={retitled}",
    "/admin/choose-page/chosen-multiple/?id={protected}",
    # The explorer and Wagtail's page search.
    "/admin/pages/",
    "/admin/pages/{home}/",
    "/admin/pages/{case_studies}/",
    "/admin/pages/{working_groups}/",
    "/admin/pages/{group_b}/",
    "/admin/pages/{b_draft}/",
    "/admin/pages/{working_groups}/?q=confidential&search_all=1",
    "/admin/pages/{working_groups}/results/?q=report",
    "/admin/pages/search/?q=confidential",
    "/admin/pages/search/results/?q=practice",
    "/admin/pages/usage/workinggroups/reportpage/",
    "/admin/pages/usage/casestudies/casestudypage/",
    "/admin/pages/create/workinggroups/reportpage",
    # One page by id: editing, previews, usage, history, revisions, workflow, move and copy.
    "/admin/pages/{b_draft}/edit/",
    "/admin/pages/{b_draft}/edit/preview/",
    "/admin/pages/{b_draft}/view_draft/",
    "/admin/pages/{b_restricted}/view_draft/",
    "/admin/pages/{retitled}/view_draft/",
    "/admin/pages/{b_draft}/usage/",
    "/admin/pages/{b_draft}/history/",
    "/admin/pages/{b_draft}/history/results/",
    "/admin/pages/{retitled}/history/",
    "/admin/pages/{b_draft}/revisions/",
    "/admin/pages/{b_draft}/revisions/{b_revision}/view/",
    "/admin/pages/{b_draft}/revisions/{b_revision}/revert/",
    "/admin/pages/{b_draft}/revisions/{b_revision}/unschedule/",
    "/admin/pages/{b_draft}/revisions/compare/earliest...latest/",
    "/admin/pages/{retitled}/revisions/compare/live...latest/",
    "/admin/pages/{b_draft}/workflow_history/",
    "/admin/pages/{b_draft}/workflow_history/detail/{b_workflow_state}/",
    "/admin/pages/workflow/preview/{b_draft}/{review_task}/",
    "/admin/pages/workflow/confirm_cancellation/{b_draft}/",
    "/admin/pages/workflow/collect_action_data/{b_draft}/approve/{b_task_state}/",
    "/admin/pages/{b_draft}/delete/",
    "/admin/pages/{b_draft}/unpublish/",
    "/admin/pages/{b_draft}/privacy/",
    "/admin/pages/{b_draft}/convert_alias/",
    "/admin/pages/{b_draft}/add_subpage/",
    "/admin/pages/{b_draft}/move/",
    "/admin/pages/{a_draft}/move/",
    "/admin/pages/{a_draft}/move/{b_draft}/confirm/",
    "/admin/pages/{b_draft}/copy/",
    "/admin/pages/{a_draft}/copy/",
    "/admin/pages/add/workinggroups/reportpage/{b_draft}/preview/",
    # Bulk actions, by id and "everything in this listing".
    "/admin/bulk/wagtailcore/page/delete/?id={b_draft}&id={pending}",
    "/admin/bulk/wagtailcore/page/move/?id={b_draft}",
    "/admin/bulk/wagtailcore/page/publish/?id={b_draft}",
    "/admin/bulk/wagtailcore/page/unpublish/?id={b_restricted}",
    "/admin/bulk/wagtailcore/page/delete/?id=all&childOf={group_b}",
    "/admin/bulk/wagtailcore/page/delete/?id=all&childOf={case_studies}",
    "/admin/bulk/wagtailcore/page/delete/?id=all&childOf={working_groups}&q=confidential",
    "/admin/bulk/wagtaildocs/document/delete/?id={b_document}",
    "/admin/bulk/wagtaildocs/document/add_to_collection/?id={b_document}",
    "/admin/bulk/wagtailimages/image/delete/?id={b_image}",
    "/admin/bulk/wagtailimages/image/add_tags/?id={b_image}",
    # Documents: listing, chooser, its search and choices, editing and usage.
    "/admin/documents/",
    "/admin/documents/?q=agenda",
    "/admin/documents/?collection_id={b_collection}",
    "/admin/documents/chooser/",
    "/admin/documents/chooser/results/?q=agenda",
    "/admin/documents/chooser/chosen/{b_document}/",
    "/admin/documents/chooser/chosen-multiple/?id={b_document}",
    "/admin/documents/edit/{b_document}/",
    "/admin/documents/delete/{b_document}/",
    "/admin/documents/usage/{b_document}/",
    # Images, the same.
    "/admin/images/",
    "/admin/images/?q=photo",
    "/admin/images/?collection_id={b_collection}",
    "/admin/images/chooser/",
    "/admin/images/chooser/results/?q=photo",
    "/admin/images/chooser/chosen/{b_image}/",
    "/admin/images/chooser/chosen-multiple/?id={b_image}",
    "/admin/images/chooser/{b_image}/select_format/",
    "/admin/images/{b_image}/",
    "/admin/images/{b_image}/delete/",
    "/admin/images/{b_image}/generate_url/",
    "/admin/images/usage/{b_image}/",
    # Snippets whose usage lists the pages tagged with them, and the snippet index.
    "/admin/snippets/",
    "/admin/snippets/cen_portal/keyprinciple/",
    "/admin/snippets/cen_portal/keyprinciple/usage/{principle}/",
    "/admin/snippets/choose/cen_portal/keyprinciple/",
    # Workflows and the reports (pages awaiting moderation, workflow tasks, locked pages, ...).
    "/admin/workflows/list/",
    "/admin/workflows/usage/{workflow}/",
    "/admin/workflows/tasks/index/",
    "/admin/reports/workflow/",
    "/admin/reports/workflow_tasks/",
    "/admin/reports/locked/",
    "/admin/reports/aging-pages/",
    "/admin/reports/site-history/",
    # Translations (wagtail-localize) and form pages.
    "/admin/localize/submit/page/{b_draft}/",
    "/admin/localize/page/{b_draft}/convert_to_alias/",
    "/admin/localize/reports/translations/",
    "/admin/forms/",
    # The admin API.
    "/admin/api/main/pages/",
    "/admin/api/main/pages/?search=confidential",
    "/admin/api/main/pages/?child_of={group_b}",
    "/admin/api/main/pages/?child_of={group_b}&for_explorer=1",
    "/admin/api/main/pages/?descendant_of={working_groups}",
    "/admin/api/main/pages/{b_draft}/",
    "/admin/api/main/pages/{retitled}/",
    "/admin/api/main/documents/",
    "/admin/api/main/documents/?search=agenda",
    "/admin/api/main/documents/{b_document}/",
    "/admin/api/main/images/",
    "/admin/api/main/images/?search=photo",
    "/admin/api/main/images/{b_image}/",
]

# Forms that name a page as a destination: a copy's, a bulk move's.
ADMIN_POSTS = [
    (
        "/admin/pages/{a_draft}/copy/",
        {"new_title": "Copy", "new_slug": "copy", "new_parent_page": "{b_draft}", "copy_subpages": ""},
    ),
    ("/admin/pages/{a_draft}/copy/", {"new_title": "Copy", "new_slug": "copy", "new_parent_page": "{protected}"}),
    ("/admin/bulk/wagtailcore/page/move/?id={a_draft}", {"chooser": "{b_draft}"}),
    ("/admin/bulk/wagtailcore/page/move/?id={a_draft}", {"chooser": "{pending}"}),
]

# Where group B's editor must meet their own group's draft, document and image.
GROUP_B_SEES = [
    "/admin/choose-page/{group_b}/",
    "/admin/choose-page/{b_draft}/",
    "/admin/choose-page/search/?q=confidential",
    "/admin/choose-page/chosen-multiple/?id={b_draft}",
    "/admin/pages/{group_b}/",
    "/admin/pages/{b_draft}/revisions/compare/earliest...latest/",
    "/admin/documents/chooser/",
    "/admin/documents/chooser/chosen/{b_document}/",
    "/admin/documents/usage/{b_document}/",
    "/admin/images/chooser/",
    "/admin/images/chooser/chosen/{b_image}/",
    "/admin/images/usage/{b_image}/",
    "/admin/api/main/pages/?child_of={group_b}",
    "/admin/api/main/documents/",
    "/admin/api/main/images/",
]

# What group A's editor still needs: their own drafts, and other groups' public pages for links.
GROUP_A_SEES = {
    "/admin/choose-page/{group_b}/": "Vote counting public report",
    "/admin/choose-page/search/?q=report": "Vote counting public report",
    "/admin/choose-page/chosen-multiple/?id={b_public}": "Vote counting public report",
    "/admin/choose-page/{group_a}/": "Group A draft report",
    "/admin/choose-page/search/?q=draft": "Group A draft report",
    "/admin/choose-page/{case_studies}/": "Public practice",
    "/admin/documents/chooser/": "Group A agenda",
    "/admin/images/chooser/": "Group A photo",
}


@pytest.fixture
def world(sections):
    group_a, editor_a = working_group_with_editor(sections["working_groups"], "Working Group on Voter Education")
    group_b, editor_b = working_group_with_editor(sections["working_groups"], "Working Group on Vote Counting")
    a_draft = ReportPageFactory(parent=group_a, title="Group A draft report", live=False)
    wagtail_factories.DocumentFactory(title="Group A agenda", collection=group_a.collection)
    wagtail_factories.ImageFactory(title="Group A photo", collection=group_a.collection)

    # Group B's private things: a document and an image used only by its draft.
    principle = KeyPrincipleFactory()
    b_document = wagtail_factories.DocumentFactory(title="CANARY-B-DOC agenda", collection=group_b.collection)
    b_image = wagtail_factories.ImageFactory(title="CANARY-B-IMAGE photo", collection=group_b.collection)
    b_draft = ReportPageFactory(
        parent=group_b,
        title="CANARY-B-DRAFT confidential draft",
        live=False,
        body=f'<p>Tally sheets.</p><embed embedtype="image" id="{b_image.pk}" format="fullwidth" alt="tally"/>',
        principles=[principle],
    )
    b_draft.documents.add(ReportDocument(document=b_document))
    b_draft.save()
    b_draft.title = "CANARY-B-DRAFT confidential draft, second version"
    first_revision = b_draft.save_revision(user=editor_b)
    b_draft.save_revision(user=editor_b)
    workflow_state = b_draft.get_workflow().start(b_draft, editor_b)
    b_restricted = ReportPageFactory(parent=group_b, title="CANARY-B-RESTRICTED confidential report")
    restriction = PageViewRestriction.objects.create(page=b_restricted, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group_b.member_group])
    b_public = ReportPageFactory(parent=group_b, title="Vote counting public report")

    # The Secretariat's: a pending submission, a password-protected page, a public page retitled in draft.
    case_studies = sections["case_studies"]
    CaseStudyPageFactory(parent=case_studies, title="Public practice")
    pending = CaseStudyPageFactory(parent=case_studies, title="CANARY-S-PENDING confidential practice", live=False)
    protected = CaseStudyPageFactory(parent=case_studies, title="CANARY-S-PASSWORD confidential briefing")
    PageViewRestriction.objects.create(page=protected, restriction_type=PageViewRestriction.PASSWORD, password="x")
    retitled = CaseStudyPageFactory(parent=case_studies, title="Results hotline")
    retitled.title = "CANARY-S-RETITLED confidential hotline"
    retitled.save_revision()

    ids = {
        "home": sections["working_groups"].get_parent().pk,
        "case_studies": case_studies.pk,
        "working_groups": sections["working_groups"].pk,
        "group_a": group_a.pk,
        "group_b": group_b.pk,
        "a_draft": a_draft.pk,
        "b_draft": b_draft.pk,
        "b_restricted": b_restricted.pk,
        "b_public": b_public.pk,
        "b_revision": first_revision.pk,
        "b_workflow_state": workflow_state.pk,
        "b_task_state": WorkflowState.objects.get(pk=workflow_state.pk).current_task_state.pk,
        "review_task": workflow_state.current_task_state.task_id,
        "workflow": workflow_state.workflow_id,
        "b_document": b_document.pk,
        "b_image": b_image.pk,
        "b_collection": group_b.collection_id,
        "principle": principle.pk,
        "pending": pending.pk,
        "protected": protected.pk,
        "retitled": retitled.pk,
    }
    assert ReportPage.objects.get(pk=b_draft.pk).live is False
    return {"editor_a": editor_a, "editor_b": editor_b, "ids": ids}


def body_of(client, url):
    response = client.get(url)
    assert response.status_code < 500, f"{url} answered {response.status_code}"
    return response.content.decode(errors="replace").lower()


def leaks(client, world, urls, canary):
    found = []
    for template in urls:
        url = template.format(**world["ids"])
        if canary in body_of(client, url):
            found.append(url)
    return found


def test_a_group_editor_meets_no_other_groups_or_secretariat_canary(client, world):
    client.force_login(world["editor_a"])
    found = leaks(client, world, ADMIN_URLS, "canary")
    assert not found, "canary shown at:\n" + "\n".join(found)


def test_a_group_editor_posting_another_groups_page_as_destination_is_not_told_its_title(client, world):
    client.force_login(world["editor_a"])
    found = []
    for template, data in ADMIN_POSTS:
        url = template.format(**world["ids"])
        response = client.post(url, {name: value.format(**world["ids"]) for name, value in data.items()})
        assert response.status_code < 500, f"POST {url} answered {response.status_code}"
        if "canary" in response.content.decode(errors="replace").lower():
            found.append(f"POST {url} {data}")
    assert not found, "canary shown at:\n" + "\n".join(found)


def test_a_group_editor_meets_no_secretariat_canary(client, world):
    client.force_login(world["editor_b"])
    found = leaks(client, world, ADMIN_URLS, SECRETARIAT_CANARY)
    assert not found, "canary shown at:\n" + "\n".join(found)


def test_a_group_editor_still_meets_their_own_groups_drafts_and_files(client, world):
    client.force_login(world["editor_b"])
    missing = [
        template.format(**world["ids"])
        for template in GROUP_B_SEES
        if GROUP_B_CANARY not in body_of(client, template.format(**world["ids"]))
    ]
    assert not missing, "not shown at:\n" + "\n".join(missing)


def test_a_group_editor_still_chooses_public_pages_and_their_own(client, world):
    client.force_login(world["editor_a"])
    missing = [
        template.format(**world["ids"])
        for template, title in GROUP_A_SEES.items()
        if title.lower() not in body_of(client, template.format(**world["ids"]))
    ]
    assert not missing, "not shown at:\n" + "\n".join(missing)


def test_the_secretariat_still_chooses_every_page(client, world):
    client.force_login(secretariat_user())
    found = body_of(client, "/admin/choose-page/search/?q=confidential")
    assert GROUP_B_CANARY in found and SECRETARIAT_CANARY in found
    assert "canary-s-retitled" in body_of(client, "/admin/choose-page/{case_studies}/".format(**world["ids"]))


def test_ids_out_of_sight_are_refused(client, world):
    client.force_login(world["editor_a"])
    for template in [
        "/admin/choose-page/{b_draft}/",
        "/admin/choose-page/chosen-multiple/?id={b_public}&id={b_draft}",
        "/admin/choose-page/chosen-multiple/?id=not-a-number",
        "/admin/pages/{b_draft}/revisions/compare/earliest...latest/",
        "/admin/pages/{a_draft}/move/{b_restricted}/confirm/",
        "/admin/bulk/wagtailcore/page/delete/?id={a_draft}&id={pending}",
        "/admin/bulk/wagtailcore/page/delete/?id=all",
        "/admin/bulk/wagtaildocs/document/delete/?id={b_document}",
        "/admin/bulk/wagtailimages/image/delete/?id={b_image}",
    ]:
        url = template.format(**world["ids"])
        assert client.get(url).status_code == 403, url
