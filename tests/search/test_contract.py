"""One contract, two backends: every test here runs on the database and on the real engine."""

import datetime

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from cen_portal.demo.pdf import build_report_pdf
from search import backends, service
from search.contract import KnowledgeQuery
from search.sources import page_key
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
    ReportPageFactory,
    UserFactory,
    WorkingGroupMeetingFactory,
    WorkingGroupPageFactory,
    member,
)
from tests.search.conftest import index_now, reindex_all
from workinggroups.models import ReportDocument

pytestmark = pytest.mark.django_db


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


@pytest.fixture
def corpus(sections, backend):
    caribbean = RegionFactory(name="Caribbean and Americas", slug="caribbean-americas")
    pacific = RegionFactory(name="Pacific", slug="pacific")
    jamaica = CountryFactory(iso_code="JM", name="Jamaica", region=caribbean)
    trinidad = CountryFactory(iso_code="TT", name="Trinidad and Tobago", region=caribbean)
    fiji = CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    accessible = KeyPrincipleFactory(name="Accessible", slug="accessible")
    security = PracticeAreaFactory(number="3.9", title="Security of information", slug="security-of-information")
    studies = sections["case_studies"]
    items = {
        "hijacked": CaseStudyPageFactory(
            parent=studies,
            title="Recovering a hijacked Facebook page",
            summary="The election management body regained its page with help from the platform vendor.",
            body=paragraph("A phishing email gave an attacker the password to the commission's social media account."),
            countries=[jamaica],
            principles=[responsive],
            practice_areas=[security],
            year=2019,
        ),
        "sms": CaseStudyPageFactory(
            parent=studies,
            title="Text messages for rural voters",
            summary="Polling reminders by SMS where bandwidth is low.",
            body=paragraph("The EMB sent polling station reminders by text message to voters in the interior."),
            countries=[fiji],
            principles=[accessible],
            year=2016,
        ),
        "rumours": CaseStudyPageFactory(
            parent=studies,
            title="Answering misinformation on election day",
            summary="Calls for peace answered rumours in a post-conflict election.",
            body=paragraph("Staff published corrections within the hour and partnered with radio stations."),
            countries=[trinidad],
            principles=[responsive, accessible],
            year=2021,
        ),
    }
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on New Media")
    items["report"] = ReportPageFactory(
        parent=group,
        title="Report of the Suva meeting",
        summary="Recommendations on new media for election management bodies.",
        publication_date=datetime.date(2015, 12, 3),
        countries=[fiji],
        principles=[responsive],
    )
    pdf = build_report_pdf(
        {
            "title": "Suva recommendations",
            "sections": [
                {"heading": "Checklist", "paragraphs": ["Keep a traffic-light rumour ledger on polling day."]}
            ],
        }
    )
    document = get_document_model()(title="Suva recommendations")
    document.file.save("suva.pdf", ContentFile(pdf), save=False)
    document.save()
    ReportDocument.objects.create(report=items["report"], document=document)

    items["members_only"] = CaseStudyPageFactory(
        parent=studies,
        title="Members' briefing on vendor escalation",
        summary="How to escalate a hijacked account with the vendor: contacts shared only with members.",
        countries=[jamaica],
        principles=[responsive],
        year=2020,
    )
    PageViewRestriction.objects.create(page=items["members_only"], restriction_type=PageViewRestriction.LOGIN)

    private_group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Private space")
    items["group"] = Group.objects.create(name="Working Group on Incumbency")
    restriction = PageViewRestriction.objects.create(page=private_group, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([items["group"]])
    items["group_only"] = ReportPageFactory(
        parent=private_group,
        title="Draft notes on hijacked accounts for the group",
        summary="Working notes of the incumbency group.",
        countries=[jamaica],
        principles=[responsive],
    )
    reindex_all()
    return items


def answering_backend():
    """The backend that must answer: the engine whenever one is configured for the test."""
    return "engine" if settings.SEARCH_URL else "database"


def search(text="", user=None, **options):
    results = service.search(KnowledgeQuery(text=text, **options), user)
    # An engine error would fall back to the database and could still pass: it must not.
    assert results.backend == answering_backend() and not results.fallback
    return results


ITEMS = ["case-study", "report"]


def search_items(text="", user=None, filters=None, **options):
    """A search among the corpus's case studies and reports (leaving out principle guidance)."""
    return search(text, user, filters={"kind": ITEMS, **(filters or {})}, **options)


def titles(results):
    return [hit.title for hit in results.hits]


# Finding -----------------------------------------------------------------------------------


def test_words_in_title_summary_and_body_are_found(corpus):
    assert titles(search("hijacked"))[0] == "Recovering a hijacked Facebook page"
    assert "Text messages for rural voters" in titles(search("interior"))
    assert "Recovering a hijacked Facebook page" in titles(search("phishing password"))


def test_a_countrys_name_finds_what_is_tagged_with_the_country(corpus):
    # None of these items names its country in its text: the tag does.
    assert titles(search_items("Jamaica")) == ["Recovering a hijacked Facebook page"]
    assert set(titles(search_items("Fiji"))) == {"Text messages for rural voters", "Report of the Suva meeting"}


def test_a_title_match_ranks_above_a_body_match(corpus):
    results = titles(search("misinformation rumours"))
    assert results[0] == "Answering misinformation on election day"


def test_a_quoted_phrase_must_appear_as_written(corpus):
    assert titles(search('"polling station reminders"')) == ["Text messages for rural voters"]
    assert titles(search('"reminders station polling"')) == []


def test_synonyms_from_the_fields_vocabulary(corpus):
    # The SMS study says "EMB"; the hijacked study spells out "election management body".
    assert "Text messages for rural voters" in titles(search("election management body text message"))
    assert "Recovering a hijacked Facebook page" in titles(search("EMB vendor"))
    assert "Recovering a hijacked Facebook page" in titles(search("new media account"))


def test_word_forms_match_each_other(corpus):
    assert "Recovering a hijacked Facebook page" in titles(search("accounts attackers"))
    assert "Text messages for rural voters" in titles(search("reminder"))


def test_a_misspelt_word_still_finds_the_item(corpus):
    assert "Answering misinformation on election day" in titles(search("misinformaton"))


def test_text_inside_an_attached_pdf_is_found_and_shown(corpus):
    results = search("traffic-light rumour ledger")
    assert titles(results) == ["Report of the Suva meeting"]
    hit = results.hits[0]
    assert hit.matched_in_attachment
    assert "<mark>ledger</mark>" in " ".join(hit.highlights).lower()


def test_snippets_mark_the_matched_words(corpus):
    hit = search("bandwidth").hits[0]
    assert any("<mark>bandwidth</mark>" in fragment.lower() for fragment in hit.highlights)


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


# Facets, sorting and pages -------------------------------------------------------------------


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


def test_facet_counts_cover_every_facet(corpus):
    results = search_items()
    assert facet(results, "country") == {"JM": 1, "FJ": 2, "TT": 1}
    assert facet(results, "region") == {"caribbean-americas": 2, "pacific": 2}
    # The kind facet ignores its own filter: the principles' and area's guidance stays choosable.
    assert facet(results, "kind") == {"case-study": 3, "report": 1, "guidance": 3, "working-group": 1}
    assert facet(results, "principle") == {"responsive": 3, "accessible": 2}
    assert facet(results, "area") == {"security-of-information": 1}
    assert facet(results, "year") == {"2015": 1, "2016": 1, "2019": 1, "2021": 1}
    assert results.total == 4


def test_values_within_a_facet_are_alternatives(corpus):
    results = search_items(filters={"country": ["JM", "FJ"]})
    assert sorted(titles(results)) == [
        "Recovering a hijacked Facebook page",
        "Report of the Suva meeting",
        "Text messages for rural voters",
    ]


def test_facets_combine_and_keep_counts_for_other_choices(corpus):
    results = search_items(filters={"principle": ["responsive"], "region": ["caribbean-americas"]})
    assert sorted(titles(results)) == [
        "Answering misinformation on election day",
        "Recovering a hijacked Facebook page",
    ]
    # Within the chosen principle, the other region stays choosable with its own count...
    assert facet(results, "region") == {"caribbean-americas": 2, "pacific": 1}
    # ...and within the chosen region, the other principle too.
    assert facet(results, "principle") == {"responsive": 2, "accessible": 1}
    assert facet(results, "country") == {"JM": 1, "TT": 1}


def test_chosen_values_are_labelled_and_marked(corpus):
    results = search(filters={"country": ["JM"]})
    jamaica = next(value for value in results.facets["country"] if value.value == "JM")
    assert (jamaica.label, jamaica.selected) == ("Jamaica", True)
    assert next(v for v in results.facets["principle"] if v.value == "responsive").label == "Responsive"


def test_sorting_by_date(corpus):
    assert [hit.year for hit in search_items(sort="newest").hits] == [2021, 2019, 2016, 2015]
    assert [hit.year for hit in search_items(sort="oldest").hits] == [2015, 2016, 2019, 2021]


def test_pages_split_results_without_overlap(corpus):
    first = search_items(per_page=3, page=1)
    second = search_items(per_page=3, page=2)
    assert len(first.hits) == 3 and len(second.hits) == 1
    assert not {hit.key for hit in first.hits} & {hit.key for hit in second.hits}
    assert first.total == second.total == 4


def test_hostile_text_never_breaks_a_search(corpus):
    for text in [
        '"unbalanced',
        "AND OR NOT",
        "title:(x) OR ^2 ~3 \\ / [ ] { }",
        "a" * 5000,
        "\x00\x01 hijacked",
        "* ? + - !",
        "  ",
    ]:
        results = search(text)
        assert results.total >= 0
    assert "Recovering a hijacked Facebook page" in titles(search("\x00hijacked\x7f"))


@pytest.mark.parametrize("text", ['"((( OR AND:*\\', "AND OR", "and", "or not", '"and"', "((( )))", '"'])
def test_query_syntax_and_common_words_alone_never_break_a_search(corpus, text):
    results = search(text, page=1000)
    assert results.total >= 0 and results.hits == []


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


def test_items_with_more_of_the_words_come_first_in_the_fallback(corpus):
    results = search("hijacked phishing quokkas zebras")
    assert results.partial
    assert titles(results)[0] == "Recovering a hijacked Facebook page"


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


def test_a_reports_page_links_to_its_working_group(client, corpus):
    hit = search("Suva meeting").hits[0]
    group = corpus["report"].get_parent()
    assert f'href="{group.url}"' in client.get(hit.url).content.decode()


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


@pytest.fixture
def readers(corpus):
    group_member = member()
    group_member.groups.add(corpus["group"])
    return {
        "anonymous": None,
        "member": member(),
        "group member": group_member,
        "secretariat": UserFactory(is_superuser=True, is_staff=True),
    }


@pytest.mark.parametrize(
    "reader,sees_members_only,sees_group_only",
    [("anonymous", False, False), ("member", True, False), ("group member", True, True), ("secretariat", True, True)],
)
def test_results_and_counts_show_only_what_the_reader_may_see(readers, reader, sees_members_only, sees_group_only):
    results = search("hijacked", readers[reader])
    found = titles(results)
    assert ("Members' briefing on vendor escalation" in found) is sees_members_only
    assert ("Draft notes on hijacked accounts for the group" in found) is sees_group_only
    everything = search_items(user=readers[reader])
    assert facet(everything, "country")["JM"] == 1 + sees_members_only + sees_group_only
    assert everything.total == 4 + sees_members_only + sees_group_only


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


def assert_answered_by_the_configured_backend():
    """Autocomplete and related items say nothing of their backend; an engine failure
    would have marked the engine down."""
    if answering_backend() == "engine":
        assert backends.get_engine() is not None


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


def test_autocomplete_suggests_titles_the_reader_may_see(readers):
    assert [s["title"] for s in service.autocomplete("recov", None)] == ["Recovering a hijacked Facebook page"]
    assert service.autocomplete("members", None) == []
    assert [s["title"] for s in service.autocomplete("members brief", readers["member"])] == [
        "Members' briefing on vendor escalation"
    ]
    assert service.autocomplete("draft notes", readers["member"]) == []
    assert_answered_by_the_configured_backend()


def test_related_items_share_the_topic_and_respect_the_audience(corpus, readers):
    key = page_key(corpus["hijacked"])
    anonymous = [hit.title for hit in service.related(key, None)]
    secretariat = [hit.title for hit in service.related(key, readers["secretariat"])]
    assert "Recovering a hijacked Facebook page" not in anonymous
    assert anonymous, "an item with shared tags and words has related items"
    assert "Members' briefing on vendor escalation" not in anonymous
    assert "Draft notes on hijacked accounts for the group" not in anonymous
    assert "Members' briefing on vendor escalation" in secretariat
    assert_answered_by_the_configured_backend()


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
