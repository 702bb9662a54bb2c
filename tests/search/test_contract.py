"""One contract, two backends: every test here runs on the database and on the real engine.

These only search the corpus, built once per backend; test_contract_changes.py changes it."""

import pytest

from search import service
from search.sources import page_key
from tests.factories import make_home, make_sections
from tests.search.conftest import BACKENDS, world_on
from tests.search.contract_corpus import (
    assert_answered_by_the_configured_backend,
    build_corpus,
    facet,
    make_readers,
    search,
    search_items,
    titles,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module", params=BACKENDS)
def corpus(request, django_db_setup, django_db_blocker):
    """Built once per backend for the tests here, which only search it."""
    with world_on(request.param, django_db_blocker):
        yield build_corpus(make_sections(make_home()))


@pytest.fixture
def readers(corpus):
    return make_readers(corpus)


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


# Facets, sorting and pages -------------------------------------------------------------------


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


def test_items_with_more_of_the_words_come_first_in_the_fallback(corpus):
    results = search("hijacked phishing quokkas zebras")
    assert results.partial
    assert titles(results)[0] == "Recovering a hijacked Facebook page"


# Working groups -------------------------------------------------------------------------------


def test_a_reports_page_links_to_its_working_group(client, corpus):
    hit = search("Suva meeting").hits[0]
    group = corpus["report"].get_parent()
    assert f'href="{group.url}"' in client.get(hit.url).content.decode()


# Audience ------------------------------------------------------------------------------------


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
