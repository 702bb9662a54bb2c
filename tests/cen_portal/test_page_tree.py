"""Editors can only build a tree that makes sense: each page type under its own parent."""

import pytest
from wagtail.models import Page

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import CountryIndexPage, HomePage, PracticeAreaIndexPage, PrincipleIndexPage, StandardPage
from guidance.models import GuidanceIndexPage, GuidancePage
from instruments.models import InstrumentIndexPage, InstrumentPage, ProvisionPage
from networkevents.models import EventIndexPage, EventPage
from workinggroups.models import ReportPage, WorkingGroupIndexPage, WorkingGroupPage

pytestmark = pytest.mark.django_db

SECTIONS = [
    CaseStudyIndexPage,
    GuidanceIndexPage,
    WorkingGroupIndexPage,
    InstrumentIndexPage,
    EventIndexPage,
    PrincipleIndexPage,
    PracticeAreaIndexPage,
    CountryIndexPage,
]


def test_the_home_page_sits_at_the_root_only():
    assert HomePage.allowed_parent_page_models() == [Page]
    assert HomePage.max_count == 1


def test_the_home_page_holds_only_the_sections_and_plain_pages():
    assert set(HomePage.allowed_subpage_models()) == set(SECTIONS) | {StandardPage}
    assert StandardPage.allowed_parent_page_models() == [HomePage] and not StandardPage.allowed_subpage_models()


@pytest.mark.parametrize("section", SECTIONS)
def test_each_section_exists_once_under_the_home_page(section):
    assert section.allowed_parent_page_models() == [HomePage]
    assert section.max_count == 1


@pytest.mark.parametrize(
    "model,parent,children",
    [
        (CaseStudyPage, CaseStudyIndexPage, []),
        (WorkingGroupPage, WorkingGroupIndexPage, [ReportPage]),
        (ReportPage, WorkingGroupPage, []),
        (InstrumentPage, InstrumentIndexPage, [ProvisionPage]),
        (ProvisionPage, InstrumentPage, []),
        (GuidancePage, GuidanceIndexPage, []),
        (EventPage, EventIndexPage, []),
    ],
)
def test_content_pages_have_one_kind_of_parent(model, parent, children):
    assert model.allowed_parent_page_models() == [parent]
    assert model.allowed_subpage_models() == children


def test_a_case_study_cannot_be_created_under_a_working_group(sections):
    group = WorkingGroupPage(title="Group", topic="t", summary="s", description="<p>d</p>")
    sections["working_groups"].add_child(instance=group)
    assert not CaseStudyPage.can_create_at(group)
    assert CaseStudyPage.can_create_at(sections["case_studies"])


def test_a_second_case_study_listing_cannot_be_created(sections):
    assert not CaseStudyIndexPage.can_create_at(sections["case_studies"].get_parent())
