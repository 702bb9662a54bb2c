from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from cen_portal.admin import SecretariatMenuItem, register_actions

ACTIONS = {
    "members.invite": (_("Invite member"), _("Member invited")),
    "members.admit": (_("Admit member"), _("Member admitted")),
    "members.request_approved": (_("Approve membership request"), _("Membership request approved")),
    "members.request_declined": (_("Decline membership request"), _("Membership request declined")),
    "members.role_add": (_("Give role"), _("Role given")),
    "members.role_remove": (_("Remove role"), _("Role removed")),
}


@hooks.register("register_log_actions")
def register_member_actions(actions):
    register_actions(actions, ACTIONS)


@hooks.register("register_admin_menu_item")
def membership_requests_menu_item():
    return SecretariatMenuItem(_("Membership requests"), reverse("members:requests"), icon_name="user", order=900)


@hooks.register("construct_reports_menu")
def reports_for_the_secretariat(request, menu_items):
    """See ReportsForTheSecretariatMiddleware: others get no Reports menu at all."""
    if not request.user.is_secretariat:
        menu_items[:] = []
