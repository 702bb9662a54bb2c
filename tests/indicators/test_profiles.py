"""EMB and country profiles show practice data with sources and dates, what the EMB takes part
in, and its members to members only."""

import pytest

from tests.factories import MemberProfileFactory, WorkingGroupPageFactory, member

pytestmark = pytest.mark.django_db


def test_an_emb_profile_shows_values_with_sources_and_dates(client, network):
    content = client.get(f"/en/practice-data/emb/{network['feo'].pk}/").content.decode()
    assert "Two-factor authentication" in content and "Facebook, Text messages" in content
    assert "31 January 2022" in content and 'href="https://www.feo.example.org/strategy"' in content
    assert "Lessons learned review" in content  # not recorded: offered for suggestion


def test_members_of_an_emb_are_listed_to_members_only(client, network):
    MemberProfileFactory(emb=network["feo"], job_title="Zephyrine communications lead")
    assert "Zephyrine" not in client.get(f"/en/practice-data/emb/{network['feo'].pk}/").content.decode()
    client.force_login(member())
    assert "Zephyrine communications lead" in client.get(f"/en/practice-data/emb/{network['feo'].pk}/").content.decode()


def test_an_emb_profile_lists_its_working_groups(client, network, sections):
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on New Media")
    group.participating_embs.add(network["feo"])
    group.save_revision().publish()
    assert "Working Group on New Media" in client.get(f"/en/practice-data/emb/{network['feo'].pk}/").content.decode()


def test_a_country_page_shows_its_embs_practice_data(client, network, sections):
    content = client.get("/en/countries/fj/").content.decode()
    assert "Two-factor authentication" in content and f"/en/practice-data/emb/{network['feo'].pk}/" in content
    assert "/en/practice-data/?region=pacific" in content
