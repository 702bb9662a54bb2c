"""The search journey in Chromium: ask, narrow, read, with and without JavaScript, on both
backends (the database, and the engine with the demo content indexed in an alias of its own)."""

import re

import pytest

from search import backends, sync
from search.sources import all_keys
from tests.browser.conftest import follow
from tests.browser.test_pages import paths  # noqa: F401  (fixture)
from tests.search.conftest import BACKENDS, using_backend


@pytest.fixture(params=BACKENDS)
def search_backend(request, paths):  # noqa: F811
    """The live server searches this backend; afterwards, the engine must not have failed
    (the page would have fallen back to the database and still passed)."""
    if request.param == "database":
        yield "database"
        return
    with using_backend("engine", request.getfixturevalue("engine_url")):
        # Straight into the engine: outbox rows written in this test's transaction would be
        # locked against the live server's own catch-up.
        engine = backends.get_engine()
        engine.rebuild(sync.iter_documents(all_keys()))
        engine.refresh()
        yield "engine"
        assert backends.get_engine() is not None, "the engine failed and the database answered"


def count(page):
    return int(re.match(r"\d+", page.locator(".result-count").inner_text()).group(0))


def test_search_journey_without_javascript(browser, paths, search_backend):  # noqa: F811
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(paths["home"])

    page.get_by_role("searchbox", name="Search the knowledge base").fill("hacked social media account")
    follow(page, page.get_by_role("search").get_by_role("button", name="Search").first)

    assert page.get_by_role("heading", level=1).inner_text() == "Search the knowledge base"
    assert page.get_by_text("Basic search in use").count() == 0
    assert page.get_by_role(
        "link", name="Recovering a hijacked official Facebook page with the platform vendor", exact=True
    ).is_visible()
    assert page.locator(".results mark").count() > 0
    total = count(page)

    page.locator("summary", has_text="Key principle").click()
    page.locator("label.check", has_text="Appropriate use").locator("input").check()
    follow(page, page.get_by_role("button", name="Apply"))
    assert "principle=appropriate-use" in page.url
    narrowed = count(page)
    assert 0 < narrowed < total
    chip = page.get_by_role("link", name=re.compile("Key principle: Appropriate use"))
    assert chip.is_visible()

    follow(page, chip)
    assert count(page) == total

    follow(
        page,
        page.get_by_role(
            "link", name="Recovering a hijacked official Facebook page with the platform vendor", exact=True
        ),
    )
    assert page.get_by_role("heading", name="Related practice").is_visible()
    context.close()


def test_pdf_text_is_found_and_labelled(page, paths, search_backend):  # noqa: F811
    page.goto(paths["home"].rstrip("/") + "/en/search/?q=traffic-light+rumour+ledger")
    result = page.locator(".result").first
    assert "Report of the Working Group Meeting" in result.inner_text()
    assert "Found in an attached document" in result.inner_text()


def test_autocomplete_suggests_titles_while_typing(page, paths, search_backend):  # noqa: F811
    page.goto(paths["home"].rstrip("/") + "/en/search/")
    page.locator("#id_q").press_sequentially("hija", delay=50)
    page.locator("#search-suggestions option").first.wait_for(state="attached")
    values = page.locator("#search-suggestions option").evaluate_all("options => options.map(o => o.value)")
    assert "Recovering a hijacked official Facebook page with the platform vendor" in values


def test_a_query_matching_some_words_says_so(page, paths, search_backend):  # noqa: F811
    page.goto(paths["home"].rstrip("/") + "/en/search/?q=campaign+finance+quokkas+zebras")
    assert page.get_by_text("showing results for some of your words").is_visible()
    assert page.get_by_role("link", name="Working Group on Campaign Finance", exact=True).is_visible()
