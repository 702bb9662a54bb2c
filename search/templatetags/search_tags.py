from django import template
from django.utils.translation import get_language

from cen_portal.kinds import KINDS
from search import service
from search.sources import page_key

register = template.Library()


@register.inclusion_tag("tags/related_items.html", takes_context=True)
def related_items(context, page, limit=4):
    """Other items like this one that the reader may see: "related practice"."""
    request = context.get("request")
    user = getattr(request, "user", None)
    hits = service.related(page_key(page), user, limit, language=get_language()) if request else []
    return {"hits": hits, "kinds": KINDS}
