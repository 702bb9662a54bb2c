"""The Secretariat's import screens in Chromium, each checked by axe: the batches, the demo's
batch waiting for review, and a file's review (also with errors, which keep every choice)."""

from tests.browser.conftest import follow
from tests.browser.test_questions import assert_accessible, page_with_session


def test_the_review_queue_is_accessible_and_keeps_every_choice_after_an_error(browser, demo_site, secretariat_session):
    context, page = page_with_session(browser, demo_site, secretariat_session)
    assert page.goto(demo_site.url + "/admin/catalogue/").status == 200
    assert_accessible(page)
    follow(page, page.get_by_role("link", name="Back catalogue sample (illustrative)"))
    assert page.get_by_role("heading", name="Progress").is_visible()
    assert_accessible(page)
    follow(page, page.get_by_role("link", name="securite-des-comptes-officiels.pdf"))
    assert page.get_by_role("heading", name="What was suggested, and why").is_visible()
    assert page.get_by_label("Cameroon", exact=True).is_checked()
    assert_accessible(page)

    page.get_by_label("Cameroon", exact=True).uncheck()
    page.get_by_label("Title").fill("")
    follow(page, page.get_by_role("button", name="Create draft"))
    assert page.get_by_text("This field is required.").first.is_visible()
    assert not page.get_by_label("Cameroon", exact=True).is_checked()  # the reviewer's choice, kept
    assert_accessible(page)
    context.close()
