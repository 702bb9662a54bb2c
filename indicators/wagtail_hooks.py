from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cen_portal.admin import SecretariatMenuItem, register_actions

from .forms import RecordValueForm
from .models import Indicator, IndicatorValue

ACTIONS = {
    "indicators.value_recorded": (_("Record practice data"), _("Practice data recorded")),
    "indicators.correction_accepted": (_("Accept correction"), _("Correction accepted")),
    "indicators.correction_declined": (_("Decline correction"), _("Correction declined")),
}


@hooks.register("register_log_actions")
def register_indicator_actions(actions):
    register_actions(actions, ACTIONS)


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    menu_label = _("Practice indicators")
    list_display = ["name", "practice_area", "kind", "version"]
    list_filter = ["kind", "practice_area"]
    search_fields = ["name", "question"]
    search_backend_name = None
    add_to_admin_menu = True
    menu_order = 320


register_snippet(IndicatorViewSet)


class IndicatorValueViewSet(ModelViewSet):
    """Practice data as recorded, newest first. Recording a value keeps the previous one as
    history (IndicatorValue.record); values are never edited in place."""

    model = IndicatorValue
    icon = "list-ul"
    menu_label = _("Practice data")
    add_to_admin_menu = True
    menu_order = 321
    list_display = ["emb", "indicator", "display", "as_of", "recorded_at", "is_current"]
    list_filter = ["indicator", "is_current", "illustrative"]
    search_fields = ["emb__name"]
    search_backend_name = None
    form_fields = ["emb", "indicator", "value", "as_of", "source_url", "source_title", "note", "illustrative"]
    inspect_view_enabled = True

    def get_form_class(self, for_update=False):
        return RecordValueForm


value_viewset = IndicatorValueViewSet("practice_data")


@hooks.register("register_admin_viewset")
def register_value_viewset():
    return value_viewset


@hooks.register("register_admin_menu_item")
def corrections_menu_item():
    return SecretariatMenuItem(
        _("Suggested corrections"), reverse("indicators:corrections"), icon_name="edit", order=920
    )
