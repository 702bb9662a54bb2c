"""The blocks of an event's agenda: a heading for each day, then its sessions."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cen_portal.blocks import DocumentBlock


class SessionBlock(blocks.StructBlock):
    starts = blocks.TimeBlock(label=_("Starts"), help_text=_("The venue's local time."))
    ends = blocks.TimeBlock(label=_("Ends"), required=False)
    title = blocks.CharBlock(label=_("Session"), max_length=200)
    speakers = blocks.ListBlock(blocks.CharBlock(max_length=200), label=_("Speakers"), default=[])
    description = blocks.RichTextBlock(label=_("Description"), features=["bold", "italic", "link"], required=False)
    documents = blocks.ListBlock(DocumentBlock(), label=_("Documents"), default=[])

    class Meta:
        icon = "time"
        label = _("Session")
        template = "blocks/session_block.html"


class AgendaBlock(blocks.StreamBlock):
    day = blocks.DateBlock(label=_("Day"), template="blocks/agenda_day_block.html", icon="date")
    session = SessionBlock()
