from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ForumsConfig(AppConfig):
    name = "forums"
    verbose_name = "Forums"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.kinds import register_kind
        from cen_portal.services import MEMBERS, register_service

        register_kind("forum-thread", _("Forum thread"), 70)
        register_service(
            "forums:index",
            _("Forums"),
            _("Discuss practice with colleagues from other EMBs, in open spaces and in your working groups."),
            MEMBERS,
            30,
        )

        from emailreplies.targets import register_reply_target
        from search.sources import register_source

        from . import signals  # noqa: F401
        from .replies import describe, post_reply
        from .search import ThreadSource

        register_reply_target("thread", post_reply, describe)
        register_source(ThreadSource())
