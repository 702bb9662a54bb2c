"""Ask the network in Chromium: the ask form (also with errors and without JavaScript), a
question page for an invited expert, and the Secretariat's dashboard, each checked by axe."""

from axe_playwright_python.sync_playwright import Axe
from django.conf import settings

from tests.browser.conftest import follow


def page_with_session(browser, demo_site, session, javascript=True):
    context = browser.new_context(java_script_enabled=javascript)
    context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": demo_site.url}])
    return context, context.new_page()


def assert_accessible(page):
    assert page.locator("h1").count() == 1
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def demo_question(stage):
    from questions.models import Question

    return Question.objects.get(illustrative=True, stage=stage)


def fill_with_a_missing_field(page):
    page.get_by_label("Your question").fill("Has any EMB verified its official accounts before polling day?")
    page.get_by_label("Security of information").check()
    follow(page, page.get_by_role("button", name="Send my question"))


def test_the_ask_form_works_without_javascript_and_keeps_every_field(browser, demo_site):
    context, page = page_with_session(browser, demo_site, demo_site.member_session, javascript=False)
    page.goto(demo_site.url + "/en/ask/")
    fill_with_a_missing_field(page)
    assert "Please correct the following" in page.get_by_role("alert").inner_text()
    question = page.get_by_label("Your question").input_value()
    assert question == "Has any EMB verified its official accounts before polling day?"
    assert page.get_by_label("Security of information").is_checked()
    # The matching knowledge is shown before anything is sent.
    assert page.get_by_role("heading", name="Already in the knowledge base").is_visible()
    context.close()


def test_the_ask_form_is_accessible_also_with_errors(browser, demo_site):
    context, page = page_with_session(browser, demo_site, demo_site.member_session)
    page.goto(demo_site.url + "/en/ask/")
    assert page.locator("main#main").count() == 1
    assert_accessible(page)
    fill_with_a_missing_field(page)
    assert page.get_by_role("alert").is_visible()
    assert_accessible(page)
    context.close()


def test_a_question_page_for_an_invited_expert_is_accessible(browser, demo_site):
    question = demo_question("routed")  # the Fiji demo member is one of its invited experts
    context, page = page_with_session(browser, demo_site, demo_site.member_session)
    response = page.goto(demo_site.url + question.get_absolute_url())
    assert response.status == 200
    assert page.get_by_role("heading", name="Your answer").is_visible()
    assert page.get_by_role("link", name="Illustrative incident log template").is_visible()
    assert_accessible(page)
    context.close()


def test_a_closed_question_links_to_its_guidance_note(browser, demo_site):
    question = demo_question("closed")
    context, page = page_with_session(browser, demo_site, demo_site.member_session)
    page.goto(demo_site.url + question.get_absolute_url())
    assert page.get_by_role("heading", name="Consolidated reply").is_visible()
    follow(page, page.get_by_role("link", name=question.title).last)
    assert page.get_by_role("heading", level=1).inner_text() == question.title
    assert_accessible(page)
    context.close()


def test_the_secretariats_dashboard_is_accessible(browser, demo_site, secretariat_session):
    context, page = page_with_session(browser, demo_site, secretariat_session)
    response = page.goto(demo_site.url + "/admin/questions/dashboard/")
    assert response.status == 200
    assert page.get_by_role("heading", name="Open questions").is_visible()
    assert page.get_by_role("link", name=demo_question("asked").title).is_visible()
    assert_accessible(page)
    context.close()
