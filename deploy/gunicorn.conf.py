"""gunicorn settings for the portal: `gunicorn config.wsgi --config deploy/gunicorn.conf.py`.

Sizing (see the README's sizing notes): WEB_CONCURRENCY sync worker processes, each answering
one request at a time; the default, 2 x cores + 1, suits a 2-core server. A request waiting on
PostgreSQL or the search engine holds a process, not a core. With one request per process the
kernel shares the cores between requests, and a short one (a cached page) is not kept waiting
for the interpreter lock behind a busy neighbour in the same process, as it was with three
processes of two threads: at 20 users the search page, case studies, forum threads and the
editor had a lower p95 in three runs than in either of two with threads (README, "Load test").
nginx in front buffers requests and answers, so a slow client does not hold a process.
"""

import gc
import multiprocessing
import os
from importlib import import_module

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * multiprocessing.cpu_count() + 1))
worker_class = "sync"
# A request that takes longer than this is stuck: the worker is replaced (nginx gives up at 35 s).
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20  # on SIGTERM / reload, requests in flight get this long to finish
# Workers are not recycled after a number of requests (max_requests stays 0): systemd restarts
# the service if it dies; memory is watched on the server's dashboards instead.
# The portal logs one line per request itself (cen_portal.request_log); gunicorn logs its own
# events and crashes to stderr (journald under systemd).
accesslog = None
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# X-Forwarded-Proto is trusted from the reverse proxy only (it tells Django the request was HTTPS).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")


def post_worker_init(worker):
    """Leave what a worker has loaded out of the garbage collector's full passes. A full pass
    walked the app's 214,000-290,000 objects and stopped the worker for 0.3-0.75 s, several
    times a minute at 20 users (`make load`, timed by gc callbacks in the workers); with them
    frozen the longest pass took 0.23 s. The views are imported first, as the first request
    would, so that they are frozen too."""
    from django.conf import settings

    import_module(settings.ROOT_URLCONF)
    gc.freeze()
