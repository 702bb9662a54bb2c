from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from .models import InboundMessage


class InboundMessageViewSet(ModelViewSet):
    """What came in by email and what became of it, for the Secretariat: read only (it holds the
    "view" permission alone), and never the message itself, which stays with its sender."""

    model = InboundMessage
    icon = "mail"
    menu_label = _("Replies by email")
    add_to_admin_menu = True
    menu_order = 930
    list_display = ["received_at", "member", "target", "status", "reason", "explained"]
    list_filter = ["status", "reason"]
    list_per_page = 50
    search_fields = ["member__email", "member__last_name"]
    search_backend_name = None
    inspect_view_enabled = True
    inspect_view_fields = [
        "received_at",
        "processed_at",
        "member",
        "target",
        "status",
        "reason",
        "posted_url",
        "explained",
        "peer",
    ]
    form_fields = ["status"]  # required by the viewset; only the view permission is ever granted


inbound_viewset = InboundMessageViewSet("replies_by_email")


@hooks.register("register_admin_viewset")
def register_inbound_viewset():
    return inbound_viewset
