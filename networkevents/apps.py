from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    # Not "events": that name is taken by a package opensearch-py imports (`from events import Events`).
    name = "networkevents"
    verbose_name = "Events"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.home import register_home_section
        from cen_portal.kinds import register_kind
        from cen_portal.sections import register_page_section

        from . import signals  # noqa: F401
        from .models import events_of_group, events_with_output, next_public_events

        register_kind("event", _("Event"), 35)
        register_home_section("next_events", next_public_events)
        register_page_section("workinggroups.WorkingGroupPage", "group_events", events_of_group)
        register_page_section("workinggroups.ReportPage", "events_with_output", events_with_output)
