"""The home page lists what each app registers, once (cen_portal.home); so do the pages of one
app that list another's items (cen_portal.sections)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cen_portal.home import HOME_SECTIONS, register_home_section
from cen_portal.sections import PAGE_SECTIONS, register_page_section


def test_each_list_of_the_home_page_is_registered_by_its_app_once():
    assert set(HOME_SECTIONS) == {
        "latest_case_studies",
        "latest_reports",
        "next_events",
        "working_groups",
        "instruments",
    }
    before = dict(HOME_SECTIONS)
    with pytest.raises(ImproperlyConfigured, match="registered twice"):
        register_home_section("latest_reports", list)
    assert HOME_SECTIONS == before


def test_each_list_a_page_shows_of_another_apps_items_is_registered_once():
    assert {label: set(sections) for label, sections in PAGE_SECTIONS.items()} == {
        "workinggroups.workinggrouppage": {"group_events"},
        "workinggroups.reportpage": {"events_with_output"},
    }
    before = {label: dict(sections) for label, sections in PAGE_SECTIONS.items()}
    with pytest.raises(ImproperlyConfigured, match="registered twice"):
        register_page_section("workinggroups.WorkingGroupPage", "group_events", list)
    assert PAGE_SECTIONS == before
