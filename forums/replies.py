"""Replies by email to forum notifications and digests: a reply in the thread, on the same
terms as the reply form (a member who can still read the thread, has accepted the code of
conduct, and a thread that is not locked)."""

from django.utils.translation import gettext_lazy as _

from emailreplies.targets import ReplyRefused

from . import actions
from .models import MAX_POST_LENGTH, Thread, has_accepted_code_of_conduct


def readable(thread_id, member):
    return Thread.objects.readable_by(member).select_related("category").filter(pk=thread_id).first()


def post_reply(reply, thread_id):
    thread = readable(thread_id, reply.member)
    if thread is None:
        raise ReplyRefused("no_access", _("You can no longer read that thread, so your reply was not posted."))
    if thread.locked and not reply.member.is_secretariat:
        raise ReplyRefused("locked", _("The thread is locked: it takes no new replies."))
    if not has_accepted_code_of_conduct(reply.member):
        raise ReplyRefused(
            "code_of_conduct", _("Accept the forums' code of conduct on the portal first, then reply again.")
        )
    if len(reply.text) > MAX_POST_LENGTH:
        raise ReplyRefused(
            "too_long", _("A post can have at most %(limit)s characters; split it in two.") % {"limit": MAX_POST_LENGTH}
        )
    return actions.reply(thread, reply.member, reply.text)


def describe(thread_id, member):
    thread = readable(thread_id, member)
    return (thread.title, thread.get_absolute_url()) if thread else None
