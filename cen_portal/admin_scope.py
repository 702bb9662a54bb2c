"""What a person may see in the Wagtail admin: which pages, documents and images it names to them.

A working group's editors open the admin to edit their own group's pages (members/roles.py and
workinggroups/models.py give them rights over their group's page and collection, nothing more).
Wagtail's explorer, page search and pages API already keep to the pages a person may edit, and
its document and image listings and choosers to their collections; but its page chooser, its
bulk actions, its admin API for documents and images and a few views reached by id name any
page or file. Here is the one rule they all follow:

- **pages**: the pages a person may edit, with their ancestors (Wagtail's "explorable" pages),
  and the live pages they may read on the site (Wagtail's view restrictions: members only,
  their groups; a password-protected page is for its editors only) whose latest draft has not
  been retitled, since the admin shows a page's draft title and a retitling is a draft;
- **documents and images**: those in the collections a person may edit or choose from.

The Secretariat (and a superuser) sees everything. Other groups' drafts, pending "share your
practice" submissions, drafts made from private threads or questions, and group-restricted pages
stay out of sight: they are neither listed nor answered by id.

Enforced by the hooks in `wagtail_hooks.py` (the page chooser, the explorer, the admin API's
documents and images) and by `middleware.AdminScopeMiddleware` for the views that have no hook
(the page chooser's parent page and choices by id, revisions compared, move and copy
destinations, bulk actions): an id out of sight is refused (403), without its title.
"""

from django.db.models import F, Q
from wagtail.models import Page, PageViewRestriction
from wagtail.permissions import page_permission_policy, policy_registry

FILE_ACTIONS = ["change", "choose"]


def sees_everything(user):
    return user.is_active and (user.is_superuser or getattr(user, "is_secretariat", False))


def visible_pages(user):
    """The pages this person may see in the admin (see the module's docstring)."""
    if not (user.is_authenticated and user.is_active):
        return Page.objects.none()
    if sees_everything(user):
        return Page.objects.all()
    editable = page_permission_policy.explorable_instances(user)
    readable = Page.objects.live().filter(Q(draft_title="") | Q(draft_title=F("title")))
    groups = set(user.groups.values_list("pk", flat=True))
    for restriction in PageViewRestriction.objects.select_related("page").prefetch_related("groups"):
        if not admits(restriction, groups):
            readable = readable.exclude(path__startswith=restriction.page.path)
    return Page.objects.filter(Q(pk__in=editable.values("pk")) | Q(pk__in=readable.values("pk")))


def admits(restriction, groups):
    """Whether a signed-in person with these groups passes a view restriction. The admin never
    asks for a page's password: password-protected pages are for their editors."""
    if restriction.restriction_type == PageViewRestriction.LOGIN:
        return True
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        return any(group.pk in groups for group in restriction.groups.all())
    return False


def visible_files(user, model):
    """The documents or images (`model`) this person may see in the admin: those in collections
    they may edit or choose from, as Wagtail's own listings and choosers show."""
    if sees_everything(user):
        return model.objects.all()
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, FILE_ACTIONS)


def keep_visible_pages(pages, user):
    """A queryset of pages narrowed to those in sight (the same queryset for the Secretariat)."""
    if sees_everything(user):
        return pages
    return pages.filter(pk__in=visible_pages(user).values_list("pk", flat=True))


def keep_visible_files(files, user):
    if sees_everything(user):
        return files
    return files.filter(pk__in=visible_files(user, files.model).values_list("pk", flat=True))


def all_pages_visible(user, ids):
    """Whether every page id (ints) is in sight of this person."""
    ids = set(ids)
    return not ids or visible_pages(user).filter(pk__in=ids).count() == len(ids)


def all_files_visible(user, model, ids):
    ids = set(ids)
    return not ids or visible_files(user, model).filter(pk__in=ids).count() == len(ids)
