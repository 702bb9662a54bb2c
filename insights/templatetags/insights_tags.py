from django import template

register = template.Library()


@register.simple_tag
def opened_through(search_log, key, rank):
    """The signed address a result of `search_log` is opened through (SearchLog.open_url)."""
    return search_log.open_url(key, rank)
