"""Making a pack without a request: the command line and the benchmark ask as a given reader."""

from django.contrib.auth.models import AnonymousUser
from django.test import RequestFactory
from django.utils import translation

from cen_portal.privacy import Reader

from .models import PackBuild
from .tasks import build_pack
from .views import start_build


def as_reader(user, path="/"):
    """A request-shaped reader for the privacy checks: who they are, no page passwords."""
    request = RequestFactory().get(path)
    reader = Reader(user or AnonymousUser())
    request.user, request.session = reader.user, reader.session
    return request


def build_now(pack):
    """The pack's PDF, made now (or found made), through the same build the site queues."""
    build = PackBuild.objects.filter(key=pack.key, status=PackBuild.Status.READY).first()
    if build is None:
        with translation.override(pack.language):
            build = start_build(pack, PackBuild.objects.filter(key=pack.key).first())
            if build.status != PackBuild.Status.READY:  # queued for a worker: make it here
                build_pack.call(build.pk)
                build.refresh_from_db()
    return build
