from django.apps import AppConfig
from django.db.models.signals import post_migrate


def let_secretariat_see_replies(sender, using, **kwargs):
    """The Secretariat sees what came in by email and what became of it (not the messages)."""
    from cen_portal.groups import grant_to_secretariat

    grant_to_secretariat(sender, using, codenames=["view_inboundmessage"])


class EmailRepliesConfig(AppConfig):
    name = "emailreplies"
    verbose_name = "Reply by email"

    def ready(self):
        post_migrate.connect(let_secretariat_see_replies, sender=self)
