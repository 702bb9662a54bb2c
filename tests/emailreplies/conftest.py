"""Replies sent as real SMTP to the portal's own receiver.

`deliver` starts the receiver (emailreplies.receiver, the server `manage.py receive_mail`
runs) on a free port and sends with smtplib from another thread, as an MTA would. The
receiver's database work runs back in the test's thread (async_to_sync), so it sees the
test's data on both databases; the worker's task runs at once (the immediate backend)."""

import asyncio
import email.policy
import smtplib
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from asgiref.sync import async_to_sync

from emailreplies.receiver import start_server
from forums import actions
from forums.models import Subscription
from tests.factories import CategoryFactory, member
from tests.questions.conftest import network  # noqa: F401  (the Ask-the-network people, for its replies)


def deliver(raw, recipients, envelope_sender="sender@example.org", lmtp=False):
    """Send `raw` over SMTP (or LMTP) to the receiver; what smtplib reports refused."""

    async def serve_and_send():
        server = await start_server("127.0.0.1", 0, lmtp=lmtp)
        port = server.sockets[0].getsockname()[1]
        try:
            return await asyncio.to_thread(send, port, raw, envelope_sender, recipients, lmtp)
        finally:
            server.close()
            await server.wait_closed()

    return async_to_sync(serve_and_send)()


def send(port, raw, envelope_sender, recipients, lmtp):
    client = smtplib.LMTP("127.0.0.1", port) if lmtp else smtplib.SMTP("127.0.0.1", port)
    with client:
        return client.sendmail(envelope_sender, recipients, raw)


def reply_mail(to, sender, body, *, html=False, subject="Re: New post", headers=None, attachments=()):
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message["Message-ID"] = make_msgid(domain="mail.example.org")
    for name, value in (headers or {}).items():
        message[name] = value
    message.set_content(body, subtype="html" if html else "plain")
    for name, content, mime in attachments:
        maintype, subtype = mime.split("/")
        message.add_attachment(content, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes(policy=email.policy.SMTP)  # CRLF line ends, as MTAs send


def quoted(notification):
    """A Gmail-style reply's history: the header line, then the notification quoted with '>'."""
    lines = "\n".join(f"> {line}" if line else ">" for line in notification.body.splitlines())
    return f"On Tue, 1 Dec 2026 at 10:02, CEN Knowledge Portal <cen@localhost> wrote:\n\n{lines}\n"


def reply_to(notification, member, text, **kwargs):
    """The member's top-posted reply to a notification, from their own address."""
    address = notification.extra_headers["Reply-To"]
    return address, reply_mail(address, member.email, f"{text}\n\n{quoted(notification)}", **kwargs)


@pytest.fixture
def conversation(db, mailoutbox):
    """A thread in an open category, a member who follows it, and the notification they got."""
    category = CategoryFactory(slug="open", name="Open forum")
    thread = actions.start_thread(category, member(), "Rumours on polling day", "Has anyone answered a viral rumour?")
    follower = member(user__first_name="Kofi")
    Subscription.objects.create(user=follower, thread=thread)
    mailoutbox.clear()
    actions.reply(thread, thread.author, "We are drafting a playbook.")
    (notification,) = [message for message in mailoutbox if message.to == [follower.email]]
    mailoutbox.clear()
    return thread, follower, notification
