"""Reading packs in Chromium without JavaScript: add two case studies from their pages, take
the selection as a PDF and read it back; the selection page passes axe; and printing a page
gives its content without the site's navigation, with each link's address."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from pypdf import PdfReader

from tests.browser.conftest import follow


@pytest.fixture(scope="module")
def two_studies(demo_site, django_db_blocker):
    from casestudies.models import CaseStudyPage

    with django_db_blocker.unblock():
        studies = CaseStudyPage.objects.live().public().filter(locale__language_code="en").order_by("title")[:2]
        return [(study.title, study.url) for study in studies]


def assert_accessible(browser, context, url):
    """axe runs as a script: it checks the same page, with the same session, where scripts run."""
    checking = browser.new_context()
    checking.add_cookies(context.cookies())
    page = checking.new_page()
    page.goto(url)
    results = Axe().run(page)
    checking.close()
    assert results.violations_count == 0, results.generate_report()


def test_a_reader_without_javascript_adds_items_and_downloads_the_pack(browser, demo_site, two_studies, tmp_path):
    context = browser.new_context(java_script_enabled=False, accept_downloads=True)
    context.set_default_timeout(30_000)
    page = context.new_page()
    for _title, url in two_studies:
        page.goto(f"{demo_site.url}{url}")
        follow(page, page.get_by_role("link", name="Add to my reading pack"))
        follow(page, page.get_by_role("button", name="Add to my reading pack"))
        assert page.url == f"{demo_site.url}{url}"  # back where the reader was
    page.goto(f"{demo_site.url}/en/packs/")
    assert_accessible(browser, context, f"{demo_site.url}/en/packs/")
    listed = page.locator(".pack-items li a").all_inner_texts()
    assert listed == [title for title, _url in two_studies]
    follow(page, page.get_by_role("button", name="Prepare the PDF"))
    with page.expect_download() as download:
        page.get_by_role("link", name="Download the PDF").click()
    path = tmp_path / "pack.pdf"
    download.value.save_as(path)
    reader = PdfReader(path)
    assert [entry.title for entry in reader.outline] == [*listed, "The living versions"]
    assert reader.trailer["/Root"]["/Lang"] == "en"
    context.close()


def test_printing_a_page_leaves_out_the_navigation_and_writes_out_link_addresses(browser, demo_site, two_studies):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{demo_site.url}{two_studies[0][1]}")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible() and not page.locator(".site-footer").is_visible()
    assert page.locator("main h1").is_visible()
    after = page.evaluate(
        "() => getComputedStyle(document.querySelector('main .item__layout a[href]'), '::after').content"
    )
    assert after.startswith('" (/') and after.endswith(')"')  # e.g. " (/en/countries/ke/)"
    context.close()
