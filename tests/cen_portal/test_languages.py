"""English and French addresses: prefixes, the switcher, hreflang, untranslated pages and
the privacy of translations."""

import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit
from xml.etree import ElementTree

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, PageViewRestriction

from cen_portal.models import HomeFeaturedItem
from tests.factories import (
    CaseStudyPageFactory,
    InstrumentPageFactory,
    ProvisionPageFactory,
    ReportPageFactory,
    WorkingGroupPageFactory,
    member,
)

pytestmark = pytest.mark.django_db

SWITCHER = re.compile(r'<nav class="language-switcher".*?</nav>', re.DOTALL)


def french(page, title, **fields):
    """The page's French translation, published, as wagtail-localize's copy makes it."""
    translation = page.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    translation.title = title
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def study(sections):
    return CaseStudyPageFactory(parent=sections["case_studies"], title="Voter list audit", slug="voter-list-audit")


def switcher_targets(content):
    """Where each language of the switcher leads: {language: next URL}, from a member's buttons
    or the links readers who are not signed in follow."""
    switcher = SWITCHER.search(content).group(0)
    buttons = re.findall(r'name="language" value="(\w+)">\s*<input type="hidden" name="next" value="([^"]+)"', switcher)
    links = [
        (query["language"][0], query["next"][0])
        for href in re.findall(r'href="(/language/\?[^"]+)"', switcher)
        for query in [parse_qs(urlsplit(html.unescape(href)).query)]
    ]
    return dict(buttons + links)


def test_unprefixed_addresses_redirect_to_the_readers_language(client, study):
    assert client.get("/case-studies/voter-list-audit/")["Location"] == "/en/case-studies/voter-list-audit/"
    assert client.get("/search/?q=audit")["Location"] == "/en/search/?q=audit"
    french_browser = Client(HTTP_ACCEPT_LANGUAGE="fr-CA,fr;q=0.9")
    assert french_browser.get("/")["Location"] == "/fr/"


@pytest.mark.parametrize("method", ["post", "get"])  # a member's button, a reader's link
def test_the_choice_of_language_is_remembered(client, study, method):
    switch = getattr(client, method)
    response = switch("/language/", {"language": "fr", "next": "/fr/case-studies/voter-list-audit/"})
    assert response["Location"] == "/fr/case-studies/voter-list-audit/"
    # An old link, or the bare address, now leads to French.
    assert client.get("/case-studies/voter-list-audit/")["Location"] == "/fr/case-studies/voter-list-audit/"


def test_a_translated_page_switches_to_its_translation_with_hreflang_alternates(client, study):
    traduction = french(study, "Audit des listes électorales", slug="audit-des-listes")
    english = client.get(study.url).content.decode()
    assert '<html lang="en">' in english
    assert switcher_targets(english) == {"fr": traduction.url}
    assert f'hreflang="fr" href="http://testserver{traduction.url}"' in english

    content = client.get(traduction.url).content.decode()
    assert '<html lang="fr">' in content
    assert "Audit des listes électorales" in content
    assert switcher_targets(content) == {"en": study.url}
    assert f'hreflang="en" href="http://testserver{study.url}"' in content
    assert "pas encore traduite" not in content


def test_an_untranslated_page_in_french_shows_the_english_page_with_a_notice(client, study, sections):
    french(sections["case_studies"], "Études de cas")  # the section is translated, the study is not
    english = client.get(study.url).content.decode()
    assert switcher_targets(english) == {"fr": "/fr/case-studies/voter-list-audit/"}
    assert "pas encore traduite" in english  # the French button says so, in French
    assert 'hreflang="fr"' not in english  # no alternate that is not one

    response = client.get("/fr/case-studies/voter-list-audit/")
    assert response.status_code == 200
    content = response.content.decode()
    assert '<html lang="fr">' in content
    assert '<main id="main" tabindex="-1" lang="en">' in content
    assert "Cette page n’a pas encore été traduite" in content
    assert "Voter list audit" in content
    # Links on it keep the reader in French: the section's French translation, the home.
    breadcrumbs = re.search(r'class="breadcrumbs.*?</nav>', content, re.S).group(0)
    assert 'href="/fr/case-studies/"' in breadcrumbs and "/en/" not in breadcrumbs


def test_a_french_original_has_an_english_address_too(client, sections):
    fr_section = french(sections["case_studies"], "Études de cas")
    original = CaseStudyPageFactory(
        parent=fr_section, title="Les débats radiodiffusés", slug="debats-radiodiffuses", locale=fr_section.locale
    )
    assert original.url == "/fr/case-studies/debats-radiodiffuses/"
    response = client.get("/en/case-studies/debats-radiodiffuses/")
    assert response.status_code == 200
    assert '<main id="main" tabindex="-1" lang="fr">' in response.content.decode()


def test_the_menu_shows_each_section_once_in_the_readers_language(client, sections):
    for section in sections.values():
        section.show_in_menus = True
        section.save()
    french(sections["case_studies"], "Études de cas")
    menu = re.search(r'<nav class="site-nav".*?</nav>', client.get("/fr/").content.decode(), re.S).group(0)
    assert menu.count("Études de cas") == 1 and "Case studies" not in menu
    assert 'href="/fr/principles/"' in menu  # untranslated, but reached in French
    assert 'href="/en/' not in menu


def test_a_restriction_set_on_a_page_restricts_its_translations(client, study):
    traduction = french(study, "Audit des listes électorales")
    assert client.get(traduction.url).status_code == 200

    restriction = PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(traduction.url)["Location"].startswith("/fr/accounts/login/")
    assert client.get("/fr/search/?q=Audit").status_code == 200
    signed_in = Client()
    signed_in.force_login(member())
    assert signed_in.get(traduction.url).status_code == 200

    # A change of restriction follows too (here to a password), and only once.
    restriction.restriction_type = PageViewRestriction.PASSWORD
    restriction.password = "a-page-password"
    restriction.save()
    assert traduction.view_restrictions.get(restriction_type=PageViewRestriction.PASSWORD).password == "a-page-password"
    assert study.view_restrictions.count() == 1


def test_a_translation_made_of_a_restricted_page_stays_restricted(client, study):
    PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    traduction = french(study, "Audit des listes électorales")
    assert client.get(traduction.url).status_code == 302
    assert client.get("/fr/case-studies/voter-list-audit/").status_code == 302


# (what comes first, which page is restricted to the group)
ORDERS = [
    ("restriction", "report"),
    ("translation", "report"),
    ("restriction", "group page"),
    ("translation", "group page"),
]


def member_of(group):
    user = member()
    user.groups.add(group)
    return user


def restrict_to(page, group):
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([group])


@pytest.mark.parametrize("section_for_members", [True, False], ids=["members' section", "open section"])
@pytest.mark.parametrize("first, restricted", ORDERS)
def test_a_group_restriction_and_a_translation_in_any_order_keep_the_report_to_the_group(
    sections, first, restricted, section_for_members
):
    """One group's report stays that group's in French too, whichever came first, the
    translation or the restriction, and whether the section is for members (then Wagtail does
    not copy the report's restriction) or open (then it does, while the report keeps its group)."""
    vote_counting, voter_education = Group.objects.create(name="Vote counting"), Group.objects.create(name="Voters")
    section = sections["working_groups"]
    if section_for_members:
        PageViewRestriction.objects.create(page=section, restriction_type=PageViewRestriction.LOGIN)
    french(section, "Groupes de travail")
    group_page = WorkingGroupPageFactory(parent=section, title="Vote counting")
    report = ReportPageFactory(parent=group_page, title="Tabulation audit")
    restricted_page = report if restricted == "report" else group_page
    if first == "restriction":
        restrict_to(restricted_page, vote_counting)
        traduction = french(report, "Audit de la totalisation")
    else:
        traduction = french(report, "Audit de la totalisation")
        restrict_to(restricted_page, vote_counting)

    outsider, insider = Client(), Client()
    outsider.force_login(member_of(voter_education))
    insider.force_login(member_of(vote_counting))
    for address in (report.url, traduction.url):
        assert outsider.get(address).status_code != 200, address
        assert insider.get(address).status_code == 200, address


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_any_address_under_either_language_answers_without_an_error(client, study, path):
    for language in ("en", "fr"):
        response = client.get(f"/{language}/{path}")
        assert response.status_code in (200, 301, 302, 400, 404)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(language=st.text(max_size=12), next_url=st.text(max_size=60))
def test_the_switcher_never_fails_whatever_it_is_sent(client, study, language, next_url):
    for switch in (client.post, client.get):
        response = switch("/language/", {"language": language, "next": next_url})
        assert response.status_code in (200, 204, 302)
        if response.status_code == 302:
            assert urlsplit(response["Location"]).netloc in ("", "testserver")  # never another site


def test_a_page_not_found_offers_each_languages_home_rather_than_echo_the_address(client, home):
    response = client.get("/fr/case-studies/quill-zephyr-mistyped/")
    assert response.status_code == 404
    content = response.content.decode()
    assert switcher_targets(content) == {"en": "/en/"}
    assert "quill-zephyr" not in content


def test_the_sitemap_lists_public_pages_in_both_languages_and_no_restricted_translation(client, study, sections):
    traduction = french(study, "Audit des listes électorales", slug="audit-des-listes")
    private = CaseStudyPageFactory(parent=sections["case_studies"], title="Rota", slug="staff-rota")
    private_traduction = french(private, "Tableau", slug="tableau-du-personnel")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    content = client.get("/sitemap.xml").content.decode()
    # (The site's hostname is the demo's, localhost.)
    assert f"http://localhost{study.url}" in content
    assert f"http://localhost{traduction.url}" in content
    assert private_traduction.slug not in content and private.slug not in content


def test_robots_keep_crawlers_out_of_the_accounts_pages_in_both_languages(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    assert {"Disallow: /en/accounts/", "Disallow: /fr/accounts/"} <= set(lines)


def test_the_french_feed_lists_each_item_once_in_french_where_translated(client, study, sections):
    CaseStudyPageFactory(parent=sections["case_studies"], title="Ballot design", slug="ballot-design")
    french(study, "Audit des listes électorales", slug="audit-des-listes")
    channel = ElementTree.fromstring(client.get("/fr/feeds/latest.rss").content).find("channel")
    links = {item.findtext("title"): item.findtext("link") for item in channel.findall("item")}
    assert links == {
        "Audit des listes électorales": "http://testserver/fr/case-studies/audit-des-listes/",
        "Ballot design": "http://testserver/fr/case-studies/ballot-design/",  # as written, read in French
    }


def test_a_featured_item_is_shown_to_french_readers_in_french(client, home, study):
    HomeFeaturedItem.objects.create(home=home, page=study, note="Worth reading", sort_order=0)
    traduction = french(study, "Audit des listes électorales", slug="audit-des-listes")
    featured = re.search(r'<section class="featured".*?</section>', client.get("/fr/").content.decode(), re.S).group(0)
    assert f'<a href="{traduction.url}">Audit des listes électorales</a>' in featured
    # A translation restricted on its own is not featured to those who may not open it.
    PageViewRestriction.objects.create(page=traduction, restriction_type=PageViewRestriction.LOGIN)
    assert "Audit des listes" not in client.get("/fr/").content.decode()


def test_a_provision_is_punctuated_in_its_own_language(sections):
    instrument = InstrumentPageFactory(parent=sections["instruments"])
    provision = ProvisionPageFactory(parent=instrument, reference="Article 5", title="Media access")
    traduction = french(provision, "Accès aux médias")
    assert str(provision) == "Article 5: Media access"
    assert str(traduction) == "Article 5\u00a0: Accès aux médias"


def test_a_french_reader_of_an_english_only_item_walks_back_through_french_sections(client, study):
    french(study.get_parent(), "Études de cas", slug="etudes-de-cas")
    content = client.get("/fr/case-studies/voter-list-audit/").content.decode()
    breadcrumbs = re.search(r'<nav class="breadcrumbs.*?</nav>', content, re.S).group(0)
    assert '<a href="/fr/">Accueil</a>' in breadcrumbs
    assert '<a href="/fr/etudes-de-cas/">Études de cas</a>' in breadcrumbs
    assert "Case studies" not in breadcrumbs
    # The notice names the language as a French sentence does.
    assert "telle qu’elle a été écrite, en anglais." in content


def test_an_english_reader_of_a_french_only_item_is_told_so_in_english(client, sections):
    original = CaseStudyPageFactory(parent=french(sections["case_studies"], "Études de cas", slug="etudes-de-cas"))
    content = client.get(original.url.replace("/fr/", "/en/", 1)).content.decode()
    assert "This page has not been translated yet: here it is as written, in French." in content


def test_an_english_only_item_in_a_french_listing_carries_its_language(client, study):
    french(study.get_parent(), "Études de cas", slug="etudes-de-cas")
    traduite = CaseStudyPageFactory(parent=study.get_parent(), title="Second study", slug="second-study")
    french(traduite, "Seconde étude", slug="seconde-etude")
    listing = client.get("/fr/etudes-de-cas/").content.decode()
    assert re.search(r'<h2 class="card__title" lang="en"><a href="[^"]+">Voter list audit</a>', listing)
    assert re.search(r'<h2 class="card__title"><a href="[^"]+">Seconde étude</a>', listing)
    # The interface around it stays French.
    assert '<p class="card__kind">Étude de cas</p>' in listing


def test_every_date_names_its_month_in_full():
    """Three-letter months are ambiguous in French ("jui" is juin and juillet): every date filter
    in every template writes the month in full."""
    templates = Path(__file__).resolve().parents[2] / "templates"
    formats = {
        (str(path.relative_to(templates)), match)
        for path in templates.rglob("*.*")
        for match in re.findall(r"""\|date:["']([^"']+)["']""", path.read_text())
    }
    assert formats, "no dated template found: the check reads nothing"
    assert not [(name, fmt) for name, fmt in formats if set(fmt) & {"M", "b", "N"}]
