"""Documents and images follow the privacy of the pages that use them; restricted sections stay
out of the menu of those who cannot open them."""

import pytest
import wagtail_factories
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from tests.factories import (
    CaseStudyPageFactory,
    ReportPageFactory,
    UserFactory,
    WorkingGroupPageFactory,
    member,
    secretariat_user,
    with_authenticator,
)
from workinggroups.models import ReportDocument

pytestmark = pytest.mark.django_db


@pytest.fixture
def group_space(sections):
    page = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on Campaign Finance")
    page.member_group = Group.objects.create(name="Campaign finance group")
    page.save()
    page.set_up_member_space()
    page.refresh_from_db()
    insider = member()
    insider.groups.add(page.member_group)
    with_authenticator(insider)
    return page


def attach(report, title="Donations ledger"):
    document = wagtail_factories.DocumentFactory(
        title=title, collection=report.get_parent().specific.collection, file__data=b"Ledger of donations"
    )
    ReportDocument.objects.create(report=report, document=document)
    report.save()  # the reference index is rebuilt from the page's saved content
    return document


def fetch(user, document):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client.get(document.url)


def readers(group_space):
    outsider_group = Group.objects.create(name="Another working group")
    outsider = member()
    outsider.groups.add(outsider_group)
    return {
        "anonymous": None,
        "member": member(),
        "other group": outsider,
        "group member": group_space.member_group.user_set.first(),
        "secretariat": secretariat_user(),
    }


def statuses(group_space, document):
    return {name: fetch(user, document).status_code for name, user in readers(group_space).items()}


def test_a_draft_reports_document_is_private_to_its_group_and_the_secretariat(group_space):
    draft = ReportPageFactory(parent=group_space, title="Draft on donations", live=False)
    document = attach(draft)
    assert statuses(group_space, document) == {
        "anonymous": 302,  # asked to sign in, never given the file
        "member": 404,
        "other group": 404,
        "group member": 200,
        "secretariat": 200,
    }


def test_publishing_makes_a_document_public_and_unpublishing_makes_it_private_again(group_space):
    report = ReportPageFactory(parent=group_space, title="Report on donations")
    document = attach(report)
    response = fetch(None, document)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"Ledger of donations"
    assert "public" in response["Cache-Control"]

    report.unpublish()
    assert fetch(None, document).status_code == 302
    assert fetch(member(), document).status_code == 404


def test_a_group_only_reports_document_is_for_the_group_and_the_secretariat(group_space):
    report = ReportPageFactory(parent=group_space, title="Group notes on donations")
    restriction = PageViewRestriction.objects.create(page=report, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group_space.member_group])
    document = attach(report)
    statuses_now = statuses(group_space, document)
    assert statuses_now["anonymous"] == 302 and statuses_now["member"] == 404 and statuses_now["other group"] == 404
    assert statuses_now["group member"] == 200 and statuses_now["secretariat"] == 200
    assert "private" in fetch(group_space.member_group.user_set.first(), document)["Cache-Control"]


def test_a_members_only_pages_document_is_for_members(group_space):
    report = ReportPageFactory(parent=group_space, title="Members' notes on donations")
    PageViewRestriction.objects.create(page=report, restriction_type=PageViewRestriction.LOGIN)
    document = attach(report)
    assert fetch(None, document).status_code == 302
    assert fetch(member(), document).status_code == 200


def test_a_person_removed_from_the_group_loses_its_draft_documents(group_space):
    draft = ReportPageFactory(parent=group_space, title="Draft on donations", live=False)
    document = attach(draft)
    insider = group_space.member_group.user_set.first()
    assert fetch(insider, document).status_code == 200
    insider.groups.remove(group_space.member_group)
    assert fetch(insider, document).status_code == 404


def test_a_document_only_in_an_unpublished_draft_of_a_public_page_stays_private(group_space):
    report = ReportPageFactory(parent=group_space, title="Report on donations")
    document = wagtail_factories.DocumentFactory(title="Unreleased annex", collection=group_space.collection)
    report.documents.add(ReportDocument(document=document))
    report.save_revision()  # a draft: the live page does not use the document yet
    assert fetch(None, document).status_code == 302
    report.get_latest_revision().publish()
    assert fetch(None, document).status_code == 200


def test_a_document_no_page_uses_is_only_for_its_collections_editors(group_space):
    document = wagtail_factories.DocumentFactory(title="Loose file", collection=group_space.collection)
    assert fetch(None, document).status_code == 302
    assert fetch(member(), document).status_code == 404
    assert fetch(group_space.member_group.user_set.first(), document).status_code == 200


def rendition_url(image):
    return image.get_rendition("width-100").url


def test_image_renditions_follow_the_pages_that_use_them(sections, group_space):
    image = wagtail_factories.ImageFactory(title="Ledger photo", collection=group_space.collection)
    study = CaseStudyPageFactory(
        parent=sections["case_studies"],
        body=[
            {
                "type": "image",
                "value": {"image": {"image": image.pk, "alt_text": "A ledger", "decorative": False}, "caption": ""},
            }
        ],
    )
    PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    study.save()
    url = rendition_url(image)
    assert url.startswith("/media/images/")
    assert Client().get(url).status_code == 302
    signed_in = Client()
    signed_in.force_login(member())
    response = signed_in.get(url)
    assert response.status_code == 200 and "private" in response["Cache-Control"]

    PageViewRestriction.objects.filter(page=study).delete()
    assert Client().get(url).status_code == 200


def test_original_image_and_document_files_are_never_served_from_media(group_space):
    image = wagtail_factories.ImageFactory(title="Ledger photo", collection=group_space.collection)
    document = wagtail_factories.DocumentFactory(title="Ledger", collection=group_space.collection)
    secretariat = Client()
    secretariat.force_login(secretariat_user())
    for path in (image.file.name, document.file.name):
        assert secretariat.get(f"/media/{path}").status_code == 404
    assert get_image_model().objects.count() == 1


def test_a_restricted_sections_title_is_only_in_the_menu_of_those_who_may_open_it(sections):
    section = sections["instruments"]
    section.title = "Instruments desk for members"
    section.show_in_menus = True
    section.save_revision().publish()
    PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    home = sections["case_studies"].get_parent()
    assert "Instruments desk for members" not in Client().get(home.url).content.decode()
    signed_in = Client()
    signed_in.force_login(UserFactory())
    assert "Instruments desk for members" in signed_in.get(home.url).content.decode()
