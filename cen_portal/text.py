from django.conf import settings
from django.utils.html import escape, format_html
from django.utils.text import slugify

# Drafts are rich text built from what members wrote: every part goes through `paragraphs_html`
# or `link_html`, which escape it, so a title or a post is text in the draft and never markup
# (an unmatched tag would also stop the editor opening the draft).


def paragraphs_html(text):
    """Plain text as rich-text HTML: a list of paragraphs, or one string whose paragraphs are
    separated by blank lines. Everything is escaped."""
    paragraphs = text.split("\n\n") if isinstance(text, str) else text
    return "".join(f"<p>{escape(paragraph.strip())}</p>" for paragraph in paragraphs if paragraph.strip())


def link_html(url, text):
    """A rich-text link to `url` whose words are `text`, escaped."""
    return format_html('<a href="{}">{}</a>', url, text)


def draft_slug(title, fallback):
    """Wagtail makes a new page's slug from its title; a title with no letter or digit in it
    ("???") makes none, and the page could not be saved, so the draft takes `fallback`."""
    return "" if slugify(title, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)) else fallback
