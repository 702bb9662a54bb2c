"""Registering for an event in Chromium, in English and in French: the form, the confirmation and
the cancellation, each page without axe-core violations; and the waiting list once it is full."""

import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.utils import timezone

from tests.browser.conftest import follow

WORDS = {
    "en": {"register": "Register", "registered": "You are registered.", "cancel": "Cancel my registration"},
    "fr": {"register": "S’inscrire", "registered": "Vous êtes inscrit.", "cancel": "Annuler mon inscription"},
}


@pytest.fixture(scope="module")
def workshop(demo_site, django_db_blocker):
    """A public workshop with one place and a question, committed beside the demo site."""
    from cen_portal.taxonomy import KeyPrinciple
    from networkevents.models import EventIndexPage, EventPage

    with django_db_blocker.unblock():
        day = timezone.localdate() + datetime.timedelta(days=40)
        index = EventIndexPage.objects.get(locale__language_code="en")
        workshop = EventPage(
            title="Results transmission workshop",
            slug="results-transmission-workshop",
            event_kind=EventPage.Kind.WORKSHOP,
            summary="Comparing how results travel from polling stations to tally centres.",
            start_date=day,
            start_time=datetime.time(9, 0),
            end_date=day,
            end_time=datetime.time(16, 0),
            time_zone="Africa/Accra",
            place="Accra",
            registration_open=True,
            capacity=1,
            registration_question="Do you need a visa letter?",
        )
        workshop.principles = list(KeyPrinciple.objects.all()[:1])
        index.add_child(instance=workshop)
        workshop.save_revision().publish()
        return workshop


def assert_accessible(page):
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_member_registers_and_cancels_in_one_step_each(member_page, demo_site, workshop, language):
    words = WORDS[language]
    member_page.goto(f"{demo_site.url}/{language}/events/{workshop.slug}/")
    assert_accessible(member_page)
    member_page.get_by_label("Do you need a visa letter?").fill("Yes, please.")
    follow(member_page, member_page.get_by_role("button", name=words["register"]))
    assert words["registered"] in member_page.get_by_role("status").first.inner_text()
    assert_accessible(member_page)
    follow(member_page, member_page.get_by_role("button", name=words["cancel"]))
    assert member_page.get_by_role("button", name=words["register"]).is_visible()
    assert_accessible(member_page)


def test_the_list_of_events_filters_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_site.url}/en/events/")
    page.locator("summary", has_text="Kind of event").click()
    page.get_by_label("Working-group meeting").check()
    follow(page, page.get_by_role("button", name="Apply filters"))
    assert "kind=working-group-meeting" in page.url
    assert page.get_by_role("link", name="Working Group on New Media: meeting in Suva").is_visible()
    assert page.get_by_role("link", name="Results transmission workshop").count() == 0
    context.close()
