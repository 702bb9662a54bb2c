"""A bounded crawler over the portal with Django's test client, and the canary detector.

The crawler fetches what one reader can reach: every same-site link (href, src, sitemap
<loc>, feed links, JSON "url" values and redirects) from its seeds outward, in order, up to
a bound. It never sends anything but GET, and never follows a link that changes state.
Every response body (HTML, JSON, XML, document bytes) goes through the detector.
"""

import html
import io
import json
import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit

from pypdf import PdfReader
from pypdf.errors import PdfReadError

SAME_SITE_HOSTS = {"", "testserver", "localhost", "localhost:80", "testserver:80"}

# Links that sign out, unsubscribe, log a click or otherwise act, and paths the test server never serves.
NEVER_FOLLOW = re.compile(
    r"^/(?:(?:en|fr)/)?(accounts/logout|admin/logout|forums/unsubscribe|forums/follow|search/open|static/)"
    r"|/(delete|unpublish|lock|unlock|revert|copy|move|convert_alias|workflow|preview|reorder)/"
)
# The Wagtail admin is only crawled where it shows content: its seeds are listed by the
# test, and from its pages only these listings and edit views are followed.
ADMIN_FOLLOW = re.compile(r"^/admin/(pages/\d+/|documents/|images/)$")
# Listings link to many combinations of filters, and sections to many pages built alike (the
# same first segment and depth, such as /countries/<code>/): a few of each are enough. Documents and images are always all fetched.
QUERY_VARIANTS_PER_PATH = 2
PAGES_PER_SHAPE = 10
# A French copy of a section renders the same templates as the English one (its seeds, search and
# every private page's /fr/ address are always fetched): a few of each are enough.
PAGES_PER_SHAPE_IN_FRENCH = 3
ALWAYS_FETCHED = ("/documents/", "/media/")
LANGUAGE_PREFIXES = {"en", "fr"}

LINK = re.compile(
    r"""(?:href|src|action)\s*=\s*["']([^"']+)["']|<loc>\s*([^<\s]+)\s*</loc>|<link>\s*([^<\s]+)\s*</link>"""
)
SRCSET = re.compile(r"""srcset\s*=\s*["']([^"']+)["']""")


def find_canaries(body, canaries, typed=()):
    """The canaries (name -> word) whose word occurs in a response body (bytes or text), in any
    case. What the reader typed into the address (`typed`: their search words, which the tests
    write in mIxEd case) is left out first, in every form a page may echo it back in: a reader
    may be shown their own words."""
    if isinstance(body, str):
        body = body.encode()
    for echo in echoes(typed):
        body = body.replace(echo, b"")
    body = body.lower()
    return {name for name, word in canaries.items() if word.lower().encode() in body}


def typed_in(url):
    """The values typed into an address's query string."""
    return [value for _name, value in parse_qsl(urlsplit(url).query) if value]


def echoes(typed):
    """Each typed value as a page, a link or a JSON answer may carry it, the longest first."""
    forms = set()
    for text in typed:
        forms |= {text, html.escape(text), quote(text), quote_plus(text), json.dumps(text)[1:-1]}
    return sorted((form.encode() for form in forms if form), key=len, reverse=True)


def same_site_path(url):
    """The path and query of a link on this site, or None for another site or a fragment."""
    url = html.unescape(url.strip())
    if not url or url.startswith(("#", "mailto:", "tel:", "javascript:", "data:")):
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("", "http", "https") or parts.netloc not in SAME_SITE_HOSTS:
        return None
    path = parts.path or "/"
    if not path.startswith("/"):
        return None
    return f"{path}?{parts.query}" if parts.query else path


def links_in(body, content_type):
    """Every link in a page, a sitemap, a feed or a JSON answer."""
    if "json" in content_type:
        try:
            data = json.loads(body)
        except ValueError:
            return []
        return list(json_urls(data))
    text = body.decode("utf-8", errors="replace")
    found = [next(group for group in match.groups() if group) for match in LINK.finditer(text)]
    for match in SRCSET.finditer(text):
        found.extend(candidate.split()[0] for candidate in match.group(1).split(",") if candidate.strip())
    return found


def json_urls(data):
    if isinstance(data, dict):
        for key, value in data.items():
            if key == "url" and isinstance(value, str):
                yield value
            else:
                yield from json_urls(value)
    elif isinstance(data, list):
        for value in data:
            yield from json_urls(value)


def response_body(response):
    # The test client closes a streamed response once its content is read; closing it again
    # would end the request a second time, and with it the test's database connection.
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content)
    return response.content


def pdf_text(body):
    try:
        reader = PdfReader(io.BytesIO(body))
        text = "\n".join([*(page.extract_text() for page in reader.pages), *(entry.title for entry in reader.outline)])
    except (PdfReadError, ValueError):  # a file that only looks like a PDF: its bytes were read already
        return b""
    return text.encode()


@dataclass
class Crawl:
    """What one reader saw: for each canary, where; and every URL fetched, with its status."""

    role: str
    canaries: dict
    seen: dict = field(default_factory=dict)
    statuses: dict = field(default_factory=dict)
    bodies: dict = field(default_factory=dict)

    def record(self, url, body):
        for name in find_canaries(body, self.canaries, typed_in(url)):
            self.seen.setdefault(name, []).append(url)


class Crawler:
    def __init__(self, client, role, canaries, limit=400, keep_bodies=(), only=None, fetched=None):
        """`only`: a pattern of the paths whose links are followed (seeds are always fetched);
        `fetched`: called with each path once its answer is in."""
        self.client = client
        self.crawl = Crawl(role=role, canaries=canaries)
        self.limit = limit
        self.keep_bodies = keep_bodies
        self.only = only
        self.fetched = fetched
        self.queue = []
        self.queued = set()
        self.variants = {}
        self.shapes = {}

    def add(self, url, seed=False):
        """Queue a URL; seeds are always fetched, links only when the rules allow."""
        path = same_site_path(url)
        if path is None or path in self.queued:
            return
        bare, _, query = path.partition("?")
        if not seed:
            if NEVER_FOLLOW.search(bare) or (self.only is not None and not self.only.match(bare)):
                return
            if bare.startswith("/admin/") and (query or not ADMIN_FOLLOW.match(bare)):
                return
            if not self.room_for_shape(bare):
                return
            if query:
                self.variants[bare] = self.variants.get(bare, 0) + 1
                if self.variants[bare] > QUERY_VARIANTS_PER_PATH:
                    return
                # The same filters in another order are the same listing.
                path = f"{bare}?{urlencode(sorted(parse_qsl(query, keep_blank_values=True)))}"
                if path in self.queued:
                    return
        self.queued.add(path)
        self.queue.append(path)

    def room_for_shape(self, bare):
        if bare.startswith(ALWAYS_FETCHED):
            return True
        segments = bare.strip("/").split("/")
        # Each language's copy of a section is its own shape: /en/countries/jm/, /fr/countries/jm/.
        if segments[0] in LANGUAGE_PREFIXES and len(segments) > 1:
            segments = [f"{segments[0]}/{segments[1]}", *segments[2:]]
        alike = self.shapes.setdefault((segments[0], len(segments)), set())
        room = PAGES_PER_SHAPE_IN_FRENCH if segments[0].startswith("fr/") else PAGES_PER_SHAPE
        if bare not in alike and len(alike) >= room:
            return False
        alike.add(bare)
        return True

    def run(self, seeds):
        for url in seeds:
            self.add(url, seed=True)
        position = 0
        while position < len(self.queue) and position < self.limit + len(seeds):
            self.fetch(self.queue[position])
            position += 1
        return self.crawl

    def fetch(self, path):
        response = self.client.get(path)
        body = response_body(response)
        if response.get("Content-Type", "").startswith("application/pdf"):
            body += pdf_text(body)  # reading packs are compressed: their words are read out
        self.crawl.statuses[path] = response.status_code
        self.crawl.record(path, body)
        if self.fetched is not None:
            self.fetched(path)
        if any(path.startswith(prefix) for prefix in self.keep_bodies):
            self.crawl.bodies[path] = body
        location = response.get("Location")
        if response.status_code in (301, 302, 303, 307, 308) and location:
            self.add(location)
        content_type = response.get("Content-Type", "")
        if "html" in content_type or "xml" in content_type or "json" in content_type:
            for link in links_in(body, content_type):
                self.add(link)
