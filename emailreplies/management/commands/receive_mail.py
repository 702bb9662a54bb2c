from asgiref.sync import async_to_sync
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from emailreplies.receiver import start_server


class Command(BaseCommand):
    help = "Receive replies by email: an SMTP (or LMTP) server the MTA hands the reply domain to."

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind", default=settings.REPLY_RECEIVER_BIND, help="host:port to listen on (REPLY_RECEIVER_BIND)"
        )
        parser.add_argument("--lmtp", action="store_true", help="speak LMTP (Postfix's lmtp transport) instead of SMTP")

    def handle(self, *args, bind, lmtp, **options):
        if not settings.REPLY_DOMAIN:
            raise CommandError("REPLY_DOMAIN is not set: reply by email is off.")
        host, _sep, port = bind.rpartition(":")
        if not host or not port.isdigit():
            raise CommandError(f"--bind takes host:port, not {bind!r}.")
        # async_to_sync: the server's database work runs back in this thread, the one Django's
        # connection belongs to, while the event loop serves in another.
        async_to_sync(self.serve)(host, int(port), lmtp)

    async def serve(self, host, port, lmtp):
        # Stopped by SIGTERM at any point, a delivery in progress is not acknowledged: the MTA
        # sends it again, and a message stored twice is processed once (its Message-ID).
        server = await start_server(host, port, lmtp)
        self.stdout.write(
            f"Receiving replies for {settings.REPLY_DOMAIN} ({'LMTP' if lmtp else 'SMTP'}) on {host}:{port}"
        )
        self.stdout.flush()
        await server.serve_forever()
