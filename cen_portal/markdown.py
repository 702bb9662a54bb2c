"""Members write Markdown; what is shown is rendered HTML cleaned by nh3, so no script, no
inline style, no javascript: link and no invisible direction trick survives."""

import re
import unicodedata

import nh3
from markdown_it import MarkdownIt

# Raw HTML in a post is shown as text, never as markup.
MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False, "breaks": True}).enable("strikethrough")
ALLOWED_TAGS = {"p", "br", "strong", "em", "s", "a", "ul", "ol", "li", "blockquote", "code", "pre", "h3", "h4", "hr"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "ol": {"start"}}
MENTION = re.compile(r"(?<![\w@/])@([a-z0-9][a-z0-9-]{1,39})\b", re.IGNORECASE)


def clean_text(text):
    """Drop characters that hide or reorder text (bidirectional overrides, zero-width
    characters, other invisible controls) but keep line breaks and tabs."""
    return "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in {"Cc", "Cf", "Co", "Cs"})


def mentioned_handles(text):
    return {handle.lower() for handle in MENTION.findall(text)}


def render_markdown(text):
    text = clean_text(text)
    # Headings in posts sit under the thread's own headings.
    html = MARKDOWN.render(re.sub(r"^(#{1,2})(?=\s)", "###", text, flags=re.MULTILINE))
    html = re.sub(r"<h[1-2]>", "<h3>", re.sub(r"</h[1-2]>", "</h3>", html))
    html = re.sub(r"<h[5-6]>", "<h4>", re.sub(r"</h[5-6]>", "</h4>", html))
    html = MENTION.sub(lambda match: f"<strong>@{match.group(1)}</strong>", html)
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="nofollow noopener ugc",
    )


def quote(post):
    """A reply's opening: the quoted post in Markdown."""
    handle = getattr(getattr(post.author, "profile", None), "handle", None)
    who = f"@{handle}" if handle else str(post.author)
    lines = clean_text(post.body).strip().splitlines()[:20]
    return f"{who} wrote:\n\n" + "\n".join(f"> {line}" for line in lines) + "\n\n"
