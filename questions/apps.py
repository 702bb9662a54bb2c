from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def let_secretariat_keep_holidays(sender, using, **kwargs):
    """The Secretariat keeps the holidays that working-day deadlines skip."""
    from cen_portal.groups import grant_to_secretariat

    grant_to_secretariat(sender, using, codenames=["add_holiday", "change_holiday", "delete_holiday", "view_holiday"])


class QuestionsConfig(AppConfig):
    name = "questions"
    verbose_name = "Ask the network"

    def ready(self):
        # Imported here: an app's models (and the registries beside them) load after its config.
        from cen_portal.kinds import register_kind
        from cen_portal.services import MEMBERS, register_service
        from cen_portal.uploads import register_upload_collection
        from cen_portal.workingdays import register_closed_days
        from emailreplies.targets import register_reply_target
        from search.sources import register_source

        from .actions import ANSWER_COLLECTION, attachments_in_use
        from .models import Holiday
        from .replies import describe, post_answer, post_clarification
        from .search import QuestionSource

        register_kind("question", _("Question to the network"), 80)
        register_source(QuestionSource())
        register_service(
            "questions:index",
            _("Ask the network"),
            _("Put a question to peer EMBs: the Secretariat finds colleagues with the experience to answer it."),
            MEMBERS,
            20,
        )
        register_upload_collection(ANSWER_COLLECTION, attachments_in_use)
        # The office's holidays: question deadlines and event reminders skip them.
        register_closed_days(Holiday.closed_days)
        register_reply_target("answer", post_answer, describe, accepts_files=True)
        register_reply_target("clarify", post_clarification, describe)
        post_migrate.connect(let_secretariat_keep_holidays, sender=self)
