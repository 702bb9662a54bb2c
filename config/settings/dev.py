"""Local development: `make run` serves this on the embedded default (SQLite)."""

import os

from .base import *  # noqa: F403
from .base import env_bool

DEBUG = env_bool("DEBUG", True)
# A fixed key is fine on a developer's machine; production refuses to start without one.
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
INTERNAL_IPS = ["127.0.0.1"]
# The console shows each notification's reply address; `manage.py receive_mail` takes replies.
REPLY_DOMAIN = os.environ.get("REPLY_DOMAIN", "reply.localhost")

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
