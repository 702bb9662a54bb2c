from django.utils.html import escape


def paragraphs_html(text):
    """Plain text as rich-text HTML: a list of paragraphs, or one string whose paragraphs are
    separated by blank lines. Everything is escaped."""
    paragraphs = text.split("\n\n") if isinstance(text, str) else text
    return "".join(f"<p>{escape(paragraph.strip())}</p>" for paragraph in paragraphs if paragraph.strip())
