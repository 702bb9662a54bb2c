"""The SMTP/LMTP receiver the MTA hands the reply domain to (`manage.py receive_mail`).

It accepts mail for valid reply addresses only (a forged or altered address is refused at
RCPT, so the sending MTA bounces it and nothing is stored), keeps each message raw in the
database and queues it for the worker, then answers 250. If the database cannot take it, the
answer is a temporary failure (451) and the MTA tries again later: nothing is lost.
"""

import asyncio
import logging

from aiosmtpd.lmtp import LMTP
from aiosmtpd.smtp import SMTP
from asgiref.sync import sync_to_async
from django.conf import settings

from .addresses import read_address
from .processing import store

logger = logging.getLogger(__name__)


class ReplyHandler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if read_address(address) is None:
            return "550 5.1.1 No such reply address"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        peer = session.peer[0] if isinstance(session.peer, tuple) else ""
        try:
            await sync_to_async(store_for_each, thread_sensitive=True)(
                envelope.original_content, envelope.rcpt_tos, envelope.mail_from or "", peer
            )
        except Exception:
            logger.exception("A reply could not be stored; the MTA will try again")
            return "451 4.3.0 Could not store the message; try again later"
        return "250 OK"


def store_for_each(raw, recipients, envelope_sender, peer):
    for recipient in recipients:
        store(raw, recipient, envelope_sender, peer)


def protocol(lmtp=False):
    kind = LMTP if lmtp else SMTP
    return kind(
        ReplyHandler(),
        data_size_limit=settings.REPLY_MAX_MESSAGE_BYTES,
        enable_SMTPUTF8=True,
        hostname=settings.REPLY_DOMAIN or None,
    )


async def start_server(host, port, lmtp=False):
    """An asyncio server speaking SMTP (or LMTP) on host:port; port 0 picks a free one."""
    loop = asyncio.get_running_loop()
    return await loop.create_server(lambda: protocol(lmtp), host, port)
