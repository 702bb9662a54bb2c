from django import template

from cen_portal.kinds import KINDS
from search import service
from search.sources import page_key

register = template.Library()


@register.inclusion_tag("tags/related_items.html", takes_context=True)
def related_items(context, page, limit=4):
    """Other items like this one that the reader may see: "related practice"."""
    request = context.get("request")
    hits = service.related(page_key(page), getattr(request, "user", None), limit) if request else []
    return {"hits": hits, "kinds": KINDS}
