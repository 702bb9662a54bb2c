"""gunicorn settings for the portal: `gunicorn config.wsgi --config deploy/gunicorn.conf.py`.

Sizing (see the README's sizing notes): WEB_CONCURRENCY worker processes, each with
GUNICORN_THREADS threads. The defaults suit a 2-core server: cores + 1 processes of 2 threads,
so a request waiting on PostgreSQL or the search engine does not hold a whole core.
"""

import gc
import multiprocessing
import os
from importlib import import_module

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# A request that takes longer than this is stuck: the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20  # on SIGTERM / reload, requests in flight get this long to finish
keepalive = 5
# Workers are not recycled after a number of requests (max_requests stays 0): a gthread worker
# being replaced resets the connections it has accepted but not yet answered (gunicorn issue
# 3038), which nginx passes on as a 502. The load test met two in 9,000 requests. systemd
# restarts the service if it dies; memory is watched on the server's dashboards instead.
# The portal logs one line per request itself (cen_portal.request_log); gunicorn logs its own
# events and crashes to stderr (journald under systemd).
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# X-Forwarded-Proto is trusted from the reverse proxy only (it tells Django the request was HTTPS).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Leave what a worker has loaded out of the garbage collector's full passes. A full pass
    walked the app's 214,000-290,000 objects and stopped the worker (both its threads) for
    0.3-0.75 s, several times a minute at 20 users (`make load`, timed by gc callbacks in the
    workers); with them frozen the longest pass took 0.23 s. The views are imported first, as
    the first request would, so that they are frozen too."""
    from django.conf import settings

    import_module(settings.ROOT_URLCONF)
    gc.freeze()
