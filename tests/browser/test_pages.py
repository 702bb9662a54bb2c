"""Every page type in Chromium: no axe-core violations, one h1, readable without JavaScript, light."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from cen_portal.i18n import with_language
from demo import case_studies, instruments, taxonomy, translations, working_groups
from demo import events as demo_events
from tests.browser.conftest import follow

PAGES = {
    "home": "/",
    "case study listing": "/en/case-studies/",
    "filtered listing": "/en/case-studies/?principle=responsive&region=africa",
    "case study": "/en/case-studies/{case_study}/",
    "working groups": "/en/working-groups/",
    "working group": "/en/working-groups/new-media/",
    "working-group outputs": "/en/working-groups/outputs/",
    "report": "/en/working-groups/{group}/{report}/",
    "instruments": "/en/instruments/",
    "instrument": "/en/instruments/{instrument}/",
    "provision": "/en/instruments/{instrument}/{provision}/",
    "principles": "/en/principles/",
    "principle": "/en/principles/responsive/",
    "practice areas": "/en/practice-areas/",
    "practice area": "/en/practice-areas/{area}/",
    "countries": "/en/countries/",
    "country": "/en/countries/fj/",
    "search": "/en/search/?q=hacked+social+media+account",
    "search with filters": "/en/search/?q=youth&principle=engaged&page=abc",
    "compare practice": "/en/practice-data/",
    "practice data for a region": "/en/practice-data/?region=pacific",
    "events": "/en/events/",
    "filtered events": "/en/events/?kind=working-group-meeting&region=pacific&kind=picnic",
    "event": "/en/events/new-media-suva-2015/",
    "event in the reader's time zone": "/en/events/new-media-suva-2015/?tz=Europe/London",
    "guidance": "/en/guidance/",
    "reading path": "/en/guidance/securing-official-accounts/",
    "sign in": "/en/accounts/login/",
    "request membership": "/en/members/join/",
    "not found": "/no-such-page/",
}
MEMBER_PAGES = {
    "member home": "/en/members/",
    "directory": "/en/members/directory/?country=FJ",
    "profile": "/en/members/profile/",
    "forums": "/en/forums/",
    "forum category": "/en/forums/social-media/",
    "forum thread": "/en/forums/social-media/{thread}/",
    "new thread": "/en/forums/social-media/new/",
    "code of conduct": "/en/forums/code-of-conduct/",
    "notifications": "/en/forums/notifications/",
    "private space": "/en/forums/wg-new-media/",
    "share your practice": "/en/share-your-practice/",
    "member search": "/en/search/?q=hijacked",
    "members' event, registered": "/en/events/biennial-conference/",
    "my events": "/en/my-events/",
}
# What any page may weigh, HTML, CSS and JS together: about 2 s on Chromium's "Slow 3G" (400 ms,
# 50 KB/s), where EMB staff in rural areas read (bench/ measures times; tests weigh).
WEIGHT_LIMIT = 100_000


@pytest.fixture(scope="module")
def paths(demo_site):
    """Absolute URLs of one page of each type, taken from the demo content's own data."""
    report = working_groups.REPORTS[0]
    instrument = instruments.INSTRUMENTS[0]
    slugs = {
        "case_study": case_studies.CASE_STUDIES[0]["slug"],
        "group": report["working_group"],
        "report": report["slug"],
        "instrument": instrument["slug"],
        "provision": instrument["provisions"][0]["slug"],
        "area": taxonomy.PRACTICE_AREAS[0]["slug"],
    }
    return {name: demo_site.url + path.format(**slugs) for name, path in PAGES.items()}


def check_page(page, url, expected_status=200):
    response = page.goto(url)
    assert response.status == expected_status
    assert page.locator("h1").count() == 1
    assert page.locator("main#main").count() == 1
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_member_page_is_accessible(member_page, demo_site, name):
    from forums.models import Thread

    thread = Thread.objects.filter(category__slug="social-media").first()
    check_page(member_page, demo_site.url + MEMBER_PAGES[name].format(thread=thread.pk if thread else 0))


def test_a_form_with_errors_is_accessible(page, paths):
    page.goto(paths["request membership"])
    follow(page, page.get_by_role("button", name="Send request"))
    assert page.get_by_role("alert").is_visible()
    assert "Please correct the following" in page.get_by_role("alert").inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def weigh(page, url):
    """Load `url` and return the bytes of HTML, CSS and JS the browser fetched."""
    sizes = []

    def record(response):
        if response.request.resource_type in {"document", "stylesheet", "script"}:
            sizes.append(len(response.body()))

    page.on("response", record)
    response = page.goto(url)
    page.wait_for_load_state("networkidle")
    page.remove_listener("response", record)
    return response, sum(sizes)


@pytest.mark.parametrize("name", PAGES)
def test_page_is_accessible_and_light(page, paths, name):
    response, weight = weigh(page, paths[name])

    assert response.status == (404 if name == "not found" else 200)
    assert page.locator("h1").count() == 1
    assert page.locator("main#main").count() == 1
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()
    assert weight <= WEIGHT_LIMIT, f"{name} weighs {weight} bytes"


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, paths):
    page.goto(paths["home"])
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_filtering_the_listing_works_without_javascript(browser, paths):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(paths["case study listing"])
    total = int(page.locator(".result-count").inner_text().split()[0])

    page.locator("summary", has_text="Key principle").click()
    page.get_by_label("Responsive").check()
    follow(page, page.get_by_role("button", name="Apply filters"))

    assert "principle=responsive" in page.url
    filtered = int(page.locator(".result-count").inner_text().split()[0])
    assert 0 < filtered < total
    assert page.get_by_role("link", name="Key principle: Responsive").is_visible()

    follow(page, page.get_by_role("link", name="Key principle: Responsive"))
    assert int(page.locator(".result-count").inner_text().split()[0]) == total
    context.close()


def test_bad_filters_show_a_clear_message_in_the_browser(page, paths):
    page.goto(paths["case study listing"] + "?principle=%3Cscript%3Ealert(1)%3C/script%3E&page=99")
    alert = page.get_by_role("alert")
    assert "Some of your filters could not be used" in alert.inner_text()
    assert "“<script>alert(1)</script>” is not a known key principle" in alert.inner_text()
    assert page.locator("script", has_text="alert(1)").count() == 0


def test_practice_data_pages_are_accessible(page, demo_site):
    from cen_portal.taxonomy import ElectionManagementBody

    emb = ElectionManagementBody.objects.get(name="Fijian Elections Office")
    for path in [
        "/en/practice-data/?region=pacific",
        "/en/practice-data/?where=mfa-official-accounts&equals=yes&indicator=mfa-official-accounts",
        f"/en/practice-data/emb/{emb.pk}/",
        f"/en/practice-data/emb/{emb.pk}/written-new-media-strategy/history/",
        f"/en/practice-data/emb/{emb.pk}/written-new-media-strategy/correct/",
        "/en/privacy/",
    ]:
        check_page(page, demo_site.url + path)


def test_a_correction_form_with_errors_is_accessible(page, demo_site):
    from cen_portal.taxonomy import ElectionManagementBody

    emb = ElectionManagementBody.objects.get(name="Fijian Elections Office")
    page.goto(f"{demo_site.url}/practice-data/emb/{emb.pk}/written-new-media-strategy/correct/")
    follow(page, page.get_by_role("button", name="Send the suggestion"))
    assert "Please correct the following" in page.get_by_role("alert").inner_text()
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


def test_the_comparison_works_without_javascript(browser, demo_site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(demo_site.url + "/en/practice-data/")
    page.get_by_label("Or a region").select_option(label="Pacific")
    follow(page, page.get_by_role("button", name="Compare"))
    assert "region=pacific" in page.url
    assert page.get_by_role("link", name="Fijian Elections Office").is_visible()
    assert page.get_by_role("link", name="Election Commission of India").count() == 0

    # Choosing bodies: open a region, tick; the filter box needs the script, so it stays hidden.
    page.goto(demo_site.url + "/en/practice-data/")
    assert page.get_by_label("Filter the list").is_hidden()
    page.locator("summary", has_text="Asia").click()
    page.get_by_label("India: Election Commission of India").check()
    follow(page, page.get_by_role("button", name="Compare"))
    assert page.get_by_role("link", name="Election Commission of India").is_visible()
    assert page.get_by_role("link", name="Fijian Elections Office").count() == 0
    context.close()


def test_choosing_several_on_a_phone_with_the_filter_and_the_keyboard(browser, demo_site):
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(demo_site.url + "/en/practice-data/")
    filter_box = page.get_by_label("Filter the list")
    filter_box.fill("fiji")
    assert page.get_by_text("Shown: 1").is_visible()
    fiji = page.get_by_label("Fiji: Fijian Elections Office")
    assert fiji.is_visible()  # its region opened by itself
    assert page.get_by_label("Australia: Australian Electoral Commission").is_hidden()
    filter_box.press("Enter")  # narrows the list; it does not send the form
    assert "emb=" not in page.url
    # From the filter, Tab passes the only region left (Pacific), then reaches Fiji.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent").startswith("Pacific")
    page.keyboard.press("Tab")
    assert fiji.evaluate("element => element === document.activeElement")
    page.keyboard.press("Space")
    assert fiji.is_checked()
    assert page.locator("summary", has_text="Pacific").inner_text().endswith("(1 chosen)")
    filter_box.fill("new zealand")
    page.get_by_label("New Zealand: Electoral Commission (New Zealand)").check()
    filter_box.fill("")
    assert page.locator("summary", has_text="Pacific").inner_text().endswith("(2 chosen)")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    follow(page, page.get_by_role("button", name="Compare"))
    assert page.get_by_role("link", name="Fijian Elections Office").is_visible()
    assert page.get_by_role("link", name="Electoral Commission (New Zealand)").is_visible()
    assert page.get_by_role("link", name="Election Commission of India").count() == 0
    # The page comes back with both ticked and their region open.
    assert page.get_by_label("Fiji: Fijian Elections Office").is_checked()
    assert page.get_by_label("New Zealand: Electoral Commission (New Zealand)").is_visible()
    context.close()


def in_french(url):
    """The same page under /fr/: its French translation, or the page as written with a notice."""
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}{with_language('/' + path, 'fr')}"


def check_french_page(page, url, expected_status=200):
    response = page.goto(url)
    assert response.status == expected_status
    assert page.locator("html").get_attribute("lang") == "fr"
    # The navigation is French whatever language the content is written in.
    assert page.locator(".skip-link").inner_text() == "Aller au contenu principal"
    assert page.locator(".site-search button").inner_text() == "Rechercher"
    assert page.locator("h1").count() == 1
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", PAGES)
def test_page_in_french_is_accessible(page, paths, name):
    check_french_page(page, in_french(paths[name]), 404 if name == "not found" else 200)


# Pages whose content the demo has in French: translations, and a case study written in French.
TRANSLATED_PAGES = {
    "translated case study": f"/fr/case-studies/{next(iter(translations.CASE_STUDIES))}/",
    "translated report": next(
        f"/fr/working-groups/{report['working_group']}/{report['slug']}/"
        for report in working_groups.REPORTS
        if report["slug"] in translations.REPORTS
    ),
    "translated provision": f"/fr/instruments/{translations.INSTRUMENT_SLUG}/{translations.PROVISION_SLUG}/",
    "French original": f"/fr/case-studies/{translations.FRENCH_ORIGINALS[0]['slug']}/",
    "French original in English": f"/en/case-studies/{translations.FRENCH_ORIGINALS[0]['slug']}/",
    "French event": f"/fr/events/{demo_events.FRENCH_EVENTS[0]['slug']}/",
}


@pytest.mark.parametrize("name", TRANSLATED_PAGES)
def test_translated_page_is_accessible_with_its_own_language(page, demo_site, name):
    response = page.goto(demo_site.url + TRANSLATED_PAGES[name])
    assert response.status == 200
    language = TRANSLATED_PAGES[name][1:3]
    assert page.locator("html").get_attribute("lang") == language
    # Written in the reader's language: no notice, no lang of its own on the content.
    assert page.locator(".language-notice").count() == 0
    assert page.locator("main#main").get_attribute("lang") is None
    results = Axe().run(page)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("name", MEMBER_PAGES)
def test_member_page_in_french_is_accessible(member_page, demo_site, name):
    from forums.models import Thread

    thread = Thread.objects.filter(category__slug="social-media").first()
    path = MEMBER_PAGES[name].format(thread=thread.pk if thread else 0).replace("/en/", "/fr/", 1)
    check_french_page(member_page, demo_site.url + path)


def test_switching_language_keeps_the_reader_on_the_same_item(page, demo_site):
    slug = next(iter(translations.CASE_STUDIES))
    page.goto(f"{demo_site.url}/en/case-studies/{slug}/")
    english_title = page.locator("h1").inner_text()
    follow(page, page.get_by_role("navigation", name="Language").get_by_role("link", name="Français"))
    assert page.url == f"{demo_site.url}/fr/case-studies/{slug}/"
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("h1").inner_text() == translations.CASE_STUDIES[slug]["title"] != english_title
    # The choice is remembered: the bare address now opens the French site.
    page.goto(f"{demo_site.url}/")
    assert page.url == f"{demo_site.url}/fr/"
    follow(page, page.get_by_role("navigation", name="Langue").get_by_role("link", name="English"))
    assert page.url == f"{demo_site.url}/en/"
