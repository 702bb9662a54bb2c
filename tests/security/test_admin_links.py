"""A working group's editor cannot link their group's pages to a page they cannot see.

Wagtail's rich-text editor shows each linked page's address, and a draft's address is its
slug, made from its title: a link hand-posted in the edit form of group A's report to group B's
draft would tell group A's editor that draft's title when they reopen the editor (or preview the
report). The form refuses such a link with an error, keeps everything else the editor typed,
and re-shows the link's text without the link; it names nothing of the page linked to, and
answers a missing page's id exactly as it answers an unseen one's.
"""

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cen_portal.admin_scope import visible_pages
from tests.factories import (
    CaseStudyPageFactory,
    KeyPrincipleFactory,
    ReportPageFactory,
    working_group_with_editor,
)
from workinggroups.models import ReportPage

pytestmark = pytest.mark.django_db

REFUSED = "This links to a page you cannot see. Choose another page."
LINK_TEXT = "the tally sheets"
SUMMARY = "What the editor typed before saving."


@pytest.fixture
def world(sections):
    """Group A's editor edits their group's draft report. Out of their sight: group B's draft
    and its report restricted to its members, the Secretariat's pending submission and a
    password-protected page; in sight: a public page, group B's public report and group A's
    other draft. Every private title carries a canary."""
    group_a, editor_a = working_group_with_editor(sections["working_groups"], "Working Group on Voter Education")
    group_b, _editor_b = working_group_with_editor(sections["working_groups"], "Working Group on Vote Counting")
    report = ReportPageFactory(parent=group_a, title="Group A report being edited", live=False)
    own_draft = ReportPageFactory(parent=group_a, title="Group A other draft", live=False)
    b_draft = ReportPageFactory(parent=group_b, title="CANARY-B-DRAFT confidential draft", live=False)
    b_restricted = ReportPageFactory(parent=group_b, title="CANARY-B-RESTRICTED confidential report")
    restriction = PageViewRestriction.objects.create(page=b_restricted, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group_b.member_group])
    b_public = ReportPageFactory(parent=group_b, title="Vote counting public report")
    case_studies = sections["case_studies"]
    public = CaseStudyPageFactory(parent=case_studies, title="Public practice")
    pending = CaseStudyPageFactory(parent=case_studies, title="CANARY-S-PENDING confidential practice", live=False)
    protected = CaseStudyPageFactory(parent=case_studies, title="CANARY-S-PASSWORD confidential briefing")
    PageViewRestriction.objects.create(page=protected, restriction_type=PageViewRestriction.PASSWORD, password="x")
    return {
        "editor_a": editor_a,
        "report": report,
        "principle": KeyPrincipleFactory(slug="responsive"),
        "out_of_sight": [b_draft, b_restricted, pending, protected],
        "in_sight": [public, b_public, own_draft],
    }


def linking(page_id):
    """Draftail's contentstate for a paragraph linking LINK_TEXT to a page id, as the rich-text
    editor posts it (and as anyone may hand-post it)."""
    text = f"See {LINK_TEXT}."
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "tally",
                    "type": "unstyled",
                    "depth": 0,
                    "text": text,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": text.index(LINK_TEXT), "length": len(LINK_TEXT), "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {"0": {"type": "LINK", "mutability": "MUTABLE", "data": {"id": page_id}}},
        }
    )


def edit(client, world, page_id, url="/admin/pages/{pk}/edit/", title=None):
    report = world["report"]
    data = nested_form_data(
        {
            "title": report.title if title is None else title,
            "slug": report.slug,
            "summary": SUMMARY,
            "publication_date": "2016-03-01",
            "body": linking(page_id),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
        }
    )
    data["principles"] = [world["principle"].pk]
    return client.post(url.format(pk=report.pk), data)


def saved_body(world):
    revision = ReportPage.objects.get(pk=world["report"].pk).get_latest_revision()
    return revision.as_object().body if revision else ""


def links_to(page_id):
    return f'linktype="page" id="{page_id}"'


def test_a_link_to_another_groups_draft_is_refused_without_naming_it(client, world):
    client.force_login(world["editor_a"])
    b_draft = world["out_of_sight"][0]
    response = edit(client, world, b_draft.pk)
    content = response.content.decode()
    assert response.status_code == 200
    assert REFUSED in content
    assert b_draft.slug not in content and "canary" not in content.lower()
    # Nothing saved; what the editor typed is still in the form, the link's text included.
    assert links_to(b_draft.pk) not in saved_body(world)
    assert SUMMARY in content and LINK_TEXT in content


def test_a_refused_link_is_explained_even_when_another_field_is_wrong(client, world):
    client.force_login(world["editor_a"])
    b_draft = world["out_of_sight"][0]
    response = edit(client, world, b_draft.pk, title="")
    content = response.content.decode()
    assert response.status_code == 200
    assert REFUSED in content and "This field is required." in content
    assert b_draft.slug not in content and "canary" not in content.lower()


def test_the_preview_of_a_link_to_another_groups_draft_is_refused(client, world):
    client.force_login(world["editor_a"])
    b_draft = world["out_of_sight"][0]
    preview = "/admin/pages/{pk}/edit/preview/"
    assert edit(client, world, b_draft.pk, url=preview).json()["is_valid"] is False
    content = client.get(preview.format(pk=world["report"].pk)).content.decode()
    assert b_draft.slug not in content and "canary" not in content.lower()


@pytest.mark.parametrize("which", range(4))
def test_links_to_restricted_pending_and_protected_pages_are_refused_too(client, world, which):
    client.force_login(world["editor_a"])
    page = world["out_of_sight"][which]
    response = edit(client, world, page.pk)
    content = response.content.decode()
    assert response.status_code == 200 and REFUSED in content
    assert page.slug not in content and "canary" not in content.lower()
    assert links_to(page.pk) not in saved_body(world)


@pytest.mark.parametrize("which", range(3))
def test_links_to_public_pages_and_the_groups_own_drafts_are_saved(client, world, which):
    client.force_login(world["editor_a"])
    page = world["in_sight"][which]
    response = edit(client, world, page.pk)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert links_to(page.pk) in saved_body(world)


page_ids = st.integers() | st.sampled_from(["", "abc", "1.5", " 7 ", "²", "٣", "1e3", "-1", "0"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_whatever_page_id_is_posted_the_form_answers_and_saves_no_unseen_link(client, world, data):
    client.force_login(world["editor_a"])
    existing = [page.pk for page in world["out_of_sight"] + world["in_sight"]]
    page_id = data.draw(st.sampled_from(existing) | page_ids, label="page id")
    response = edit(client, world, page_id)
    content = response.content.decode()
    assert response.status_code in {200, 302}
    assert "canary" not in content.lower()
    visible = {str(pk) for pk in visible_pages(world["editor_a"]).values_list("pk", flat=True)}
    if response.status_code == 200:
        assert REFUSED in content
    else:
        assert str(page_id) in visible
    for page in world["out_of_sight"]:
        assert links_to(page.pk) not in saved_body(world)
    # Nothing but ids of pages in sight is ever saved as a page link.
    linked = {reference[1] for reference in ReportPage._meta.get_field("body").extract_references(saved_body(world))}
    assert linked <= visible
