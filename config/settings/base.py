"""Settings shared by every environment.

Everything that differs between machines is read from the environment, with safe
development defaults; `production.py` insists on the values that matter.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parents[2]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "config",
    "cen_portal",
    "members",
    "casestudies",
    "workinggroups",
    "instruments",
    "networkevents",
    "guidance",
    "search",
    "forums",
    "questions",
    "indicators",
    "insights",
    "emailreplies",
    "readingpacks",
    "catalogue",
    "demo",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales: locales, with sync, in the admin
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "django.forms",  # Django's own widget templates, for the renderer below
]

MIDDLEWARE = [
    "cen_portal.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "cen_portal.public_cache.PublicPageCacheMiddleware",
    "members.middleware.RequireMultiFactorMiddleware",
    "members.middleware.ReportsForTheSecretariatMiddleware",
    "cen_portal.middleware.AdminScopeMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Widgets render with the templates above, so a widget's template lives beside the app's
# others (templates/cen_portal/widgets/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

WSGI_APPLICATION = "config.wsgi.application"

# SQLite is the embedded default; production and CI set DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Many small queries at once: compiling a query (JIT) or starting parallel workers costs
    # more than it saves here. A search's full-text match of 8,500 items took 37 ms with
    # them (three times that when the JIT compiled it first), 8 ms without. A DATABASE_URL
    # with its own `options` keeps them.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault(
        "options", "-c jit=off -c max_parallel_workers_per_gather=0"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "members.User"

# Accounts (django-allauth): email sign-in, verified addresses, no open sign-up (members are
# invited or admitted by the Secretariat), multi-factor authentication with TOTP and
# recovery codes, required for the Secretariat and anyone with admin access.
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
ACCOUNT_ADAPTER = "members.adapter.MemberAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
# allauth's own limits, stated here so they are visible: failed sign-ins per IP and per account.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
    # Each membership request emails the address typed in the form: per network address, and
    # per address emailed (members/views.py).
    "membership_request": "5/h/ip,3/d/key",
    # Suggested corrections email the Secretariat (indicators/views.py).
    "correction": "10/h/ip,5/d/key",
}
# Lazy, so that each account email carries the name in its recipient's language.
ACCOUNT_EMAIL_SUBJECT_PREFIX = format_lazy("[{}] ", _("CEN Knowledge Portal"))
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "CEN Knowledge Portal"
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:home"
WAGTAILADMIN_LOGIN_URL = "account_login"
# Restricted pages send readers to allauth's sign-in (with its second factor), not Wagtail's.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
# Where membership requests and other Secretariat notices are sent.
SECRETARIAT_EMAIL = os.environ.get("SECRETARIAT_EMAIL", "cen-secretariat@localhost")
# The language of the notices sent to that address (members get theirs in their own language).
SECRETARIAT_LANGUAGE = os.environ.get("SECRETARIAT_LANGUAGE", "en")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("fr", _("French"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor can exceed Django's default field count on long pages.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Request sizes: form fields (files aside) at most 5 MB; a whole request at most MAX_REQUEST_SIZE
# (cen_portal/middleware.py), enough for five 10 MB attachments or one 20 MB admin upload.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
MAX_REQUEST_SIZE = int(os.environ.get("MAX_REQUEST_SIZE", str(60 * 1024 * 1024)))
# Files one member may upload through "Share your practice" in 24 hours.
SHARE_DAILY_UPLOAD_LIMIT = int(os.environ.get("SHARE_DAILY_UPLOAD_LIMIT", "20"))
# Seconds a public page is kept for readers who are not signed in (cen_portal/public_cache.py);
# any change to published content replaces it sooner, so this only bounds what a missed signal
# could leave. At each expiry every reader arriving renders the page at once: at 20 users in
# `make load`, 5 minutes gave listings a p95 of 200-600 ms against 17 for the home page. 0 turns it off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "CEN Knowledge Portal <cen@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Reply by email (emailreplies/): notifications carry reply+<token>@REPLY_DOMAIN, and the MTA
# hands that domain to `manage.py receive_mail`. Empty turns the feature off.
REPLY_DOMAIN = os.environ.get("REPLY_DOMAIN", "")
# Days a reply address works from the day its email was sent.
REPLY_ADDRESS_DAYS = int(os.environ.get("REPLY_ADDRESS_DAYS", "30"))
# Replies one member may post by email in an hour.
REPLY_HOURLY_LIMIT = int(os.environ.get("REPLY_HOURLY_LIMIT", "20"))
# The largest message the receiver accepts (attachments included).
REPLY_MAX_MESSAGE_BYTES = int(os.environ.get("REPLY_MAX_MESSAGE_BYTES", str(30 * 1024 * 1024)))
# Hosts whose Authentication-Results headers are believed (the MTA that delivers to the
# receiver); the header from anywhere else could have been written by the sender.
REPLY_TRUSTED_MTA_HOSTS = env_list("REPLY_TRUSTED_MTA_HOSTS")
# Where `manage.py receive_mail` listens (the MTA's transport points here).
REPLY_RECEIVER_BIND = os.environ.get("REPLY_RECEIVER_BIND", "127.0.0.1:8025")
# A provider's inbound webhook signs each message with this (HMAC-SHA256); empty turns the endpoint off.
REPLY_WEBHOOK_SECRET = os.environ.get("REPLY_WEBHOOK_SECRET", "")

# Importing the back catalogue (catalogue/): the limits of one batch, whatever a ZIP says of
# itself. An upload through the admin is also bounded by MAX_REQUEST_SIZE; a larger collection
# comes in from a folder with `manage.py import_documents`.
IMPORT_MAX_FILES = int(os.environ.get("IMPORT_MAX_FILES", "200"))
IMPORT_MAX_FILE_BYTES = int(os.environ.get("IMPORT_MAX_FILE_BYTES", str(50 * 1024 * 1024)))
IMPORT_MAX_BATCH_BYTES = int(os.environ.get("IMPORT_MAX_BATCH_BYTES", str(300 * 1024 * 1024)))
# A file unpacked to more than this many times its compressed size (above 1 MB) is refused: no
# PDF compresses so well, but a zip bomb does.
IMPORT_MAX_COMPRESSION_RATIO = int(os.environ.get("IMPORT_MAX_COMPRESSION_RATIO", "100"))

# Background work (index updates, emails) goes through django-tasks. The database
# backend keeps queued work across restarts; `manage.py db_worker` runs it.
TASKS = {"default": {"BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# Wagtail
WAGTAIL_SITE_NAME = "CEN Knowledge Portal"
WAGTAILADMIN_BASE_URL = os.environ.get("BASE_URL", "http://127.0.0.1:8000")
# Pages and the taxonomy exist in English and French, translated with wagtail-localize.
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Editors choose the admin's language in their own account settings.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("fr", "Français")]

# Knowledge search. Without SEARCH_URL the portal searches its own database; with it, the
# knowledge index lives in Elasticsearch or OpenSearch (the cluster says which) and the
# database answers only while the engine is unreachable.
SEARCH_URL = os.environ.get("SEARCH_URL", "")
SEARCH_USERNAME = os.environ.get("SEARCH_USERNAME", "")
SEARCH_PASSWORD = os.environ.get("SEARCH_PASSWORD", "")
SEARCH_API_KEY = os.environ.get("SEARCH_API_KEY", "")
SEARCH_CA_CERTS = os.environ.get("SEARCH_CA_CERTS", "")
SEARCH_TIMEOUT = float(os.environ.get("SEARCH_TIMEOUT", "5"))
SEARCH_INDEX = os.environ.get("SEARCH_INDEX", "cen-knowledge")
SEARCH_INDEX_REPLICAS = int(os.environ.get("SEARCH_INDEX_REPLICAS", "0"))
# How long searches are kept for the Secretariat's search insights (insights/), then purged.
SEARCH_LOG_RETENTION_DAYS = int(os.environ.get("SEARCH_LOG_RETENTION_DAYS", "365"))

WAGTAILSEARCH_BACKENDS = {
    # The admin's own search: on the cluster when there is one (search.admin_backend picks
    # Wagtail's matching backend for the engine's flavour), otherwise in the database.
    "default": (
        {
            "BACKEND": "search.admin_backend",
            "URLS": [SEARCH_URL],
            "INDEX_PREFIX": f"{SEARCH_INDEX}-admin-",
            "TIMEOUT": SEARCH_TIMEOUT,
        }
        if SEARCH_URL
        else {"BACKEND": "wagtail.search.backends.database"}
    ),
    # The database backend's copy of the knowledge index (search.database).
    "knowledge": {"BACKEND": "wagtail.search.backends.database", "AUTO_UPDATE": False, "SEARCH_CONFIG": "english"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "pptx", "xlsx", "csv", "txt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
# Serve documents through Django so page privacy applies to them too.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAIL_USER_EDIT_FORM = None
WAGTAILUSERS_PASSWORD_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Security headers every environment gets; production adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# Public pages carry no inline script or style. Wagtail's admin needs inline scripts,
# so it is left out of this policy (and protected by login, MFA and X-Frame-Options).
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "style-src": ["'self'"],
        "script-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # aiosmtpd's own log (the reply receiver) names peers and, below WARNING, addresses and data.
    "loggers": {"mail.log": {"level": "WARNING"}},
}
