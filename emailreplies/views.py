import hashlib
import hmac

from django.conf import settings
from django.http import HttpResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .addresses import read_address
from .processing import store


def signature(recipient, body):
    message = recipient.encode() + b"\n" + body
    return "sha256=" + hmac.new(settings.REPLY_WEBHOOK_SECRET.encode(), message, hashlib.sha256).hexdigest()


@csrf_exempt
@require_POST
def inbound_webhook(request):
    """A mail provider's inbound webhook: the raw message as the body, its reply address in
    ?recipient=, and X-Reply-Signature: sha256=HMAC(REPLY_WEBHOOK_SECRET, recipient + "\\n" + body)."""
    if not settings.REPLY_WEBHOOK_SECRET or not settings.REPLY_DOMAIN:
        # Refused outright (a 404 would be redirected to /en/mail/inbound/ by LocaleMiddleware).
        return HttpResponse("The inbound mail webhook is off.\n", status=403, content_type="text/plain")
    recipient = request.GET.get("recipient", "")
    body = request.body
    if not hmac.compare_digest(request.headers.get("X-Reply-Signature", ""), signature(recipient, body)):
        return HttpResponse("Bad signature.\n", status=403, content_type="text/plain")
    if len(body) > settings.REPLY_MAX_MESSAGE_BYTES:
        return HttpResponse("Message too large.\n", status=413, content_type="text/plain")
    if read_address(recipient) is None:
        return HttpResponse("No such reply address.\n", status=400, content_type="text/plain")
    created = store(body, recipient, request.headers.get("X-Envelope-From", ""), "webhook")
    return HttpResponse(
        "Stored.\n" if created else "Already stored.\n", status=202 if created else 200, content_type="text/plain"
    )
