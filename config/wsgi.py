"""WSGI entry point: `gunicorn cen_portal.wsgi`."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cen_portal.settings.production")

application = get_wsgi_application()
