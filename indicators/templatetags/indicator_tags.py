from django import template

from indicators.models import IndicatorValue

register = template.Library()


@register.simple_tag
def current_values(emb):
    """An EMB's current practice data, in the indicators' order."""
    return IndicatorValue.objects.current().filter(emb=emb).select_related("indicator")
