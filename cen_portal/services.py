"""The portal's services beyond the page tree (comparing practice, the forums, asking the
network, sharing practice), each registered once by the app that provides it.

The main menu lists every service the reader may use, and the home page says what each one
is for, those for members included (with how to get in), so no one has to know an address.
The kernel imports no feature app: an app registers its services in `AppConfig.ready`.
"""

from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

EVERYONE = "everyone"
MEMBERS = "members"
AUDIENCES = (EVERYONE, MEMBERS)


@dataclass(frozen=True)
class Service:
    name: str
    purpose: str
    url_name: str
    audience: str
    position: int

    @property
    def url(self):
        return reverse(self.url_name)

    def open_to(self, user):
        return self.audience == EVERYONE or bool(getattr(user, "is_member", False))


# {url name: Service}, kept in the order readers see them.
SERVICES = {}


def register_service(url_name, name, purpose, audience, position):
    """Register a service (from the providing app's AppConfig.ready). `name` and `purpose` are
    translatable strings; `position` places it among the others: lower first."""
    if audience not in AUDIENCES:
        raise ImproperlyConfigured(f"Unknown audience {audience!r} for the service {url_name!r}.")
    if url_name in SERVICES:
        raise ImproperlyConfigured(f"The service {url_name!r} is registered twice.")
    services = [*SERVICES.values(), Service(name, purpose, url_name, audience, position)]
    SERVICES.clear()
    SERVICES.update((service.url_name, service) for service in sorted(services, key=lambda s: s.position))


def services_for(user):
    """The services `user` (anonymous included) may use, in order."""
    return [service for service in SERVICES.values() if service.open_to(user)]
