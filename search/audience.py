"""Who may see an indexed item, expressed as audience labels stored with the item.

An item carries one or more labels; a reader sees it when any label is among theirs.
Labels follow Wagtail's page privacy, so the index never knows more than the page tree:
- "public": no view restriction on the page or its ancestors;
- "members": signed-in members only (a login restriction);
- "group:<id>": members of that group (a working group's private space), and the Secretariat;
- "restricted": password-protected pages, never shown through search;
- "user:<id>": that one member (a question only its asker and invited experts may read).
"""

from wagtail.models import PageViewRestriction

PUBLIC = "public"
MEMBERS = "members"
RESTRICTED = "restricted"


def group_label(group_id):
    return f"group:{group_id}"


def user_label(user_id):
    return f"user:{user_id}"


def audience_of_page(page):
    """The labels of a page: its own restrictions and its translations' together, so a
    translation of a restricted page is restricted however its own tree is set up."""
    restrictions = [
        restriction
        for version in page.get_translations(inclusive=True)
        for restriction in version.get_view_restrictions()
    ]
    if not restrictions:
        return [PUBLIC]
    if any(r.restriction_type == PageViewRestriction.PASSWORD for r in restrictions):
        return [RESTRICTED]
    # Every restriction on the way down must be satisfied, so group lists intersect.
    group_sets = [
        set(r.groups.values_list("pk", flat=True))
        for r in restrictions
        if r.restriction_type == PageViewRestriction.GROUPS
    ]
    if group_sets:
        allowed = set.intersection(*group_sets)
        return sorted(group_label(pk) for pk in allowed) or [RESTRICTED]
    return [MEMBERS]


def audiences_for(user):
    """The labels a reader may see, or None for the Secretariat, who may see everything."""
    if user is None or not getattr(user, "is_member", False):
        return {PUBLIC}
    if user.is_secretariat:
        return None
    groups = {group_label(pk) for pk in user.groups.values_list("pk", flat=True)}
    return {PUBLIC, MEMBERS, user_label(user.pk)} | groups
