"""The interface outside the page tree in French: allauth's pages, the admin for an editor who
prefers French, feeds, error pages and form markers; English stays English beside it."""

import xml.etree.ElementTree as ET

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.users.models import UserProfile

from tests.factories import CaseStudyPageFactory, secretariat_user

pytestmark = pytest.mark.django_db


def test_the_sign_in_page_is_french_under_fr_with_allauths_own_french(client):
    page = client.get("/fr/accounts/login/").content.decode()
    assert '<html lang="fr"' in page
    assert "Se connecter" in page  # our template
    assert "Mot de passe" in page and "Se souvenir de moi" in page  # allauth's form, from its catalogue
    assert "(obligatoire)" in page
    assert 'action="/fr/accounts/login/"' in page
    english = client.get("/en/accounts/login/").content.decode()
    assert "Remember Me" in english and "(required)" in english


def test_allauths_other_pages_are_french_too(client):
    page = client.get("/fr/accounts/password/reset/").content.decode()
    assert "Réinitialisation du mot de passe" in page or "Mot de passe oublié" in page


def editor(language):
    user = secretariat_user()
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user


def test_the_admin_speaks_each_editors_preferred_language(client):
    client.force_login(editor("fr"))
    page = client.get("/admin/").content.decode()
    assert '<html lang="fr"' in page and "Tableau de bord" in page
    client.force_login(editor("en"))
    page = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert '<html lang="en"' in page and "Dashboard" in page


def test_the_french_feed_is_titled_in_french_and_links_to_the_french_site(client, sections):
    CaseStudyPageFactory(parent=sections["case_studies"], title="Public study")
    french = ET.fromstring(client.get("/fr/feeds/latest.rss").content).find("channel")
    assert french.findtext("title") == "Portail de connaissances du REC\u00a0: nouveautés"
    assert french.findtext("link") == "http://testserver/fr/"
    with translation.override("fr"):
        assert french.findtext("description") == translation.gettext(
            "New case studies, working-group outputs and guidance published on the portal."
        )
    assert (
        french.findtext("description")
        != "New case studies, working-group outputs and guidance published on the portal."
    )
    english = ET.fromstring(client.get("/en/feeds/latest.rss").content).find("channel")
    assert english.findtext("title") == "CEN Knowledge Portal: new items"
    assert english.findtext("link") == "http://testserver/en/"
    atom = client.get("/fr/feeds/latest.atom").content.decode()
    assert "Portail de connaissances du REC" in atom


def test_a_missing_page_under_fr_says_so_in_french_and_leads_home_in_french(client, home):
    response = client.get("/fr/no-such-page/")
    assert response.status_code == 404
    page = response.content.decode()
    assert "Page introuvable" in page and 'href="/fr/"' in page


@override_settings(DEBUG_PROPAGATE_EXCEPTIONS=False)
def test_the_server_error_page_speaks_the_readers_language():
    from django.template.loader import render_to_string

    with translation.override("fr"):
        page = render_to_string("500.html")
    assert '<html lang="fr">' in page and "Une erreur s’est produite" in page and 'href="/fr/"' in page


def test_a_members_only_page_refuses_in_french(client):
    from tests.factories import UserFactory

    client.force_login(UserFactory())  # signed in, never admitted
    response = client.get("/fr/members/directory/")
    assert response.status_code == 403
    assert "Cette partie du portail est réservée aux membres du Réseau." in response.content.decode()


def test_the_french_feed_lists_each_item_once_translated_where_it_can(client, sections):
    from wagtail.models import Locale

    translated = CaseStudyPageFactory(parent=sections["case_studies"], title="Public study")
    CaseStudyPageFactory(parent=sections["case_studies"], title="Study only in English")
    french = translated.copy_for_translation(Locale.objects.get(language_code="fr"), copy_parents=True)
    french.title = "Étude publique"
    french.save_revision().publish()

    def titles(path):
        channel = ET.fromstring(client.get(path).content).find("channel")
        return sorted(item.findtext("title") for item in channel.findall("item"))

    assert titles("/fr/feeds/latest.rss") == ["Study only in English", "Étude publique"]
    assert titles("/en/feeds/latest.rss") == ["Public study", "Study only in English"]


def test_too_many_attempts_are_explained_in_the_readers_language(rf, home):
    from allauth.core.internal.ratelimit import handler429
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/fr/accounts/password/reset/")
    request.user = AnonymousUser()
    with translation.override("fr"):
        response = handler429(request)
    page = response.content.decode()
    assert response.status_code == 429
    assert "Trop de tentatives" in page and 'href="/fr/"' in page


def test_the_search_report_counts_in_french_with_french_plurals(client):
    from tests.insights.test_report import log

    for _ in range(3):
        log("inscription des électeurs", 0)
    log("kiosques", 4)
    client.force_login(editor("fr"))
    page = client.get("/admin/search-insights/").content.decode()
    assert "4 recherches sur cette période." in page
    assert "3 n’ont rien trouvé." in page
    assert "0 a été traitée par la recherche de base" in page
    assert "30 derniers jours" in page
