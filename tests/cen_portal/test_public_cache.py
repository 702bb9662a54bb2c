"""Public pages kept for readers who are not signed in (cen_portal/public_cache.py): a page read
again comes from the cache, and nothing cached is served once the page, or anything it shows,
has changed: a new version, an unpublished or deleted page, a restriction in any order with a
translation. Signed-in members never get a cached page, and pages that speak to one reader
(a form token, a message) are never stored."""

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.db import connection
from django.db.migrations.recorder import MigrationRecorder
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Locale, PageViewRestriction

from cen_portal import public_cache
from tests.factories import CaseStudyPageFactory, KeyPrincipleFactory, UserFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def study(sections):
    study = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Voter list audit", slug="voter-list-audit", summary="Audited."
    )
    study.save_revision().publish()
    return study


def read(path, client=None):
    """(status, content, database queries) of one anonymous request."""
    client = client or Client()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    return response.status_code, response.content.decode(), len(queries)


def cached(path):
    """Read the page twice as a new reader each time; the second answer must come from the cache."""
    first = read(path)
    again = read(path)
    assert again[2] == 0, f"{path} was rendered again ({again[2]} queries)"
    assert again[:2] == first[:2]
    return first[1]


def test_a_public_page_read_again_comes_from_the_cache(study):
    assert "Voter list audit" in cached(study.url)
    assert "Voter list audit" in cached(study.get_parent().url)


def test_a_page_from_the_shared_database_cache_is_one_query(study, monkeypatch):
    # Production's cache is a table: a page served from it is read in one query, with the
    # version it must have been rendered at.
    monkeypatch.setattr(public_cache, "_cache_table_found", False)
    database_cache = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "page_cache_test"}
    with override_settings(CACHES={"default": database_cache}):
        call_command("createcachetable", verbosity=0)
        first = read(study.url)
        again = read(study.url)
        study.title = "Voter roll audit"
        study.save_revision().publish()
        changed = read(study.url)
    assert again[:2] == first[:2] and again[2] == 1
    assert "Voter roll audit" in changed[1] and changed[2] > 1


def test_a_published_change_is_shown_at_once(study):
    cached(study.url)
    listing = cached(study.get_parent().url)
    assert "Voter list audit" in listing
    study.title = "Voter roll audit"
    study.save_revision().publish()
    assert "Voter roll audit" in read(study.url)[1]
    assert "Voter roll audit" in read(study.get_parent().url)[1]


def test_a_draft_changes_nothing_readers_see_and_keeps_the_cache(study):
    cached(study.url)
    study.title = "A draft title nobody reads yet"
    study.save_revision()
    status, content, queries = read(study.url)
    assert queries == 0 and "A draft title nobody reads yet" not in content


def test_an_unpublished_or_deleted_page_is_not_served_from_the_cache(study, sections):
    other = CaseStudyPageFactory(parent=sections["case_studies"], title="Ballot paper design", slug="ballot-design")
    other.save_revision().publish()
    cached(study.url)
    cached(other.url)
    listing = cached(study.get_parent().url)
    assert "Ballot paper design" in listing
    study.unpublish()
    other.delete()
    assert read(study.url)[0] == 404 and read(other.url)[0] == 404
    listing = read(study.get_parent().url)[1]
    assert "Voter list audit" not in listing and "Ballot paper design" not in listing


@pytest.mark.parametrize("kind", ["members", "group", "password"])
def test_a_page_restricted_after_it_was_cached_is_never_served_from_the_cache(study, kind):
    listing_url = study.get_parent().url
    cached(study.url)
    assert "Voter list audit" in cached(listing_url)
    if kind == "members":
        PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    elif kind == "group":
        restriction = PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([Group.objects.create(name="Working group A")])
    else:
        PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.PASSWORD, password="x")
    status, content, _queries = read(study.url)
    assert status in (200, 302) and "Audited." not in content
    assert "Voter list audit" not in read(listing_url)[1]
    # Nor stored afterwards: the next reader is refused as well.
    status, content, queries = read(study.url)
    assert "Audited." not in content and queries > 0


@pytest.mark.parametrize("order", ["restrict then translate", "translate then restrict"])
def test_a_translation_cached_before_a_restriction_is_not_served_after_it(study, order):
    french = Locale.objects.get(language_code="fr")
    if order == "restrict then translate":
        PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    traduction = study.copy_for_translation(french, copy_parents=True)
    traduction.title, traduction.summary = "Audit des listes électorales", "Audité."
    traduction.save_revision().publish()
    traduction.refresh_from_db()
    if order == "translate then restrict":
        assert "Audité." in cached(traduction.url)
        PageViewRestriction.objects.create(page=study, restriction_type=PageViewRestriction.LOGIN)
    for _ in range(2):
        assert "Audité." not in read(traduction.url)[1]
    signed_in = Client()
    signed_in.force_login(member())
    assert "Audité." in signed_in.get(traduction.url).content.decode()


def test_a_term_renamed_is_shown_at_once_on_the_pages_tagged_with_it(study):
    principle = KeyPrincipleFactory(name="Transparent", slug="transparent")
    study.principles = [principle]
    study.save_revision().publish()
    assert "Transparent" in cached(study.url)
    principle.name = "Open and transparent"
    principle.save()
    assert "Open and transparent" in read(study.url)[1]


def test_a_page_not_live_above_live_pages_still_forgets_what_they_show(study):
    """Wagtail's editor saves a page that is not live on every draft, which readers never see,
    except through the live pages below it."""
    listing = study.get_parent().specific
    listing.unpublish()
    cached(study.url)
    listing.title = "Case studies, renamed"
    listing.save()
    assert read(study.url)[2] > 0


def test_what_readers_never_see_leaves_the_cache_alone(study):
    from search.sync import request_update

    cached(study.url)
    request_update(f"page:{study.pk}")  # the index's own bookkeeping, applied at once here
    UserFactory()  # someone's account
    assert read(study.url)[2] == 0


def test_the_saves_readers_never_see_name_real_apps_and_models():
    assert public_cache.UNSEEN_APPS <= {config.label for config in apps.get_app_configs()}
    models = {model._meta.label_lower for model in apps.get_models()}
    # Wagtail defines its FTS5 index entries on SQLite only.
    assert public_cache.UNSEEN_MODELS <= models | {"wagtailsearch.sqliteftsindexentry"}


def test_a_signed_in_member_never_gets_the_cached_page(client, study):
    assert "Sign in" in cached(study.url)
    client.force_login(member())
    content = client.get(study.url).content.decode()
    assert "Your membership" in content and "Sign in</a>" not in content


def test_the_language_switcher_of_a_cached_page_still_remembers_the_choice(study):
    english = cached(study.url)
    assert "csrfmiddlewaretoken" not in english
    reader = Client()
    response = reader.get("/language/", {"language": "fr", "next": "/fr/"})
    assert response.status_code == 302 and reader.cookies["django_language"].value == "fr"


def test_a_message_for_one_reader_is_shown_to_them_and_stored_for_nobody(client, home):
    cached("/en/")
    client.force_login(member())
    signed_out = client.post("/en/accounts/logout/", follow=True).content.decode()
    assert "You have signed out." in signed_out
    assert "You have signed out." not in cached("/en/")


ADDRESS_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=12)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    query=st.dictionaries(
        st.sampled_from(["principle", "country", "year", "page", "q", "sort"]), ADDRESS_TEXT, max_size=3
    )
)
def test_any_address_of_a_listing_gives_from_the_cache_what_a_fresh_page_gives(study, query):
    path = study.get_parent().url
    first, again = Client().get(path, query), Client().get(path, query)
    with override_settings(PAGE_CACHE_SECONDS=0):
        fresh = Client().get(path, query)
    assert first.status_code == again.status_code == fresh.status_code
    assert first.content == again.content == fresh.content


def test_migrations_recorded_before_the_database_cache_has_its_table_are_recorded(monkeypatch):
    # The first `migrate` of a production database records each migration (a save) before
    # `createcachetable` has made the cache's table.
    monkeypatch.setattr(public_cache, "_cache_table_found", False)
    database_cache = {"BACKEND": "django.core.cache.backends.db.DatabaseCache", "LOCATION": "cache_not_made_yet"}
    with override_settings(CACHES={"default": database_cache}):
        MigrationRecorder(connection).record_applied("cen_portal", "9999_a_migration_from_the_future")
    assert ("cen_portal", "9999_a_migration_from_the_future") in MigrationRecorder(connection).applied_migrations()
