"""What members and moderators do in the forums. Each change keeps the knowledge index and
subscribers up to date, and every moderation step is logged with its reason."""

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from cen_portal.markdown import mentioned_handles
from members.models import current_language
from search.sync import request_update

from .models import Post, PostReport, ReadMarker, Subscription, Thread
from .notifications import notify_about_post


def set_mentions(post):
    handles = mentioned_handles(post.body)
    post.mentions.set(get_user_model().objects.filter(profile__handle__in=handles) if handles else [])


def follow(user, *, thread=None, category=None, mode=Subscription.Mode.IMMEDIATE):
    subscription, _created = Subscription.objects.get_or_create(
        user=user, thread=thread, category=category, defaults={"mode": mode}
    )
    return subscription


@transaction.atomic
def start_thread(category, author, title, body):
    thread = Thread.objects.create(category=category, author=author, title=title, language=current_language())
    post = Post.objects.create(thread=thread, author=author, body=body, language=current_language())
    set_mentions(post)
    follow(author, thread=thread)
    request_update(thread.search_key)
    notify_about_post.enqueue(post.pk)
    return thread


@transaction.atomic
def reply(thread, author, body):
    post = Post.objects.create(thread=thread, author=author, body=body, language=current_language())
    set_mentions(post)
    thread.last_posted_at = post.created_at
    thread.save(update_fields=["last_posted_at"])
    follow(author, thread=thread)
    request_update(thread.search_key)
    notify_about_post.enqueue(post.pk)
    return post


def edit(post, body):
    post.body = body
    post.edited_at = timezone.now()
    post.save()
    set_mentions(post)
    request_update(post.thread.search_key)


def report(post, reporter, reason):
    return PostReport.objects.create(post=post, reporter=reporter, reason=reason)


def resolve_reports(post, moderator, resolution):
    post.reports.filter(resolved_at=None).update(
        resolved_at=timezone.now(), resolved_by=moderator, resolution=resolution
    )


@transaction.atomic
def moderate_post(post, moderator, action, reason):
    """Hide or restore a post; the audit trail records who, what and why."""
    post.hidden = action == "hide"
    post.save(update_fields=["hidden"])
    resolve_reports(post, moderator, f"{action}: {reason}")
    log(post, f"forums.post_{action}", user=moderator, data={"reason": reason, "thread": post.thread.title})
    request_update(post.thread.search_key)


@transaction.atomic
def moderate_thread(thread, moderator, action, reason, category=None):
    """Lock, unlock, pin, unpin, hide, restore or move a thread, with a logged reason."""
    changes = {
        "lock": {"locked": True},
        "unlock": {"locked": False},
        "pin": {"pinned": True},
        "unpin": {"pinned": False},
        "hide": {"hidden": True},
        "restore": {"hidden": False},
        "move": {"category": category},
    }[action]
    data = {"reason": reason}
    if action == "move":
        data.update(source=thread.category.name, destination=category.name)
    for field, value in changes.items():
        setattr(thread, field, value)
    thread.save()
    for post in thread.posts.all():
        resolve_reports(post, moderator, f"{action}: {reason}")
    log(thread, f"forums.thread_{action}", user=moderator, data=data)
    request_update(thread.search_key)


def mark_read(thread, user):
    ReadMarker.objects.update_or_create(user=user, thread=thread, defaults={"read_at": timezone.now()})
