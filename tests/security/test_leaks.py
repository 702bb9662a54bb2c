"""No canary reaches a reader who may not read it, through any path the reader can take;
and every canary reaches the readers who may, so the crawl cannot pass by showing nothing.

Each reader crawls the site with Django's test client from the home page, the sitemap, the
feeds, the API schema, the forums and the member directory outward, fetches the direct
address of every private page, thread, document and image, searches (page, API and
autocomplete) for every canary and a misspelling of it, and opens the admin views that
show private content. On both search backends; the full crawl is the database backend's on
PostgreSQL, and the others ask only where their answers can differ from it (`crawled_paths`).
The public page cache is on, as in production: readers who are not signed in fill it and are
served from it as they crawl, and the member-only page was cached by a passer-by before it was
restricted (tests/security/conftest.py).
"""

import io
import json
import re
from itertools import pairwise

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import Client

from search import service
from search.database import DatabaseBackend
from tests.search.conftest import index_now
from tests.security.conftest import (
    ANONYMOUS,
    CANARIES,
    DECLINED_EXPERT,
    FORMER_MEMBER,
    GROUP_A,
    GROUP_B,
    MEMBER,
    ROLES,
    SECRETARIAT,
)
from tests.security.crawler import Crawler, find_canaries, pdf_text, response_body, typed_in

pytestmark = pytest.mark.django_db

EVERY_MEMBER = {MEMBER, GROUP_A, GROUP_B, DECLINED_EXPERT, FORMER_MEMBER, SECRETARIAT}

# Who may read each canary, by any path (the Secretariat reads everything, drafts and
# pending submissions through the admin).
MAY_READ = {
    "group A thread title": {GROUP_A, SECRETARIAT},
    "group A thread reply": {GROUP_A, SECRETARIAT},
    "group A reply by email": {GROUP_A, SECRETARIAT},
    "group B thread title": {GROUP_B, SECRETARIAT},
    "open forum post": EVERY_MEMBER,
    "member-only page": EVERY_MEMBER,
    "member-only page in French": EVERY_MEMBER,
    "group A report": {GROUP_A, SECRETARIAT},
    "group A document": {GROUP_A, SECRETARIAT},
    "group A image": {GROUP_A, SECRETARIAT},
    "draft page": {SECRETARIAT},
    "unpublished draft revision": {SECRETARIAT},
    "password-protected page": {SECRETARIAT},
    "pending submission": {SECRETARIAT},
    "pending submission attachment": {SECRETARIAT},
    "member profile": EVERY_MEMBER,
    "member-only section title": EVERY_MEMBER,
    "member-only provision": EVERY_MEMBER,
    "private question": {MEMBER, SECRETARIAT},
    "private question answer": {MEMBER, SECRETARIAT},
    "private question attachment": {MEMBER, SECRETARIAT},
    "private question awaiting triage": {MEMBER, SECRETARIAT},
    "pending correction": {SECRETARIAT},
    "group A report translated after its restriction": {GROUP_A, SECRETARIAT},
    "French provision of an instrument restricted afterwards": EVERY_MEMBER,
    "group A draft report": {GROUP_A, SECRETARIAT},
    "group B draft report": {GROUP_B, SECRETARIAT},
    "group A event": {GROUP_A, SECRETARIAT},
    "group A event translated after its restriction": {GROUP_A, SECRETARIAT},
    "member-only event translated before its restriction": EVERY_MEMBER,
    "answer given when registering": {SECRETARIAT},
    "imported file awaiting review": {SECRETARIAT},
}

# Who finds each canary through search (the page, the API, autocomplete): exactly these.
# Drafts, pending submissions and profiles are not in the index; a password-protected
# page's audience is "restricted", which no reader's search shows.
FOUND_BY_SEARCH = {
    "group A thread title": {GROUP_A, SECRETARIAT},
    "group A thread reply": {GROUP_A, SECRETARIAT},
    "group A reply by email": {GROUP_A, SECRETARIAT},
    "group B thread title": {GROUP_B, SECRETARIAT},
    "open forum post": EVERY_MEMBER,
    "member-only page": EVERY_MEMBER,
    "member-only page in French": EVERY_MEMBER,
    "group A report": {GROUP_A, SECRETARIAT},
    "group A document": {GROUP_A, SECRETARIAT},
    "group A image": {GROUP_A, SECRETARIAT},
    "draft page": set(),
    "unpublished draft revision": set(),
    "password-protected page": set(),
    "pending submission": set(),
    "pending submission attachment": set(),
    "member profile": set(),
    "member-only section title": set(),
    "member-only provision": EVERY_MEMBER,
    "private question": {MEMBER, SECRETARIAT},
    "private question answer": {MEMBER, SECRETARIAT},
    "private question attachment": set(),
    "private question awaiting triage": set(),
    "pending correction": set(),
    "group A report translated after its restriction": {GROUP_A, SECRETARIAT},
    "French provision of an instrument restricted afterwards": EVERY_MEMBER,
    "group A draft report": set(),
    "group B draft report": set(),
    "group A event": {GROUP_A, SECRETARIAT},
    "group A event translated after its restriction": {GROUP_A, SECRETARIAT},
    "member-only event translated before its restriction": EVERY_MEMBER,
    "answer given when registering": set(),
    "imported file awaiting review": set(),
}

SEARCH_PATHS = ("/en/search/", "/fr/search/", "/api/v1/search")
# The addresses whose answer the search backend computes: the search pages, the API's search,
# autocomplete, reading packs of a search, and the pages listing related items (live, or a draft in the admin). Every other answer comes from the same code
# and the same database whichever backend is configured, and the database's crawl of the same
# pass fetches it; so the engine's crawl asks only these. The database's crawl checks that no
# other address consulted the backend (`test_each_reader_sees_exactly_the_canaries_they_may_read`).
SEARCH_BACKED_PATHS = (
    r"/api/v1/search$|/(?:en|fr)/(?:search/|packs/search/|case-studies/[^/]+/$|instruments/[^/]+/(?:[^/]+/)?$"
    r"|working-groups/[^/]+/[^/]+/$|guidance/[^/]+/$|events/[^/]+/$)|/admin/pages/\d+/view_draft/$"
)
SEARCH_BACKED = re.compile(SEARCH_BACKED_PATHS)
# Where SQLite's answers can differ from PostgreSQL's: the same addresses plus Wagtail's own search
# in the admin, all computed by the database's full-text search (FTS5 against tsvector). The
# privacy of every other answer is decided by the same code with plain filters and joins, whose
# meaning SQL fixes; the full crawl runs on PostgreSQL, which production uses, in the first pass
# of `make test`, and the SQLite pass asks only these (README, Testing).
SQLITE_SEARCHED = re.compile(
    SEARCH_BACKED_PATHS + r"|/admin/pages/search/$|/admin/api/main/pages/$|/admin/choose-page/search/$"
)
RESULT_COUNT = re.compile(r'class="result-count"[^>]*>\s*(\d+)')
MAIN = re.compile(rb"<main\b.*?</main>", re.DOTALL)
START = [
    "/",
    "/sitemap.xml",
    "/api/v1/openapi.json",
    *(
        f"/{language}{path}"
        for language in ("en", "fr")
        for path in ("/", "/feeds/latest.rss", "/feeds/latest.atom", "/forums/", "/members/", "/members/directory/")
    ),
]


def test_the_crawl_runs_with_the_public_page_cache_on():
    assert settings.PAGE_CACHE_SECONDS > 0
    assert "cen_portal.public_cache.PublicPageCacheMiddleware" in settings.MIDDLEWARE


def misspelt(word):
    """The word with its last letter changed: close enough for a spelling suggestion."""
    return word[:-1] + ("e" if word[-1] != "e" else "a")


def mixed_case(word):
    """The word as a reader might type it: the detector tells it from the stored lower case."""
    return "".join(letter.upper() if position % 2 == 0 else letter for position, letter in enumerate(word))


def index_urls(word):
    """The searches whose answers come from the knowledge index: the API and autocomplete in both
    languages, for the word and a misspelling of it. The search pages ask the index exactly what
    the API asks (search.service.search, the same form and query), so after a rebuild these are
    the ones to ask again."""
    asked, wrong = mixed_case(word), mixed_case(misspelt(word))
    return [
        f"/api/v1/search?q={asked}",
        f"/api/v1/search?q={wrong}",
        f"/api/v1/search?lang=fr&q={asked}",
        f"/api/v1/search?lang=fr&q={wrong}",
        f"/en/search/autocomplete/?q={asked[:5]}",
        f"/fr/search/autocomplete/?q={asked[:5]}",
    ]


def page_urls(word):
    """The search pages in both languages, and Wagtail's own search in the admin for those who
    may open it (its index is Wagtail's, not the knowledge index)."""
    asked, wrong = mixed_case(word), mixed_case(misspelt(word))
    return [
        f"/en/search/?q={asked}",
        f"/en/search/?q={wrong}",
        f"/fr/search/?q={asked}",
        f"/fr/search/?q={wrong}",
        f"/admin/pages/search/?q={asked}",
        f"/admin/api/main/pages/?search={asked}",
        f"/admin/choose-page/search/?q={asked}",
    ]


@pytest.fixture
def answering_backends(monkeypatch):
    """Which backend answered every search, and every call that reached the database backend."""
    answered = {"search": [], "database calls": []}
    original_search = service.search

    def recording_search(query, user):
        results = original_search(query, user)
        answered["search"].append(results.backend)
        return results

    monkeypatch.setattr(service, "search", recording_search)
    for method in ("search", "autocomplete", "related"):
        original = getattr(DatabaseBackend, method)

        def recording(self, *args, _original=original, _method=method):
            answered["database calls"].append(_method)
            return _original(self, *args)

        monkeypatch.setattr(DatabaseBackend, method, recording)
    return answered


def search_backed(url, pattern=SEARCH_BACKED):
    return bool(pattern.match(url.partition("?")[0]))


def crawled_paths(portal):
    """The paths a reader's crawl asks on this backend and database, where its answers can differ
    from the full crawl's; None for the full crawl (the database backend on PostgreSQL)."""
    if portal.backend == "engine":
        return SEARCH_BACKED
    if connection.vendor == "sqlite":
        return SQLITE_SEARCHED
    return None


def crawl_as(role, portal, follow=True, fetched=None):
    """The reader's crawl, with every search for every canary; without `follow`, only the
    searches that read the knowledge index. Where `crawled_paths` is not everything, only those
    addresses, found from the sitemap, the private pages' addresses and the searches."""
    client = portal.clients.get(role)
    if client is None:
        client = Client()
        user = portal.users[role]
        if user is not None:
            client.force_login(user)
    seeds = START + portal.direct_urls + portal.admin_urls if follow else []
    for word in CANARIES.values():
        seeds += index_urls(word) + (page_urls(word) if follow else [])
    only = crawled_paths(portal) if follow else None
    if only is not None:
        seeds = ["/sitemap.xml", *(url for url in seeds if search_backed(url, only))]
    crawler = Crawler(
        client, role, CANARIES, limit=400 if follow else 0, keep_bodies=SEARCH_PATHS, only=only, fetched=fetched
    )
    return crawler.run(seeds)


def found_by_search(crawl):
    """Where search showed each canary: the API and autocomplete whole, and the search page's
    main content (its menu belongs to every page and is checked with them)."""
    found = {}
    for url, body in crawl.bodies.items():
        main = MAIN.search(body)
        body = main.group(0) if main else body
        for name in find_canaries(body, CANARIES, typed_in(url)):
            found.setdefault(name, []).append(url)
    return found


def where(found, names):
    return "; ".join(f"{name} ({CANARIES[name]}) at {found.get(name, ['nowhere'])[:4]}" for name in names)


def search_problems(crawl, role, pages=True):
    searched = found_by_search(crawl)
    leaked = sorted(name for name in searched if role not in FOUND_BY_SEARCH[name])
    not_found = sorted(name for name in CANARIES if role in FOUND_BY_SEARCH[name] and name not in searched)
    problems = []
    if leaked:
        problems.append(f"LEAKED through search to {role}: {where(searched, leaked)}")
    if not_found:
        problems.append(f"{role}'s search did not find: {', '.join(not_found)}")
    return problems + count_problems(crawl, role, pages)


def file_problems(crawl, role, portal):
    """A private file is served (200) to exactly the readers of its canary; an original under
    /media/ to nobody."""
    problems = []
    for url, name in portal.private_files.items():
        status = crawl.statuses[url]
        if (status == 200) != (name is not None and role in MAY_READ[name]):
            problems.append(f"{url} answered {status} to {role}")
    return problems


def assert_backend_answered(portal, answering_backends):
    """The backend under test answered every search: a silent fallback would hide a difference."""
    assert answering_backends["search"] and set(answering_backends["search"]) == {portal.backend}
    if portal.backend == "engine":
        assert answering_backends["database calls"] == [], "the database answered in place of the engine"


@pytest.mark.parametrize("role", ROLES)
def test_each_reader_sees_exactly_the_canaries_they_may_read(portal, role, answering_backends):
    # How many times the database backend had been asked once each address was served.
    calls_after = {}
    crawl = crawl_as(
        role, portal, fetched=lambda path: calls_after.setdefault(path, len(answering_backends["database calls"]))
    )
    counts = pairwise([0, *calls_after.values()])
    consulted = [path for path, (before, after) in zip(calls_after, counts, strict=True) if after > before]

    # Where the crawl asks only what search answers (`crawled_paths`): there, the canaries
    # search finds.
    full = crawled_paths(portal) is None
    may_see = MAY_READ if full else FOUND_BY_SEARCH
    leaked = sorted(name for name in crawl.seen if role not in MAY_READ[name])
    unseen = sorted(name for name in CANARIES if role in may_see[name] and name not in crawl.seen)
    problems = []
    if leaked:
        problems.append(f"LEAKED to {role}: {where(crawl.seen, leaked)}")
    if unseen:
        problems.append(f"{role} never saw what they may read: {where(crawl.seen, unseen)}")
    problems += search_problems(crawl, role)
    if full:
        problems += file_problems(crawl, role, portal)
        unasked = sorted(path for path in consulted if not search_backed(path))
        if unasked:
            problems.append(
                f"These addresses consult search, but the engine's crawl skips them (SEARCH_BACKED): {unasked}"
            )
    assert not problems, f"{len(crawl.statuses)} URLs crawled.\n" + "\n".join(problems)
    assert_backend_answered(portal, answering_backends)


@pytest.mark.parametrize("role", ROLES)
def test_after_a_full_rebuild_search_shows_each_canary_only_to_its_readers(portal, role, answering_backends):
    """The crawl above searched an index kept up to date change by change; a rebuild from
    scratch must come to the same audiences."""
    if not portal.rebuilt:
        call_command("rebuild_knowledge_index", stdout=io.StringIO())
        index_now()
        portal.rebuilt = True
    crawl = crawl_as(role, portal, follow=False)
    problems = search_problems(crawl, role, pages=False)
    assert not problems, "\n".join(problems)
    assert_backend_answered(portal, answering_backends)


def count_problems(crawl, role, pages):
    """Totals and facet counts of the API (and of the search `pages` when they were fetched):
    nothing counted that the reader may not find, and the canary's item counted for those who may."""
    problems = []
    for name, word in CANARIES.items():
        for url in (f"/en/search/?q={mixed_case(word)}", f"/fr/search/?q={mixed_case(word)}") if pages else ():
            count = RESULT_COUNT.search(crawl.bodies[url].decode())
            shown = int(count.group(1)) if count else None
            if role in FOUND_BY_SEARCH[name] and not shown:
                problems.append(f"{url} shows {shown} results to {role}")
            if role not in FOUND_BY_SEARCH[name] and shown != 0:
                problems.append(f"{url} shows {shown} results to {role}")
        for language in ("", "lang=fr&"):
            for asked in (mixed_case(word), mixed_case(misspelt(word))):
                url = f"/api/v1/search?{language}q={asked}"
                answer = json.loads(crawl.bodies[url])
                if answer["fallback"]:
                    problems.append(f"{url} fell back to the database")
                counted = answer["total"] + sum(
                    value["count"] for values in answer["facets"].values() for value in values
                )
                if role not in FOUND_BY_SEARCH[name] and counted:
                    problems.append(f"{url} counts {answer['total']} results for {role}: {answer['facets']}")
                if asked == mixed_case(word) and role in FOUND_BY_SEARCH[name] and not answer["total"]:
                    problems.append(f"{url} found nothing for {role}")
    return problems


def test_each_reader_opens_only_reading_packs_whose_every_item_they_may_read(portal):
    """Packs made by every reader, fetched by every reader: a pack opens only for someone who may
    read all it holds, and then holds no canary they may not read."""
    everyone = {url for urls in portal.packs.values() for url in urls}
    assert len(portal.packs[ANONYMOUS]) == 1 and len(portal.packs[GROUP_A]) == 3  # nothing private to select
    canaries_in = {}
    for role in ROLES:
        client = portal.clients.get(role) or Client()
        if role not in portal.clients and portal.users[role] is not None:
            client.force_login(portal.users[role])
        may_read = {name for name, readers in MAY_READ.items() if role in readers}
        for url in sorted(everyone):
            response = client.get(url)
            if url in portal.packs[role]:
                assert response.status_code == 200, (role, url)
            if response.status_code == 200:
                found = find_canaries(pdf_text(response_body(response)), CANARIES)
                assert found <= may_read, (role, url, found - may_read)
                canaries_in.setdefault(role, set()).update(found)
            else:
                assert response.status_code == 404
    # The packs are not empty of what matters: group A's editor packed group A's report.
    assert "group A report" in canaries_in[GROUP_A] and "group A report" in canaries_in[SECRETARIAT]
    assert "member-only page" in canaries_in[MEMBER] and "member-only page" not in canaries_in.get(ANONYMOUS, set())
