"""The four journeys people took when the portal was tried, walked in Chromium on a phone
(390 px), each step where they stumbled checked: an EMB communications officer preparing for an
election, a French-speaking officer, a working-group member publishing a report, and the
Secretariat. Nothing is changed on the way: the demo site is shared by every browser test.

With CEN_SCREENSHOTS set to a folder (`make walk`), every step leaves a full-page screenshot
there, named by journey and step, for a person to review."""

import os
import re
from pathlib import Path

from django.conf import settings

from tests.browser.conftest import follow

PHONE = {"width": 390, "height": 844}


class Walk:
    """A journey in its own browser context, signed in or not, with a screenshot per step."""

    def __init__(self, browser, demo_site, journey, session=None):
        self.url, self.journey, self.steps = demo_site.url, journey, 0
        self.context = browser.new_context(viewport=PHONE)
        if session:
            self.context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": self.url}])
        self.page = self.context.new_page()

    def step(self, name):
        """Check what every step must hold (nothing scrolls sideways), then keep a picture."""
        width = self.page.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"], f"{self.journey}, {name}: the page is {width} px wide"
        self.steps += 1
        folder = os.environ.get("CEN_SCREENSHOTS")
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)
            path = Path(folder) / f"{self.journey}-{self.steps:02d}-{name}.png"
            self.page.screenshot(path=str(path), full_page=True)

    def open_menu_item(self, name):
        follow(self.page, self.page.locator(".site-nav").get_by_role("link", name=name))

    def close(self):
        # The admin's page keeps talking to the server (editing-session pings): leave it, and
        # let the last request end, before the live server and its database are torn down.
        self.page.wait_for_load_state("networkidle")
        self.page.goto("about:blank")
        self.context.close()


def test_an_emb_communications_officer_compares_practice_searches_and_asks(browser, demo_site):
    walk = Walk(browser, demo_site, "1-officer", demo_site.member_session)
    page = walk.page
    page.goto(walk.url + "/en/")
    walk.step("home")
    walk.open_menu_item("Compare practice")
    page.get_by_label("Filter the list").fill("ghana")
    page.get_by_label("Ghana: Electoral Commission of Ghana").check()
    page.get_by_label("Filter the list").fill("kenya")
    page.get_by_label("Kenya: Independent Electoral and Boundaries Commission").check()
    walk.step("compare-choices")
    follow(page, page.get_by_role("button", name="Compare"))
    assert page.get_by_role("link", name="Electoral Commission of Ghana").is_visible()
    assert page.get_by_role("link", name="Independent Electoral and Boundaries Commission").is_visible()
    walk.step("compare-table")
    page.get_by_label("Only the EMBs where").select_option(value="mfa-official-accounts=yes")
    follow(page, page.get_by_role("button", name="Compare"))
    assert "condition=mfa-official-accounts" in page.url
    walk.step("compare-condition")

    page.get_by_label("Search the knowledge base").fill("hacked social media account")
    follow(page, page.locator(".site-search").get_by_role("button", name="Search"))
    assert page.locator(".result").count() > 0
    walk.step("search")

    walk.open_menu_item("Ask the network")
    walk.step("questions")
    follow(page, page.get_by_role("link", name="Ask a question"))
    page.locator("summary", has_text="Pacific").click()
    page.get_by_label("Fiji", exact=True).check()
    walk.step("ask")
    walk.close()


def test_a_french_speaking_officer_reads_practice_data_and_searches_in_french(browser, demo_site):
    walk = Walk(browser, demo_site, "2-french")
    page = walk.page
    page.goto(walk.url + "/fr/")
    walk.step("accueil")
    walk.open_menu_item("Comparer les pratiques")
    assert page.get_by_role("heading", name="Authentification à deux facteurs des comptes officiels").count() == 1
    assert page.locator("time, .small").filter(has_text=re.compile(r"\bjui\b", re.I)).count() == 0  # months in full
    walk.step("pratiques")
    page.get_by_label("Rechercher dans la base de connaissances").fill("rumeurs le jour du scrutin")
    follow(page, page.locator(".site-search").get_by_role("button", name="Rechercher"))
    assert page.locator(".result").count() > 0
    walk.step("recherche")
    walk.close()


def test_a_working_group_member_finds_the_fields_a_report_needs(browser, demo_site):
    from workinggroups.models import ReportPage

    report = ReportPage.objects.filter(locale__language_code="en", slug="new-media-suva-2015-report").get()
    walk = Walk(browser, demo_site, "3-working-group", demo_site.member_session)
    page = walk.page
    page.goto(f"{walk.url}/admin/pages/{report.pk}/edit/")
    principles = page.locator("h3.w-field__label", has_text="Key principles")
    assert principles.locator(".w-required-mark").count() == 1
    walk.step("report-editor")
    walk.close()


def test_the_secretariat_triages_from_its_queue(browser, demo_site, secretariat_session):
    walk = Walk(browser, demo_site, "4-secretariat", secretariat_session)
    page = walk.page
    page.goto(walk.url + "/en/questions/")
    queue = page.locator("section", has=page.get_by_role("heading", name="Waiting for the Secretariat"))
    assert queue.get_by_role("heading", name="Waiting for triage (1)").is_visible()
    walk.step("queue")
    follow(page, queue.get_by_role("link").filter(has_not_text="dashboard").first)
    assert page.get_by_role("heading", name="Triage").is_visible()
    assert page.get_by_role("button", name="Record the decision and tell the asker").is_visible()
    walk.step("question")
    walk.close()
