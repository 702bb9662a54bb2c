"""The parts a person controls: the address (any change to it is refused), the message (any
bytes are decided on without an error), and the text (quoted history left out, measured on
the reply formats of the mail clients members use)."""

import datetime
import string

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from emailreplies.addresses import read_address, reply_address
from emailreplies.models import InboundMessage
from emailreplies.parsing import html_to_markdown, new_text, parse
from emailreplies.processing import process
from tests.emailreplies.reply_formats import FORMATS
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_the_reply_formats_of_common_mail_clients_give_the_new_text_exactly(capsys):
    wrong = []
    for name, kind, body, expected in FORMATS:
        got = new_text(html_to_markdown(body) if kind == "html" else body)
        if got != expected:
            wrong.append(f"{name}: {got!r}")
    with capsys.disabled():
        print(f"\nReply formats parsed exactly: {len(FORMATS) - len(wrong)} of {len(FORMATS)}")
    assert not wrong


class Member:
    def __init__(self, pk, reply_by_email=True):
        self.pk, self.reply_by_email = pk, reply_by_email


@given(
    kind=st.sampled_from(["thread", "answer", "clarify"]),
    target=st.integers(1, 2**40),
    member_id=st.integers(1, 2**40),
    data=st.data(),
)
@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_an_address_reads_back_and_any_change_to_it_is_refused(kind, target, member_id, data):
    address = reply_address(Member(member_id), kind, target)
    local = address.split("@")[0]
    assert len(local) <= 64  # an address's local part (RFC 5321)
    read = read_address(address)
    assert (read.kind, read.target, read.member_id, read.expired) == (kind, target, member_id, False)
    assert read_address(address.upper()) == read  # mail systems may change the case
    position = data.draw(st.integers(len("reply+"), len(local) - 1))
    replacement = data.draw(
        st.sampled_from(string.ascii_lowercase + string.digits + "-").filter(lambda c: c != local[position])
    )
    altered = local[:position] + replacement + local[position + 1 :] + "@" + address.split("@")[1]
    assert read_address(altered) is None


def test_no_address_for_a_member_who_turned_it_off():
    assert reply_address(Member(1, reply_by_email=False), "thread", 1) == ""


@example(raw=b'From: x@y\r\nContent-Type: text/plain; charset="x-no-such-charset"\r\n\r\nHello')
@example(raw=b"From: x@y\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n!!!not base64")
@given(raw=st.binary(max_size=2000) | st.text(max_size=2000).map(lambda text: text.encode("utf-8", "surrogatepass")))
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_message_is_decided_on_without_an_error(raw):
    member = UserFactory.build(pk=None)
    member.save()
    address = reply_address(member, "thread", 1)
    stored = InboundMessage.objects.create(
        recipient=address, message_id=f"<{member.pk}@fuzz>", raw=raw, envelope_sender="x@y"
    )
    assert process(stored.pk) in {"refused", "ignored"}


@given(html=st.text(max_size=500))
@settings(max_examples=200, deadline=None)
def test_any_html_becomes_text(html):
    assert isinstance(html_to_markdown(html), str)


@given(text=st.text(max_size=1000))
@settings(max_examples=200, deadline=None)
def test_any_text_gives_a_reply_no_longer_than_itself(text):
    assert len(new_text(text)) <= len(text.replace("\r\n", "\n"))


def test_replies_stored_while_their_task_was_lost_are_processed_by_the_daily_command_once(db):
    member = UserFactory()
    address = reply_address(member, "thread", 999)
    InboundMessage.objects.create(
        recipient=address, message_id="<a@b>", raw=b"From: x@y\r\n\r\nHello", envelope_sender="x@y"
    )
    old = InboundMessage.objects.create(
        recipient=address, message_id="<old@b>", raw=b"", status="refused",
        received_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
    )  # fmt: skip
    call_command("process_inbound_mail")
    assert InboundMessage.objects.get().status == "refused"  # decided (the sender is not the member)
    assert not InboundMessage.objects.filter(pk=old.pk).exists()  # whole messages are not kept past 30 days
    call_command("process_inbound_mail")
    assert InboundMessage.objects.get().processed_at is not None


def test_parse_reads_sender_subject_and_files():
    raw = (
        b"From: Kofi <KOFI@ec.example.gh>\r\nSubject: Re: hello\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nYes.\r\n'
        b'--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="../../etc/a.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n"
    )
    mail = parse(raw)
    assert (mail.sender, mail.subject, mail.text) == ("kofi@ec.example.gh", "Re: hello", "Yes.")
    (file,) = mail.files
    assert "/" not in file.name and file.read() == b"%PDF-"
