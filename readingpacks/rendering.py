"""A pack as a tagged PDF: WeasyPrint (PDF/UA-1, so tagged, with its language, title and
reading order), from the HTML of templates/readingpacks/pack.html, fonts embedded.

Why WeasyPrint rather than fpdf2 (which makes the demo's PDFs): the pack is the portal's own
HTML and CSS (the same rich text, quotes, images and links), WeasyPrint writes PDF/UA with a
structure tree and bookmarks from the headings, and it works out page numbers for the table of
contents itself (CSS target-counter). It needs Pango, which Debian gives (devtools/apt-install.sh).
"""

import html
import mimetypes
import re
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone, translation
from wagtail.fields import StreamValue
from wagtail.rich_text import expand_db_html

from cen_portal.kinds import KINDS

# The fields that hold an item's text, by the first one it has.
BODY_FIELDS = ("body", "introduction", "description", "agenda")
IMAGE = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
ALT = re.compile(r'\balt="([^"]*)"', re.IGNORECASE)


def body_html(page):
    for name in BODY_FIELDS:
        value = getattr(page, name, None)
        if isinstance(value, StreamValue):
            return with_captions(value.render_as_block())
        if isinstance(value, str) and value:
            return with_captions(expand_db_html(value))
    return ""


def address(page):
    """The page's address at BASE_URL, as the portal's emails give it."""
    url = page.get_url() or ""
    return settings.WAGTAILADMIN_BASE_URL + url if url.startswith("/") else url


def citation(page):
    """What a reader needs to cite an item: its kind, EMB, countries, year and address."""
    countries = getattr(page, "countries", None)
    emb = getattr(page, "emb", None) or getattr(page, "host_emb", None)
    return {
        "kind": KINDS.get(page.knowledge_kind, ""),
        "emb": emb.name if emb else "",
        "countries": ", ".join(country.name for country in countries.all()) if countries is not None else "",
        "year": getattr(page, "year", None) or "",
        "url": address(page),
    }


def with_captions(markup):
    """Each image followed by its alt text as a caption: a printed page has no other way to give it."""

    def captioned(match):
        alt = ALT.search(match.group(0))
        text = html.unescape(alt.group(1)).strip() if alt else ""
        return match.group(0) + (f'<span class="alt-caption">{html.escape(text)}</span>' if text else "")

    return IMAGE.sub(captioned, str(markup))


def media_file(url):
    """The image file under MEDIA_ROOT a URL names (the renditions items show), or None."""
    path = re.sub(r"^https?://[^/]+", "", url)
    if not path.startswith(settings.MEDIA_URL):
        return None
    name = path[len(settings.MEDIA_URL) :]
    root = Path(settings.MEDIA_ROOT).resolve()
    file = (root / name).resolve()
    # Image files only: documents are linked from the pack, never embedded in it.
    if name.startswith("images/") and file.is_relative_to(root) and file.is_file():
        return file
    return None


def url_fetcher():
    """WeasyPrint's fetcher for packs: image files from disk, nothing from the network, so
    making a pack never calls out or waits on another server."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    class MediaOnly(URLFetcher):
        def fetch(self, url, headers=None):
            file = media_file(url)
            if file is None:
                raise ValueError(f"Not fetched for a reading pack: {url}")
            return URLFetcherResponse(url, file.read_bytes(), {"Content-Type": mimetypes.guess_type(file.name)[0]})

    return MediaOnly()


def pack_html(build, pages):
    with translation.override(build.language):
        return render_to_string(
            "readingpacks/pack.html",
            {
                "build": build,
                "items": [(page, citation(page), body_html(page)) for page in pages],
                "base_url": settings.WAGTAILADMIN_BASE_URL,
                "made_on": timezone.localdate(),
                "language_name": dict(settings.LANGUAGES)[build.language],
            },
        )


def pdf_bytes(markup):
    from weasyprint import HTML  # loads Pango: only when a pack is made

    return HTML(string=markup, base_url=settings.WAGTAILADMIN_BASE_URL, url_fetcher=url_fetcher()).write_pdf(
        pdf_variant="pdf/ua-1"
    )
