"""Two working groups, each with its member space, a member with a second factor, a draft
report, and a document and an image in the group's own collection."""

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

from tests.factories import (
    KeyPrincipleFactory,
    ReportPageFactory,
    UserFactory,
    WorkingGroupPageFactory,
    with_authenticator,
)


@pytest.fixture
def groups(sections):
    spaces = {}
    for key, title in [("a", "Working Group on New Media"), ("b", "Working Group on Voter Registration")]:
        page = WorkingGroupPageFactory(parent=sections["working_groups"], title=title)
        page.member_group = Group.objects.create(name=title)
        page.save()
        page.set_up_member_space()
        page.refresh_from_db()
        member = UserFactory(first_name=f"Member {key.upper()}")
        member.groups.add(page.member_group)
        with_authenticator(member)
        draft = ReportPageFactory(parent=page, title=f"Draft report of group {key.upper()}", live=False)
        document = wagtail_factories.DocumentFactory(title=f"Group {key.upper()} agenda", collection=page.collection)
        image = wagtail_factories.ImageFactory(title=f"Group {key.upper()} photo", collection=page.collection)
        spaces[key] = {"page": page, "member": member, "draft": draft, "document": document, "image": image}
    return spaces


def report_data(report, document):
    data = nested_form_data(
        {
            "title": report.title,
            "slug": report.slug,
            "summary": "A draft.",
            "publication_date": "2016-03-01",
            "body": rich_text("<p>Notes.</p>"),
            "documents": inline_formset([{"document": document.pk, "title": ""}]),
            "comments": inline_formset([]),
        }
    )
    data["principles"] = [KeyPrincipleFactory(slug="responsive").pk]
    return data
