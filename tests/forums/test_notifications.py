"""Subscriptions and emails: immediate or a daily digest, mentions, and one-click unsubscribe."""

import re

import pytest

from forums import actions
from forums.models import DigestItem, Subscription
from forums.notifications import send_daily_digests
from tests.factories import CategoryFactory, MemberProfileFactory, PostFactory, ThreadFactory, member

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    return actions.start_thread(CategoryFactory(slug="general"), member(), "Polling kiosks", "Who has used kiosks?")


def reply(client, thread, author, body="A useful answer."):
    client.force_login(author)
    return client.post(f"/en/forums/{thread.category.slug}/{thread.pk}/reply/", {"body": body})


def test_followers_are_emailed_at_once_with_a_way_out(client, thread, mailoutbox):
    follower = member()
    Subscription.objects.create(user=follower, thread=thread)
    reply(client, thread, member())
    message = next(m for m in mailoutbox if m.to == [follower.email])
    assert "Polling kiosks" in message.subject
    assert "A useful answer." in message.body
    link = re.search(r"http://testserver(/en/forums/unsubscribe/\S+/)", message.body).group(1)
    assert message.extra_headers["List-Unsubscribe"] == f"<http://testserver{link}>"

    client.logout()
    assert "Stop emails about" in client.get(link).content.decode()
    client.post(link)
    assert not Subscription.objects.filter(user=follower, thread=thread).exists()
    assert client.get(link).status_code == 404
    assert client.get("/en/forums/unsubscribe/forged-token/").status_code == 404


def test_authors_do_not_hear_about_their_own_posts_but_follow_what_they_write(client, thread, mailoutbox):
    author = member()
    reply(client, thread, author)
    assert author.email not in {address for message in mailoutbox for address in message.to}
    assert Subscription.objects.filter(user=author, thread=thread).exists()
    assert thread.author.email in {address for message in mailoutbox for address in message.to}


def test_digest_followers_get_one_email_a_day(client, thread, mailoutbox):
    reader = member()
    Subscription.objects.create(user=reader, category=thread.category, mode=Subscription.Mode.DIGEST)
    reply(client, thread, member(), "First answer.")
    reply(client, thread, member(), "Second answer.")
    assert reader.email not in {address for message in mailoutbox for address in message.to}
    assert DigestItem.objects.filter(user=reader).count() == 2
    mailoutbox.clear()
    assert send_daily_digests.call() == 1
    (digest,) = [m for m in mailoutbox if m.to == [reader.email]]
    assert "2 new posts" in digest.subject
    assert "First answer." in digest.body and "Second answer." in digest.body
    assert "/en/forums/unsubscribe/" in digest.body
    assert not DigestItem.objects.exists()


def test_mentions_notify_even_without_a_subscription(client, thread, mailoutbox):
    mentioned = MemberProfileFactory(handle="ana-vuki").user
    reply(client, thread, member(), "What do you think, @ana-vuki?")
    message = next(m for m in mailoutbox if m.to == [mentioned.email])
    assert "mentioned you" in message.subject


def test_people_who_lost_access_are_not_told(client, mailoutbox):
    from django.contrib.auth.models import Group

    group = Group.objects.create(name="Working Group on New Media")
    private = ThreadFactory(category=CategoryFactory(slug="wg-new-media", group=group))
    PostFactory(thread=private, author=private.author)
    private.author.groups.add(group)
    former_member = member()
    Subscription.objects.create(user=former_member, thread=private)
    MemberProfileFactory(handle="outsider")
    reply(client, private, private.author, "Private news for @outsider")
    recipients = {address for message in mailoutbox for address in message.to}
    assert former_member.email not in recipients
    assert all("outsider" not in address for address in recipients)


def test_members_manage_their_subscriptions(client, thread):
    reader = member()
    subscription = Subscription.objects.create(user=reader, thread=thread)
    client.force_login(reader)
    Subscription.objects.exclude(user=reader).delete()
    assert "Polling kiosks" in client.get("/en/forums/notifications/").content.decode()
    client.post("/en/forums/notifications/", {"subscription": subscription.pk, "mode": "digest", "action": "save"})
    subscription.refresh_from_db()
    assert subscription.mode == "digest"
    client.post("/en/forums/notifications/", {"subscription": subscription.pk, "action": "stop"})
    assert not Subscription.objects.exists()
    client.post("/en/forums/follow/", {"category": thread.category.slug, "mode": "immediate"})
    assert Subscription.objects.get().category == thread.category
    assert client.post("/en/forums/follow/", {"thread": "abc"}).status_code == 404


def test_the_daily_command_sends_digests(client, thread, mailoutbox):
    import io

    from django.core.management import call_command

    reader = member()
    Subscription.objects.create(user=reader, thread=thread, mode=Subscription.Mode.DIGEST)
    reply(client, thread, member(), "Digest me.")
    call_command("send_forum_digests", stdout=io.StringIO())
    assert any(m.to == [reader.email] and "Digest me." in m.body for m in mailoutbox)
