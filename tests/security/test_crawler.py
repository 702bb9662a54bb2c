"""The crawler behind the leak tests: it follows what a reader can follow, never acts, and
its detector flags a canary wherever it sits."""

import json

from tests.security.crawler import Crawler, find_canaries, typed_in


def test_the_detector_flags_a_canary_in_any_body():
    canaries = {"thread": "quorvexian", "document": "trevanquilor"}
    assert find_canaries("<p>The quorvexian plan</p>", canaries) == {"thread"}
    assert find_canaries(json.dumps({"corrected_query": "quorvexian"}), canaries) == {"thread"}
    assert find_canaries(b"%PDF-1.4 (The trevanquilor tally) Tj", canaries) == {"document"}
    # In any case: a title shown in capitals is still the canary.
    assert find_canaries("<h1>THE QUORVEXIAN PLAN</h1>", canaries) == {"thread"}
    assert find_canaries("<p>Trevanquilor</p>", canaries) == {"document"}


def test_the_readers_own_words_echoed_back_are_not_a_leak_but_stored_text_beside_them_is():
    canaries = {"thread": "quorvexian"}
    typed = typed_in("/en/search/?q=QuOrVeXiAn+plan&page=1")
    assert typed == ["QuOrVeXiAn plan", "1"]
    echoed = '<input name="q" value="QuOrVeXiAn plan"> <a href="?q=QuOrVeXiAn+plan&amp;page=2">Next</a>'
    assert find_canaries(echoed, canaries, typed) == set()
    assert find_canaries(json.dumps({"query": "QuOrVeXiAn plan", "hits": []}), canaries, typed) == set()
    assert find_canaries(echoed + "<h2>The quorvexian plan</h2>", canaries, typed) == {"thread"}


class FakeResponse:
    def __init__(self, status, body, content_type="text/html", location=None):
        self.status_code = status
        self.content = body.encode()
        self.streaming = False
        self.headers = {"Content-Type": content_type, **({"Location": location} if location else {})}

    def get(self, name, default=None):
        return self.headers.get(name, default)


class FakeSite:
    """A tiny site where a private word sits two links and a redirect away from the seed."""

    pages = {
        "/": FakeResponse(
            200,
            '<a href="/a/">A</a> <a href="/en/accounts/logout/">Sign out</a> <a href="https://example.org/">Elsewhere</a>'
            ' <a href="/admin/pages/3/delete/">Delete</a> <a href="/admin/pages/3/">Explore</a>',
        ),
        "/a/": FakeResponse(302, "", location="http://localhost/b/?x=1"),
        "/b/?x=1": FakeResponse(200, '<img src="/documents/1/file.txt">'),
        "/documents/1/file.txt": FakeResponse(200, "The quorvexian figures", content_type="text/plain"),
    }

    def __init__(self):
        self.fetched = []

    def get(self, path):
        self.fetched.append(path)
        return self.pages.get(path, FakeResponse(404, "Not found"))


def test_the_crawler_follows_links_and_redirects_to_a_leak_and_never_acts_or_leaves_the_site():
    site = FakeSite()
    crawl = Crawler(site, "anonymous", {"thread": "quorvexian"}).run(["/"])
    assert crawl.seen == {"thread": ["/documents/1/file.txt"]}
    assert site.fetched == ["/", "/a/", "/admin/pages/3/", "/b/?x=1", "/documents/1/file.txt"]


class ManyChildren(FakeSite):
    pages = {
        "/": FakeResponse(
            200,
            "".join(f'<a href="/en/countries/c{n}/">Country</a>' for n in range(20))
            + "".join(f'<a href="/data/emb/{n}/history/">History</a>' for n in range(20))
            + "".join(f'<a href="/documents/{n}/file.pdf">File</a>' for n in range(20))
            + "".join(f'<a href="/en/search/?page={n}">Page</a>' for n in range(20)),
        ),
    }


def test_the_crawler_samples_pages_built_alike_but_fetches_every_document():
    site = ManyChildren()
    Crawler(site, "anonymous", {}).run(["/"])
    assert len([path for path in site.fetched if path.startswith("/en/countries/")]) == 10
    assert len([path for path in site.fetched if path.startswith("/data/")]) == 10
    assert len([path for path in site.fetched if path.startswith("/documents/")]) == 20
    assert len([path for path in site.fetched if path.startswith("/en/search/")]) == 2


def test_the_crawl_stops_at_its_bound():
    site = ManyChildren()
    Crawler(site, "anonymous", {}, limit=5).run(["/"])
    assert len(site.fetched) == 6
