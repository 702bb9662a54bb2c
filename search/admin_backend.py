"""Wagtail's own search (the admin's) on the knowledge cluster, whichever engine it is.

WAGTAILSEARCH_BACKENDS names this module; it asks the cluster what it is and hands over
to Wagtail's (modelsearch's) backend for that engine. While the cluster cannot be
reached the admin searches the database instead, so editors are never locked out.
"""

import logging
from importlib import import_module

from django.conf import settings
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend

from .flavour import EngineUnavailable, get_flavour

logger = logging.getLogger(__name__)


def SearchBackend(params):  # noqa: N802  (Wagtail looks this name up in the module)
    try:
        flavour = get_flavour()
    except EngineUnavailable as error:
        logger.warning("Admin search uses the database: %s", error)
        return DatabaseSearchBackend({})
    options = {}
    if flavour.name == "elasticsearch":
        if settings.SEARCH_API_KEY:
            options["api_key"] = settings.SEARCH_API_KEY
        elif settings.SEARCH_USERNAME:
            options["basic_auth"] = (settings.SEARCH_USERNAME, settings.SEARCH_PASSWORD)
    elif settings.SEARCH_USERNAME:
        options["http_auth"] = (settings.SEARCH_USERNAME, settings.SEARCH_PASSWORD)
    if settings.SEARCH_CA_CERTS:
        options["ca_certs"] = settings.SEARCH_CA_CERTS
    backend_class = import_module(flavour.admin_backend).SearchBackend
    return backend_class({**params, "OPTIONS": options})
