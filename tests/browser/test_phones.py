"""Every page type fits a phone in both languages: nothing scrolls sideways at 390 px (a common
phone) or 320 px (the narrowest still sold, and WCAG 1.4.10's reflow width). French runs
longer than English, so a page that fits in one language can overflow in the other."""

import pytest
from django.conf import settings

from .test_pages import MEMBER_PAGES, PAGES, in_french, paths  # noqa: F401  (one page of each type, a fixture)

WIDTHS = (390, 320)
MORE_PAGES = {
    "compare practice": "/en/practice-data/?emb={emb}&indicator=mfa-official-accounts",
    "EMB profile": "/en/practice-data/emb/{emb}/",
}
MORE_MEMBER_PAGES = {
    "ask the network": "/en/ask/",
    "questions": "/en/questions/",
}


def addresses(demo_site, public_pages):
    """{name: (address, signed in)} of one page of each type."""
    from cen_portal.taxonomy import ElectionManagementBody
    from forums.models import Thread

    emb = ElectionManagementBody.objects.get(name="Fijian Elections Office").pk
    thread = Thread.objects.filter(category__slug="social-media").first().pk
    found = {name: (address, False) for name, address in public_pages.items()}
    found.update({name: (demo_site.url + path.format(emb=emb), False) for name, path in MORE_PAGES.items()})
    for name, path in {**MEMBER_PAGES, **MORE_MEMBER_PAGES}.items():
        found[name] = (demo_site.url + path.format(thread=thread), True)
    return found


WIDEST = """() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll("body *")]
        .filter(element => element.getBoundingClientRect().right > width + 0.5)
        .slice(-3)
        .map(element => `${element.tagName.toLowerCase()}.${element.className} ends at ${Math.round(element.getBoundingClientRect().right)}px`);
}"""


@pytest.mark.parametrize("language", ["en", "fr"])
@pytest.mark.parametrize("name", [*PAGES, *MORE_PAGES, *MEMBER_PAGES, *MORE_MEMBER_PAGES])
def test_the_page_fits_a_phone_without_scrolling_sideways(browser, demo_site, paths, name, language):  # noqa: F811
    address, signed_in = addresses(demo_site, paths)[name]
    if language == "fr":
        address = in_french(address)
    context = browser.new_context(viewport={"width": WIDTHS[0], "height": 800})
    if signed_in:
        context.add_cookies(
            [{"name": settings.SESSION_COOKIE_NAME, "value": demo_site.member_session, "url": demo_site.url}]
        )
    page = context.new_page()
    response = page.goto(address)
    assert response.status == (404 if name == "not found" else 200)
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{address} is {scroll_width} px wide at {width} px: {page.evaluate(WIDEST)}"
    context.close()
