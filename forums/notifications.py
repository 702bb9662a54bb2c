"""Telling members about new posts: immediately or in a daily digest, always with a way out."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache
from django.db.models import Q
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from cen_portal.mail import email_member
from emailreplies.addresses import reply_address, reply_headers

from .models import Category, DigestItem, Post, Subscription

UNSUBSCRIBE_SALT = "forums.unsubscribe"
NOTICE_GUARD_SECONDS = 7 * 24 * 60 * 60


def unsubscribe_token(subscription):
    return signing.dumps(subscription.pk, salt=UNSUBSCRIBE_SALT)


def subscription_for_token(token):
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except signing.BadSignature:
        return None
    return Subscription.objects.filter(pk=pk).select_related("thread", "category").first()


def unsubscribe_url(subscription):
    """The signed link in the emails that stops them, in the member's language."""
    with translation.override(subscription.user.language):
        return reverse("forums:unsubscribe", args=[unsubscribe_token(subscription)])


def can_read(user, category):
    return Category.objects.readable_by(user).filter(pk=category.pk).exists()


def first_notice(post, user, kind):
    """True the first time `user` is emailed about `post`. A worker killed mid-task has its
    task run again (manage.py requeue_interrupted_tasks): whoever it already emailed is skipped.
    The shared cache (the database in production) makes the check atomic across workers."""
    key = f"forums:notified:{kind}:{post.pk}:{post.created_at.timestamp()}:{user.pk}"
    return cache.add(key, True, NOTICE_GUARD_SECONDS)


@task()
def notify_about_post(post_id):
    """Email the people following the thread or its category, and anyone mentioned."""
    post = Post.objects.select_related("thread__category", "author").filter(pk=post_id, hidden=False).first()
    if post is None:
        return 0
    thread, category = post.thread, post.thread.category
    chosen = {}
    subscriptions = (
        Subscription.objects.filter(Q(thread=thread) | Q(category=category))
        .exclude(user=post.author)
        .select_related("user")
        .order_by("category_id")  # thread subscriptions (no category) win over category ones
    )
    for subscription in subscriptions:
        chosen.setdefault(subscription.user_id, subscription)
    sent = 0
    for subscription in chosen.values():
        user = subscription.user
        if not user.is_active or not can_read(user, category):
            continue
        if subscription.mode == Subscription.Mode.DIGEST:
            DigestItem.objects.get_or_create(user=user, post=post)
            continue
        if not first_notice(post, user, "post"):
            continue
        link = unsubscribe_url(subscription)
        headers = {**list_unsubscribe(link), **reply_headers(user, "thread", thread.pk)}
        email_member(
            "forums/email/new_post",
            {
                "post": post,
                "thread": thread,
                "recipient": user,
                "subscription": subscription,
                "unsubscribe_url": link,
                "reply_by_email": "Reply-To" in headers,
            },
            user,
            headers=headers,
        )
        sent += 1
    for user in post.mentions.exclude(pk=post.author_id).exclude(pk__in=chosen.keys()):
        if user.is_active and can_read(user, category) and first_notice(post, user, "mention"):
            headers = reply_headers(user, "thread", thread.pk)
            context = {"post": post, "thread": thread, "recipient": user, "reply_by_email": bool(headers)}
            email_member("forums/email/mention", context, user, headers=headers)
            sent += 1
    return sent


def list_unsubscribe(link):
    return {"List-Unsubscribe": f"<{settings.WAGTAILADMIN_BASE_URL}{link}>"}


@task()
def send_daily_digests():
    """One email per member with the day's posts from what they follow in digest mode."""
    User = get_user_model()
    sent = 0
    for user in User.objects.filter(pk__in=DigestItem.objects.values("user")).distinct():
        items = DigestItem.objects.filter(user=user).select_related("post__thread__category", "post__author")
        posts = [
            item.post
            for item in items
            if not item.post.hidden and not item.post.thread.hidden and can_read(user, item.post.thread.category)
        ]
        if posts and user.is_active:
            subscriptions = Subscription.objects.filter(user=user, mode=Subscription.Mode.DIGEST).select_related("user")
            email_member(
                "forums/email/digest",
                {
                    "recipient": user,
                    # Each post with its thread's own reply address.
                    "posts": [(post, reply_address(user, "thread", post.thread_id)) for post in posts],
                    "subscriptions": [(subscription, unsubscribe_url(subscription)) for subscription in subscriptions],
                },
                user,
            )
            sent += 1
        items.delete()
    return sent
