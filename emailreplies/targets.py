"""What a reply can be posted to, registered by the app that owns it.

Forums register "thread" (a reply in the thread), Ask the network "answer" (an invited
expert's answer) and "clarify" (the asker's clarification). Feature apps do not import each
other or this app's processing: each registers a function in its `AppConfig.ready`.
"""

from dataclasses import dataclass, field

from django.core.exceptions import ImproperlyConfigured

# {kind: ReplyTarget}
REPLY_TARGETS = {}


class ReplyRefused(Exception):
    """The member may not post this reply there (any more); `message` tells them why."""

    def __init__(self, code, message):
        super().__init__(code)
        self.code = code
        self.message = message


@dataclass
class Reply:
    """A reply as the owning app receives it: who wrote it, the new text only (markdown), and
    the attached files (Django File objects, not yet checked)."""

    member: object
    text: str
    files: list = field(default_factory=list)


@dataclass(frozen=True)
class ReplyTarget:
    kind: str
    # post(reply, target_id) makes the post and returns it (it has get_absolute_url), or raises ReplyRefused.
    post: object
    # What the member replied to, for the explanation email: describe(target_id, member) -> (title, url), or None
    # when the member may not read it (any more).
    describe: object
    accepts_files: bool = False


def register_reply_target(kind, post, describe, accepts_files=False):
    if kind in REPLY_TARGETS:
        raise ImproperlyConfigured(f"The reply target {kind!r} is registered twice.")
    REPLY_TARGETS[kind] = ReplyTarget(kind, post, describe, accepts_files)
