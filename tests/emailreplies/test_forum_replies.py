"""Replying to forum notifications from the mailbox: posted as the member, new text only, and
refused (with one short explanation a day) whenever the site itself would refuse."""

import datetime
import logging
import smtplib

import pytest
import time_machine
from django.test import override_settings

from emailreplies.addresses import base36
from emailreplies.models import InboundMessage
from forums.models import Post, Subscription
from tests.emailreplies.conftest import deliver, reply_mail, reply_to

pytestmark = pytest.mark.django_db

ANSWER = "We answered within forty minutes: a statement on radio, then SMS to presiding officers."


def posts_by(user):
    return list(Post.objects.filter(author=user).values_list("body", flat=True))


def test_a_reply_to_a_notification_is_posted_in_the_thread_without_the_quoted_email(client, conversation, mailoutbox):
    thread, follower, notification = conversation
    assert "## Reply above this line ##" in notification.body
    assert "Or reply to this email" in notification.body
    address, raw = reply_to(notification, follower, ANSWER)

    assert deliver(raw, [address], follower.email) == {}
    assert posts_by(follower) == [ANSWER]
    stored = InboundMessage.objects.get()
    assert (stored.status, stored.member, stored.target) == ("posted", follower, f"thread:{thread.pk}")
    client.force_login(thread.author)
    page = client.get(stored.posted_url).content.decode()
    assert ANSWER in page
    # Like any reply: the thread's author, who follows it, hears about it.
    assert any(ANSWER in message.body for message in mailoutbox if message.to == [thread.author.email])


def test_a_reply_over_lmtp_is_posted_too(conversation):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, ANSWER)
    assert deliver(raw, [address], follower.email, lmtp=True) == {}
    assert posts_by(follower) == [ANSWER]


def test_a_french_reply_is_posted_in_french(conversation, mailoutbox):
    thread, follower, _notification = conversation
    follower.choose_language("fr")
    from forums import actions

    actions.reply(thread, thread.author, "Quelqu'un a-t-il un exemple ?")
    (notification,) = [message for message in mailoutbox if message.to == [follower.email]]
    assert "## Répondez au-dessus de cette ligne ##" in notification.body
    text = "Nous avons répondu en quarante minutes, par la radio puis par SMS."
    address = notification.extra_headers["Reply-To"]
    history = "\n".join(f"> {line}" for line in notification.body.splitlines())
    body = f"{text}\n\nLe mar. 1 déc. 2026 à 10:02, Portail CEN <cen@localhost> a écrit :\n\n{history}\n"
    deliver(reply_mail(address, follower.email, body), [address], follower.email)
    post = Post.objects.get(author=follower)
    assert (post.body, post.language) == (text, "fr")


def test_an_html_only_reply_becomes_markdown(conversation):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    html = (
        "<div>We used <b>SMS alerts</b>, see <a href='https://ec.example.gh/playbook'>our playbook</a>.</div>"
        "<div class='gmail_quote'>On Tue, 1 Dec 2026, CEN wrote:<blockquote>old text</blockquote></div>"
    )
    deliver(reply_mail(address, follower.email, html, html=True), [address], follower.email)
    post = Post.objects.get(author=follower)
    assert post.body == "We used **SMS alerts**, see [our playbook](https://ec.example.gh/playbook)."
    assert (
        '<a href="https://ec.example.gh/playbook"' in post.body_html and "<strong>SMS alerts</strong>" in post.body_html
    )


def test_a_forged_or_altered_address_is_refused_at_delivery_and_nothing_is_stored(conversation):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    local, domain = address.split("@")
    kind, target, _member, day, seal = local.removeprefix("reply+").split("-")
    altered_seal = local[:-1] + ("a" if local[-1] != "a" else "b") + "@" + domain
    as_the_author = f"reply+{kind}-{target}-{base36(thread.author.pk)}-{day}-{seal}@{domain}"
    another_thread = f"reply+{kind}-{base36(thread.pk + 1)}-{_member}-{day}-{seal}@{domain}"
    for forged in [altered_seal, as_the_author, another_thread, "reply+thread-1-1-1-aaaaaaaaaaaaaaaaaaaa@" + domain]:
        with pytest.raises(smtplib.SMTPRecipientsRefused):
            deliver(reply_mail(forged, follower.email, ANSWER), [forged], follower.email)
    assert not InboundMessage.objects.exists() and posts_by(follower) == []


def test_a_duplicate_delivery_posts_once(conversation):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, ANSWER)
    deliver(raw, [address], follower.email)
    deliver(raw, [address], follower.email)  # the MTA retried: same Message-ID
    assert posts_by(follower) == [ANSWER]
    assert InboundMessage.objects.count() == 1


@pytest.mark.parametrize(
    "headers, envelope_sender",
    [
        ({"Auto-Submitted": "auto-replied"}, "kofi@emb.example.org"),
        ({"Precedence": "bulk"}, "kofi@emb.example.org"),
        ({"List-Id": "<electoral.lists.example.org>"}, "kofi@emb.example.org"),
        ({}, "<>"),  # a bounce: the null return path
    ],
    ids=["auto-reply", "bulk", "mailing list", "bounce"],
)
def test_automatic_mail_is_ignored_without_an_answer(conversation, mailoutbox, headers, envelope_sender):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    raw = reply_mail(address, follower.email, "I am out of the office until Monday.", headers=headers)
    deliver(raw, [address], "" if envelope_sender == "<>" else envelope_sender)
    assert InboundMessage.objects.get().status == "ignored"
    assert posts_by(follower) == [] and mailoutbox == []


def explanations(mailoutbox, user):
    return [message for message in mailoutbox if message.to == [user.email] and "not posted" in message.subject]


def test_an_expired_address_is_refused_with_one_explanation_a_day(conversation, mailoutbox):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, ANSWER)
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=31)):
        deliver(raw, [address], follower.email)
        second = reply_mail(address, follower.email, "Trying again.")
        deliver(second, [address], follower.email)
    assert posts_by(follower) == []
    assert list(InboundMessage.objects.values_list("status", "reason")) == [("refused", "expired")] * 2
    (explanation,) = explanations(mailoutbox, follower)
    assert "expired" in explanation.body and "Rumours on polling day" in explanation.body
    assert explanation.extra_headers["Auto-Submitted"] == "auto-replied"


def test_a_reply_from_another_address_is_refused(conversation, mailoutbox):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    deliver(reply_mail(address, "someone.else@example.org", ANSWER), [address], "someone.else@example.org")
    assert posts_by(follower) == []
    assert InboundMessage.objects.get().reason == "wrong_sender"
    (explanation,) = explanations(mailoutbox, follower)  # to the account's own address only


@override_settings(REPLY_TRUSTED_MTA_HOSTS=["127.0.0.1"])
def test_a_dmarc_failure_counts_only_when_the_trusted_mta_reports_it(conversation):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    failed = {"Authentication-Results": "mx.cen.test; spf=fail smtp.mailfrom=emb.example.org; dmarc=fail"}
    deliver(reply_mail(address, follower.email, ANSWER, headers=failed), [address], follower.email)
    assert InboundMessage.objects.get().reason == "not_authenticated"
    with override_settings(REPLY_TRUSTED_MTA_HOSTS=["192.0.2.25"]):
        # From any other host the header could have been written by the sender: not believed.
        deliver(reply_mail(address, follower.email, ANSWER, headers=failed), [address], follower.email)
    assert posts_by(follower) == [ANSWER]


def test_a_locked_thread_takes_no_replies_by_email(conversation, mailoutbox):
    thread, follower, notification = conversation
    thread.locked = True
    thread.save()
    address, raw = reply_to(notification, follower, ANSWER)
    deliver(raw, [address], follower.email)
    assert posts_by(follower) == []
    (explanation,) = explanations(mailoutbox, follower)
    assert "locked" in explanation.body


def test_a_member_removed_from_a_private_space_cannot_post_there_and_is_not_told_its_title(mailoutbox, db):
    from django.contrib.auth.models import Group

    from forums import actions
    from tests.factories import CategoryFactory, member

    group = Group.objects.create(name="Working group on voter registration")
    category = CategoryFactory(slug="wg-registration", group=group)
    insider, author = member(), member()
    insider.groups.add(group)
    author.groups.add(group)
    thread = actions.start_thread(category, author, "Confidential: the audit's findings", "Draft findings attached.")
    Subscription.objects.create(user=insider, thread=thread)
    actions.reply(thread, author, "Comments by Friday please.")
    (notification,) = [message for message in mailoutbox if message.to == [insider.email]]
    insider.groups.remove(group)
    mailoutbox.clear()
    address, raw = reply_to(notification, insider, ANSWER)
    deliver(raw, [address], insider.email)
    assert posts_by(insider) == []
    (explanation,) = explanations(mailoutbox, insider)
    assert "no longer read" in explanation.body and "audit" not in explanation.body + explanation.subject


def test_a_member_who_left_the_network_is_refused_and_not_written_to(conversation, mailoutbox):
    thread, follower, notification = conversation
    follower.is_active = False
    follower.save()
    address, raw = reply_to(notification, follower, ANSWER)
    deliver(raw, [address], follower.email)
    assert posts_by(follower) == [] and mailoutbox == []
    assert InboundMessage.objects.get().reason == "not_member"


@override_settings(REPLY_HOURLY_LIMIT=2)
def test_replies_beyond_the_hourly_limit_are_refused(conversation):
    thread, follower, notification = conversation
    address = notification.extra_headers["Reply-To"]
    for number in range(3):
        deliver(reply_mail(address, follower.email, f"Point {number}."), [address], follower.email)
    assert posts_by(follower) == ["Point 0.", "Point 1."]
    assert InboundMessage.objects.filter(reason="too_many").count() == 1


def test_a_member_who_turns_reply_by_email_off_gets_no_reply_address_and_old_ones_stop(
    client, conversation, mailoutbox
):
    thread, follower, notification = conversation
    client.force_login(follower)
    profile = client.get("/en/members/profile/").content.decode()
    assert "Reply to notifications by email" in profile
    form = {"first_name": "Kofi", "last_name": "Mensah", "language": "en", "emb": follower.profile.emb_id}
    assert client.post("/en/members/profile/", form).status_code == 302
    follower.refresh_from_db()
    assert follower.reply_by_email is False

    from forums import actions

    actions.reply(thread, thread.author, "Another update.")
    (later,) = [message for message in mailoutbox if message.to == [follower.email]]
    assert "Reply-To" not in later.extra_headers and "Reply above this line" not in later.body
    address, raw = reply_to(notification, follower, ANSWER)
    deliver(raw, [address], follower.email)
    assert posts_by(follower) == [] and InboundMessage.objects.get().reason == "turned_off"


def test_a_reply_with_files_is_posted_and_the_member_told_files_are_not_kept_in_forums(conversation, mailoutbox):
    thread, follower, notification = conversation
    address, raw = reply_to(
        notification, follower, ANSWER, attachments=[("plan.pdf", b"%PDF-1.4 plan", "application/pdf")]
    )
    deliver(raw, [address], follower.email)
    assert posts_by(follower) == [ANSWER]
    (note,) = [message for message in mailoutbox if message.to == [follower.email]]
    assert "files were not kept" in note.body


def test_the_daily_digest_gives_each_thread_its_own_reply_address(conversation, mailoutbox):
    from forums import actions
    from forums.notifications import send_daily_digests

    thread, follower, _notification = conversation
    Subscription.objects.filter(user=follower).update(mode=Subscription.Mode.DIGEST)
    actions.reply(thread, thread.author, "Digest-worthy news.")
    send_daily_digests.call()
    (digest,) = [message for message in mailoutbox if message.to == [follower.email]]
    address = digest.body.split("Reply in this thread by email: ")[1].split()[0]
    deliver(reply_mail(address, follower.email, ANSWER), [address], follower.email)
    assert posts_by(follower) == [ANSWER]


def test_no_reply_address_or_sender_reaches_the_log(conversation, caplog):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, ANSWER)
    with caplog.at_level(logging.DEBUG):
        deliver(raw, [address], follower.email)
        deliver(reply_mail(address, "someone.else@example.org", ANSWER), [address], "someone.else@example.org")
    assert posts_by(follower) == [ANSWER]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "Reply " in logged  # the outcome is logged, by the stored message's number
    for secret in (address, address.split("@")[0], follower.email, "someone.else@example.org"):
        assert secret not in logged


def test_the_secretariat_sees_what_came_in_and_what_became_of_it_but_not_the_message(client, conversation):
    from tests.factories import secretariat_user

    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, ANSWER)
    deliver(raw, [address], follower.email)
    deliver(reply_mail(address, "someone.else@example.org", "Not me."), [address], "someone.else@example.org")
    client.force_login(secretariat_user())
    listing = client.get("/admin/replies_by_email/?status=refused")
    assert listing.status_code == 200, listing.get("Location")
    page = listing.content.decode()
    assert "wrong_sender" in page and str(follower) in page
    stored = InboundMessage.objects.get(reason="wrong_sender")
    inspect = client.get(f"/admin/replies_by_email/inspect/{stored.pk}/").content.decode()
    assert "Not me." not in inspect and "someone.else@example.org" not in inspect
    assert client.get(f"/admin/replies_by_email/edit/{stored.pk}/").status_code in (302, 403)
    client.force_login(follower)
    assert client.get("/admin/replies_by_email/").status_code in (302, 403)
