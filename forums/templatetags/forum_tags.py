from django import template

from forums.models import Thread

register = template.Library()


@register.inclusion_tag("tags/consolidated_from.html", takes_context=True)
def consolidated_from(context, page):
    """For members, a link from a consolidated reply back to the forum thread it came from."""
    request = context.get("request")
    user = getattr(request, "user", None)
    threads = (
        Thread.objects.readable_by(user).filter(knowledge_item=page) if user is not None else Thread.objects.none()
    )
    return {"threads": list(threads.select_related("category"))}


@register.filter
def editable_by(post, user):
    return post.editable_by(user)
