"""One log line per request: method, path, status, duration and who asked.

    INFO cen_portal.requests GET /search/?q=voter 200 41ms user=12

Lines go to the `cen_portal.requests` logger: INFO for answers below 500, ERROR for 5xx
(Django's `django.request` logger adds the traceback), DEBUG for the health probes so a load
balancer polling every few seconds does not drown the log. The query string is kept (it
holds search terms, never secrets: forms that carry passwords are POSTed).
"""

import logging
import time

logger = logging.getLogger("cen_portal.requests")

QUIET_PREFIXES = ("/health/",)


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        duration_ms = (time.monotonic() - started) * 1000
        status = response.status_code
        if status >= 500:
            level = logging.ERROR
        elif request.path.startswith(QUIET_PREFIXES):
            level = logging.DEBUG
        else:
            level = logging.INFO
        if logger.isEnabledFor(level):
            user = getattr(request, "user", None)
            who = f"user={user.pk}" if user is not None and user.is_authenticated else "anonymous"
            logger.log(
                level,
                "%s %s %s %.0fms %s",
                request.method,
                request.get_full_path(),
                status,
                duration_ms,
                who,
                extra={"status_code": status, "duration_ms": round(duration_ms, 1)},
            )
        return response
