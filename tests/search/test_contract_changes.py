"""One contract, two backends: what changes in the content reaches search, on the database
and on the real engine. Each test changes its own corpus and indexes the change."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from search import service
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    EventPageFactory,
    ReportPageFactory,
    WorkingGroupMeetingFactory,
    WorkingGroupPageFactory,
    member,
)
from tests.search.conftest import index_now, reindex_all
from tests.search.contract_corpus import answering_backend, build_corpus, facet, make_readers, paragraph, search, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(sections, backend):
    return build_corpus(sections)


@pytest.fixture
def readers(corpus):
    return make_readers(corpus)


# Finding -----------------------------------------------------------------------------------


def test_snippets_never_carry_markup_from_the_content(corpus, sections):
    CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Escaping test",
        summary='A summary mentioning <script>alert("x")</script> zanzibarite.',
    )
    reindex_all()
    fragments = " ".join(search("zanzibarite").hits[0].highlights)
    assert "<script>" not in fragments
    assert "&lt;script&gt;" in fragments


# Multi-word questions ------------------------------------------------------------------------


def test_a_multi_word_query_that_finds_nothing_falls_back_to_some_of_the_words(corpus, sections):
    CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Registering first-time voters in remote districts",
        summary="Mobile teams took registration to villages far from any office.",
    )
    reindex_all()
    # No item has the phrase "voter registration" (or "voter enrolment"), nor "kiosks".
    for text in ["voter registration", "registration kiosks"]:
        results = search(text)
        assert titles(results)[0] == "Registering first-time voters in remote districts", text
        assert results.partial, text
    assert not search("registration").partial
    assert search("registration quokkas zebras").partial


# Working groups -------------------------------------------------------------------------------


@pytest.fixture
def campaign_finance_group(corpus, sections):
    group = WorkingGroupPageFactory(
        parent=sections["working_groups"],
        title="Working Group on Campaign Finance",
        topic="Political finance and spending limits",
        summary="Member EMBs compare how they regulate donations during campaigns.",
    )
    WorkingGroupMeetingFactory(
        group=group,
        place="Port Moresby",
        country=CountryFactory(iso_code="PG", name="Papua New Guinea"),
        start_date=datetime.date(2018, 4, 16),
        end_date=datetime.date(2018, 4, 18),
    )
    group.save_revision().publish()
    reindex_all()
    return group


def test_working_groups_are_found_by_name_topic_and_meetings(campaign_finance_group):
    for text in ["campaign finance", "spending limits", "Port Moresby", "April 2018", "Papua New Guinea"]:
        results = search(text)
        assert "Working Group on Campaign Finance" in titles(results), text
    hit = next(hit for hit in search("campaign finance").hits if hit.title == "Working Group on Campaign Finance")
    assert hit.kind == "working-group" and hit.url == campaign_finance_group.url
    assert hit.countries == ["PG"] and hit.year == 2018


def test_working_groups_have_their_own_value_in_the_kind_facet(campaign_finance_group):
    results = search(filters={"kind": ["working-group"]})
    assert sorted(titles(results)) == ["Working Group on Campaign Finance", "Working Group on New Media"]
    kinds = {value.value: value for value in results.facets["kind"]}
    assert kinds["working-group"].count == 2 and kinds["working-group"].label == "Working group"


# Boilerplate ----------------------------------------------------------------------------------


def test_citations_neither_rank_nor_get_highlighted(corpus, sections):
    citation = [
        {
            "type": "sources",
            "value": [{"title": "Zorbelian guide to New Media and the Conduct of Elections", "url": ""}],
        }
    ]
    CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Printing ballot papers on time",
        summary="A printer's schedule for the general election.",
        body=paragraph("The commission checked proofs of every ballot paper.") + citation,
    )
    about_it = CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="Correcting misinformation on social platforms",
        summary="Social media misinformation answered within the hour.",
        body=citation,
    )
    reindex_all()
    results = search("social media misinformation")
    assert titles(results)[0] == about_it.title
    assert "Printing ballot papers on time" not in titles(results)
    marked = " ".join(fragment for hit in results.hits for fragment in hit.highlights)
    assert "Conduct of Elections" not in marked
    assert titles(search("zorbelian")) == []


# Audience ------------------------------------------------------------------------------------


@pytest.mark.parametrize("reader", ["anonymous", "member", "group member", "secretariat"])
def test_a_password_protected_page_is_never_shown_through_search(corpus, sections, readers, reader):
    locked = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Grebulvantic password notes", countries=[], principles=[]
    )
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="a-long-shared-password"
    )
    index_now()
    user = readers[reader]
    assert search("Grebulvantic", user).total == 0
    assert search("Grebulvantik", user).corrected_text == ""
    assert service.autocomplete("Grebulv", user) == []


def test_spelling_suggestions_come_only_from_what_the_reader_may_see(corpus, sections, readers):
    secret = ReportPageFactory(
        parent=corpus["group_only"].get_parent(),
        title="Quorvexian liaison plan",
        summary="Only for the incumbency group.",
    )
    reindex_all()
    for reader in ["anonymous", "member"]:
        results = search("quorvexiab", readers[reader])
        assert (results.total, results.corrected_text) == (0, ""), reader
    found = search("quorvexiab", readers["group member"])
    assert titles(found) == [secret.title]
    if answering_backend() == "database":
        assert found.corrected_text == "quorvexian"


# Keeping the index true ------------------------------------------------------------------------


def test_publishing_unpublishing_and_deleting_reach_the_index(corpus, sections):
    study = CaseStudyPageFactory(parent=sections["case_studies"], title="Quokka census outreach", live=False)
    study.save_revision().publish()
    index_now()
    assert titles(search("quokka")) == ["Quokka census outreach"]

    study.refresh_from_db()
    study.unpublish()
    index_now()
    assert titles(search("quokka")) == []

    study.save_revision().publish()
    index_now()
    study.refresh_from_db()
    study.delete()
    index_now()
    assert titles(search("quokka")) == []


def test_retagging_and_editing_update_the_index(corpus):
    study = corpus["sms"]
    study.title = "Text messages for voters in the interior"
    study.principles.set([])
    study.save_revision().publish()
    index_now()
    results = search("interior", filters={"principle": ["accessible"]})
    assert titles(results) == []
    assert titles(search("interior")) == ["Text messages for voters in the interior"]


def test_making_a_page_private_hides_it_from_anonymous_readers(corpus):
    PageViewRestriction.objects.create(page=corpus["rumours"], restriction_type=PageViewRestriction.LOGIN)
    index_now()
    assert "Answering misinformation on election day" not in titles(search("misinformation"))
    assert "Answering misinformation on election day" in titles(search("misinformation", member()))


def test_moving_a_page_changes_its_address_in_results(corpus, sections):
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on Voter Education")
    corpus["report"].move(group, pos="last-child")
    index_now()
    hit = search("Suva meeting").hits[0]
    assert hit.url.startswith(group.url)


# Events ------------------------------------------------------------------------------------


def test_events_are_a_kind_and_upcoming_keeps_those_not_yet_over(corpus, sections, client):
    today = timezone.localdate()
    for title, days in [("Counting workshop held in Accra", -400), ("Counting workshop coming to Nairobi", 30)]:
        day = today + datetime.timedelta(days=days)
        EventPageFactory(
            parent=sections["events"], title=title, start_date=day, end_date=day, time_zone="Africa/Nairobi"
        ).save_revision().publish()
    index_now()
    assert set(titles(search("counting workshop", filters={"kind": ["event"]}))) == {
        "Counting workshop held in Accra",
        "Counting workshop coming to Nairobi",
    }
    upcoming = search("counting workshop", upcoming=True)
    assert titles(upcoming) == ["Counting workshop coming to Nairobi"]
    assert facet(upcoming, "kind") == {"event": 1}
    answer = client.get("/api/v1/search", {"q": "counting workshop", "upcoming": "true"}).json()
    assert [result["title"] for result in answer["results"]] == ["Counting workshop coming to Nairobi"]
    assert answer["results"][0]["kind"] == "event"
