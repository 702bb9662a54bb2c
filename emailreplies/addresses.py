"""Reply addresses: reply+<token>@REPLY_DOMAIN, one per member and thread or question.

The token is the credential. It names what the reply is for (a kind and an id), the member,
and the day the address was given out, sealed with an HMAC of the site's secret key, so it
cannot be altered to post elsewhere or as someone else. It is short enough for an address's
local part (64 characters at most) and in lower case, as mail systems may fold case.
"""

import base64
import datetime
import hmac
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

SALT = "emailreplies.address"
PREFIX = "reply+"
EPOCH = datetime.date(1970, 1, 1)
TOKEN = re.compile(
    r"^(?P<kind>[a-z]{1,12})-(?P<target>[0-9a-z]{1,13})-(?P<member>[0-9a-z]{1,13})-(?P<day>[0-9a-z]{1,5})-(?P<seal>[a-z2-7]{20})$"
)


def base36(number):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    text = ""
    while True:
        number, digit = divmod(number, 36)
        text = digits[digit] + text
        if not number:
            return text


def seal(kind, target, member, day):
    digest = salted_hmac(SALT, f"{kind}.{target}.{member}.{day}", algorithm="sha256").digest()
    return base64.b32encode(digest).decode()[:20].lower()  # 100 bits


def today():
    return (timezone.now().date() - EPOCH).days


def enabled():
    return bool(settings.REPLY_DOMAIN)


def reply_address(member, kind, target):
    """The address `member` replies to about `kind` number `target`, or "" when the feature is
    off or the member turned it off."""
    if not enabled() or not getattr(member, "reply_by_email", False):
        return ""
    day = today()
    token = "-".join([kind, base36(target), base36(member.pk), base36(day), seal(kind, target, member.pk, day)])
    return f"{PREFIX}{token}@{settings.REPLY_DOMAIN}"


def reply_headers(member, kind, target):
    address = reply_address(member, kind, target)
    return {"Reply-To": address} if address else {}


@dataclass(frozen=True)
class ReplyAddress:
    kind: str
    target: int
    member_id: int
    day: int

    @property
    def expired(self):
        return today() - self.day > settings.REPLY_ADDRESS_DAYS


def read_address(address):
    """The reply address's parts when it is one of ours and its seal is right, else None."""
    local, _at, domain = (address or "").strip().strip("<>").lower().rpartition("@")
    if domain != settings.REPLY_DOMAIN.lower() or not local.startswith(PREFIX):
        return None
    match = TOKEN.match(local[len(PREFIX) :])
    if match is None:
        return None
    kind = match["kind"]
    target, member, day = (int(match[name], 36) for name in ("target", "member", "day"))
    if not hmac.compare_digest(match["seal"], seal(kind, target, member, day)):
        return None
    return ReplyAddress(kind, target, member, day)
