"""A mail provider's inbound webhook: the same storage and rules as the receiver, for signed
requests only."""

from urllib.parse import urlencode

import pytest
from django.test import override_settings

from emailreplies.models import InboundMessage
from emailreplies.views import signature
from forums.models import Post
from tests.emailreplies.conftest import reply_to

pytestmark = pytest.mark.django_db
SECRET = "a-shared-secret-for-the-webhook"


def post(client, recipient, raw, signed=None):
    return client.post(
        f"/mail/inbound/?{urlencode({'recipient': recipient})}",
        raw,
        content_type="message/rfc822",
        HTTP_X_REPLY_SIGNATURE=signed if signed is not None else signature(recipient, raw),
        HTTP_X_ENVELOPE_FROM="kofi@emb.example.org",
    )


@override_settings(REPLY_WEBHOOK_SECRET=SECRET)
def test_a_signed_message_is_stored_once_and_posted(client, conversation):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, "Posted through the provider's webhook.")
    assert post(client, address, raw).status_code == 202
    assert post(client, address, raw).status_code == 200  # the provider retried
    assert list(Post.objects.filter(author=follower).values_list("body", flat=True)) == [
        "Posted through the provider's webhook."
    ]
    assert InboundMessage.objects.get().peer == "webhook"


@override_settings(REPLY_WEBHOOK_SECRET=SECRET)
def test_an_unsigned_or_misaddressed_message_is_refused(client, conversation):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, "Forged.")
    assert post(client, address, raw, signed="sha256=" + "0" * 64).status_code == 403
    assert post(client, address, raw + b"tampered", signed=signature(address, raw)).status_code == 403
    forged = address.replace("reply+thread", "reply+answer")
    assert post(client, forged, raw).status_code == 400
    assert not InboundMessage.objects.exists()


def test_without_a_secret_there_is_no_webhook(client, conversation):
    thread, follower, notification = conversation
    address, raw = reply_to(notification, follower, "Nobody listens.")
    response = post(client, address, raw, signed="sha256=x")
    assert (response.status_code, response.content) == (403, b"The inbound mail webhook is off.\n")
    assert not InboundMessage.objects.exists()
