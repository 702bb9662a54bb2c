from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cen_portal.admin import SecretariatMenuItem, register_actions

from .models import Category

ACTIONS = {
    "forums.post_hide": (_("Hide post"), _("Post hidden")),
    "forums.post_restore": (_("Restore post"), _("Post restored")),
    "forums.thread_lock": (_("Lock thread"), _("Thread locked")),
    "forums.thread_unlock": (_("Unlock thread"), _("Thread unlocked")),
    "forums.thread_pin": (_("Pin thread"), _("Thread pinned")),
    "forums.thread_unpin": (_("Unpin thread"), _("Thread unpinned")),
    "forums.thread_hide": (_("Hide thread"), _("Thread hidden")),
    "forums.thread_restore": (_("Restore thread"), _("Thread restored")),
    "forums.thread_move": (_("Move thread"), _("Thread moved")),
    "forums.consolidate": (_("Start consolidated reply"), _("Consolidated reply started")),
}


@hooks.register("register_log_actions")
def register_forum_actions(actions):
    register_actions(actions, ACTIONS)


class CategoryViewSet(SnippetViewSet):
    model = Category
    icon = "comment"
    menu_label = _("Forum categories")
    list_display = ["name", "group", "sort_order"]
    search_fields = ["name"]
    search_backend_name = None
    add_to_admin_menu = True
    menu_order = 310


register_snippet(CategoryViewSet)


@hooks.register("register_admin_menu_item")
def moderation_menu_item():
    return SecretariatMenuItem(_("Forum moderation"), reverse("forums:moderation"), icon_name="warning", order=910)
