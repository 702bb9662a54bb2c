"""Which engine the cluster is, asked of the cluster itself, and the matching DSL.

Elasticsearch and OpenSearch expose the same DSL classes (Document, Index, Search, Q, A,
analyzer…) from `elasticsearch_dsl` and `opensearchpy` respectively. This module is the
only place that knows which one is in use; everything else works with `flavour.dsl`.
"""

import json
import logging
from dataclasses import dataclass
from functools import lru_cache
from types import ModuleType

import urllib3
from django.conf import settings

logger = logging.getLogger(__name__)


class EngineUnavailable(Exception):
    """The search engine could not be reached or did not answer usefully."""


@dataclass(frozen=True)
class Flavour:
    name: str  # "elasticsearch" or "opensearch"
    version: str
    dsl: ModuleType
    helpers: ModuleType
    client: object
    # Exceptions the client raises when the cluster is down, slow or failing.
    errors: tuple
    # Wagtail's (modelsearch's) backend for the admin's own search on the same cluster.
    admin_backend: str

    @property
    def major_version(self):
        return int(self.version.split(".")[0] or 0)


def connection_options():
    return {
        "url": settings.SEARCH_URL,
        "username": settings.SEARCH_USERNAME,
        "password": settings.SEARCH_PASSWORD,
        "api_key": settings.SEARCH_API_KEY,
        "ca_certs": settings.SEARCH_CA_CERTS or None,
        "timeout": settings.SEARCH_TIMEOUT,
    }


def ask_cluster(url, username="", password="", api_key="", ca_certs=None, timeout=5):
    """GET / on the cluster: its name, version and distribution."""
    headers = {"Accept": "application/json"}
    if api_key:
        headers["Authorization"] = f"ApiKey {api_key}"
    elif username:
        headers.update(urllib3.make_headers(basic_auth=f"{username}:{password}"))
    http = urllib3.PoolManager(ca_certs=ca_certs, cert_reqs="CERT_REQUIRED" if url.startswith("https") else None)
    try:
        response = http.request("GET", url.rstrip("/") + "/", headers=headers, timeout=timeout, retries=False)
    except urllib3.exceptions.HTTPError as error:
        raise EngineUnavailable(f"The search engine at {url} did not answer: {error}") from error
    if response.status != 200:
        raise EngineUnavailable(f"The search engine at {url} answered {response.status}.")
    try:
        return json.loads(response.data)
    except ValueError as error:
        raise EngineUnavailable(f"The search engine at {url} did not answer with JSON.") from error


def elasticsearch_flavour(info, options):
    # Imported here: only the client of the engine that answered is loaded.
    import elasticsearch
    import elasticsearch.helpers
    import elasticsearch_dsl
    from elastic_transport import TransportError

    auth = {}
    if options["api_key"]:
        auth["api_key"] = options["api_key"]
    elif options["username"]:
        auth["basic_auth"] = (options["username"], options["password"])
    client = elasticsearch.Elasticsearch(
        options["url"],
        ca_certs=options["ca_certs"],
        request_timeout=options["timeout"],
        max_retries=0,
        retry_on_timeout=False,
        **auth,
    )
    major = int(info["version"]["number"].split(".")[0])
    return Flavour(
        name="elasticsearch",
        version=info["version"]["number"],
        dsl=elasticsearch_dsl,
        helpers=elasticsearch.helpers,
        client=client,
        errors=(TransportError, elasticsearch.ApiError, elasticsearch.helpers.BulkIndexError),
        admin_backend="modelsearch.backends.elasticsearch9" if major >= 9 else "modelsearch.backends.elasticsearch8",
    )


def opensearch_flavour(info, options):
    # Imported here: only the client of the engine that answered is loaded.
    import opensearchpy
    import opensearchpy.helpers

    auth = {}
    if options["username"]:
        auth["http_auth"] = (options["username"], options["password"])
    elif options["api_key"]:
        auth["headers"] = {"Authorization": f"ApiKey {options['api_key']}"}
    client = opensearchpy.OpenSearch(
        hosts=[options["url"]],
        ca_certs=options["ca_certs"],
        verify_certs=options["url"].startswith("https"),
        timeout=options["timeout"],
        max_retries=0,
        retry_on_timeout=False,
        **auth,
    )
    return Flavour(
        name="opensearch",
        version=info["version"]["number"],
        dsl=opensearchpy,
        helpers=opensearchpy.helpers,
        client=client,
        errors=(opensearchpy.exceptions.OpenSearchException, opensearchpy.helpers.BulkIndexError),
        # Wagtail's backend follows the client, not the server: opensearch-py 3 talks to 2.x and 3.x.
        admin_backend="modelsearch.backends.opensearch3",
    )


def flavour_for(options):
    info = ask_cluster(**options)
    if info.get("version", {}).get("distribution") == "opensearch":
        return opensearch_flavour(info, options)
    if "version" in info and "number" in info["version"]:
        return elasticsearch_flavour(info, options)
    raise EngineUnavailable(f"{options['url']} does not look like Elasticsearch or OpenSearch.")


@lru_cache(maxsize=4)
def _cached_flavour(url):
    return flavour_for(connection_options())


def get_flavour():
    """The flavour of the configured cluster, asked once per process (None without SEARCH_URL)."""
    if not settings.SEARCH_URL:
        return None
    return _cached_flavour(settings.SEARCH_URL)


def forget_flavour():
    _cached_flavour.cache_clear()
