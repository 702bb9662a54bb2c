"""The home page lists what each app registers, once (cen_portal.home)."""

import pytest
from django.core.exceptions import ImproperlyConfigured

from cen_portal.home import HOME_SECTIONS, register_home_section


def test_each_list_of_the_home_page_is_registered_by_its_app_once():
    assert set(HOME_SECTIONS) == {"latest_case_studies", "latest_reports", "working_groups", "instruments"}
    before = dict(HOME_SECTIONS)
    with pytest.raises(ImproperlyConfigured, match="registered twice"):
        register_home_section("latest_reports", list)
    assert HOME_SECTIONS == before
