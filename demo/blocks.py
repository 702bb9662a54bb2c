"""The demo's body blocks, written as (kind, value) pairs, in StreamField's raw form."""

from cen_portal.text import paragraphs_html


def stream_block(kind, value):
    """One demo body block in StreamField's raw form."""
    if kind == "paragraph":
        return {"type": "paragraph", "value": paragraphs_html(value)}
    if kind == "lesson":
        return {"type": "lesson", "value": {"title": value["title"], "text": paragraphs_html(value["text"])}}
    if kind == "sources":
        return {"type": "sources", "value": [{"title": s["title"], "url": s.get("url", "")} for s in value]}
    return {"type": kind, "value": value}
