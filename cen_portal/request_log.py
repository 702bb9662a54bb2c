"""One log line per request: method, route, status and duration.

    INFO cen_portal.requests GET search 200 41ms

Lines go to the `cen_portal.requests` logger: INFO for answers below 500, ERROR for 5xx
(Django's `django.request` logger adds the traceback), DEBUG for the health probes so a load
balancer polling every few seconds does not drown the log.

The route is the name of the URL pattern that answered (for a Wagtail page, `wagtail_serve`,
with the name of a routable page's sub-route), never the address itself: addresses carry search
terms, ids of search-log rows, and the keys of password resets, email confirmations,
invitations, expert links and unsubscribe links. Nor is the reader named: a search log that
records no identity must not be undone by the server log beside it. The privacy notice says what
these lines hold and how long they are kept.
"""

import logging
import time

logger = logging.getLogger("cen_portal.requests")

QUIET_PREFIXES = ("/health/",)


def route_of(request):
    """The name of the URL pattern that answered `request` ("unresolved" for a path none matched)."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return "unresolved"
    subpage = getattr(request, "routable_resolver_match", None)
    if subpage is not None and subpage.url_name:
        return f"{match.view_name}:{subpage.url_name}"
    return match.view_name


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
            logger.log(
                level,
                "%s %s %s %.0fms",
                request.method,
                route_of(request),
                status,
                duration_ms,
                extra={"status_code": status, "duration_ms": round(duration_ms, 1)},
            )
        return response


class RouteNotPath(logging.Filter):
    """Django's own request lines ("Internal Server Error: /path", "Forbidden (CSRF …): /path")
    name the route in place of the path."""

    def filter(self, record):
        request = getattr(record, "request", None)
        if request is not None and isinstance(record.args, tuple):
            path = request.path
            escaped = path.encode("unicode_escape").decode("ascii")  # as django.utils.log writes it
            record.args = tuple(route_of(request) if arg in (path, escaped) else arg for arg in record.args)
        return True
