"""Ask the network in the Wagtail admin: the service dashboard, the holidays deadlines skip,
and the lines each step writes in the audit trail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cen_portal.admin import SecretariatMenuItem, register_actions

from . import views
from .models import Holiday

ACTIONS = {
    "questions.ask": (_("Ask the network"), _("Question asked")),
    "questions.resubmit": (_("Clarify question"), _("Question clarified by the asker")),
    "questions.accept": (_("Accept question"), _("Question accepted")),
    "questions.clarify": (_("Return question"), _("Question returned to the asker to clarify")),
    "questions.merge": (_("Merge question"), _("Question merged with an earlier one")),
    "questions.decline": (_("Decline question"), _("Question declined")),
    "questions.route": (_("Invite experts"), _("Experts invited")),
    "questions.expert_accept": (_("Expert accepts"), _("Expert will answer")),
    "questions.expert_decline": (_("Expert declines"), _("Expert said “Not me”")),
    "questions.answer": (_("Answer question"), _("Answer posted")),
    "questions.remind": (_("Remind expert"), _("Expert reminded of the deadline")),
    "questions.close": (_("Close question"), _("Question closed with a consolidated reply")),
    "questions.rate": (_("Rate answers"), _("Usefulness rated by the asker")),
}


@hooks.register("register_log_actions")
def register_question_actions(actions):
    register_actions(actions, ACTIONS)


@hooks.register("register_admin_urls")
def register_dashboard_url():
    return [path("questions/dashboard/", views.dashboard, name="questions_dashboard")]


@hooks.register("register_admin_menu_item")
def dashboard_menu_item():
    return SecretariatMenuItem(_("Ask the network"), reverse("questions_dashboard"), icon_name="help", order=905)


class HolidayViewSet(SnippetViewSet):
    model = Holiday
    icon = "date"
    menu_label = _("Holidays")
    list_display = ["date", "name"]
    search_fields = ["name"]
    search_backend_name = None
    add_to_admin_menu = True
    menu_order = 906
    ordering = ["-date"]


register_snippet(HolidayViewSet)
