"""Production: every secret and host comes from the environment.

Required: SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL (PostgreSQL), BASE_URL.
See the README (Deploying) for every variable, the search engine and email settings.
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = False

for required in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"):
    if not os.environ.get(required):
        raise ImproperlyConfigured(f"Set the {required} environment variable for production.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Secure-only cookies; only a loopback topology without TLS (make prod-local) turns them off.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", True)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", True)

STORAGES = {
    **STORAGES,  # noqa: F405
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Queued work survives restarts: run `manage.py db_worker` beside gunicorn.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "cen_cache",
        # Rate limits and the forum notification guard live here: don't cull them early.
        "OPTIONS": {"MAX_ENTRIES": 50_000},
    }
}

# Persistent connections, checked before reuse: a PostgreSQL restart costs the requests in
# flight, and the next ones reconnect without restarting the app.
DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DATABASE_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

# One line per request (cen_portal.request_log) and errors with tracebacks, to stderr
# (journald under systemd), at LOG_LEVEL.
MIDDLEWARE = ["cen_portal.request_log.RequestLogMiddleware", *MIDDLEWARE]  # noqa: F405
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"line": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # No line carries a request's address: see cen_portal/request_log.py.
    "filters": {"route_not_path": {"()": "cen_portal.request_log.RouteNotPath"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "line", "filters": ["route_not_path"]}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    "loggers": {
        # Django's own 5xx lines would repeat ours; keep its tracebacks (ERROR) only.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
        # The engine clients log every request at INFO; their failures come through as warnings.
        "opensearch": {"level": "WARNING"},
        "elasticsearch": {"level": "WARNING"},
        "elastic_transport": {"level": "WARNING"},
        # The reply receiver's SMTP library names peers at INFO and addresses below it.
        "mail.log": {"level": "WARNING"},
    },
}
