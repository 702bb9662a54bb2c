"""Making packs in the worker, and sending them to members who asked."""

import io
import logging
import time

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task
from pypdf import PdfReader
from wagtail.models import Page

from cen_portal.mail import ONE_LINE, SENT_GUARD_SECONDS
from cen_portal.privacy import Reader

from .models import PackBuild
from .rendering import pack_html, pdf_bytes
from .sources import may_open

logger = logging.getLogger(__name__)
# A pack larger than this is emailed as a link (many mail servers refuse more than 10 MB).
ATTACH_AT_MOST = 8 * 1024 * 1024


@task()
def build_pack(build_id):
    """Render the pack's PDF once (a retried task finds it ready), then email those who asked."""
    build = PackBuild.objects.filter(pk=build_id).first()
    if build is None or build.status == PackBuild.Status.READY:
        return
    started = time.monotonic()
    pages = Page.objects.filter(pk__in=build.page_ids).specific().in_bulk()
    try:
        pdf = pdf_bytes(pack_html(build, [pages[pk] for pk in build.page_ids if pk in pages]))
    except Exception:
        logger.exception("Reading pack %s could not be made", build.pk)
        PackBuild.objects.filter(pk=build.pk).update(status=PackBuild.Status.FAILED)
        return
    build.file.save(build.filename, ContentFile(pdf), save=False)
    build.size, build.page_count = len(pdf), len(PdfReader(io.BytesIO(pdf)).pages)
    build.seconds, build.status = time.monotonic() - started, PackBuild.Status.READY
    build.save()
    for member in build.email_to.all():
        if may_open(build, Reader(member)):  # still, now that it is ready
            send_pack(build, member)
    build.email_to.clear()


@task(takes_context=True)
def email_pack(context, build_id, member_id):
    """A ready pack to a member who asked, once per request (a retried task sends nothing more)."""
    if not cache.add(f"packs:emailed:{context.task_result.id}", True, SENT_GUARD_SECONDS):
        return
    build = PackBuild.objects.filter(pk=build_id, status=PackBuild.Status.READY).first()
    member = get_user_model().objects.filter(pk=member_id, is_active=True).first()
    if build and member and may_open(build, Reader(member)):
        send_pack(build, member)


def send_pack(build, member):
    """The pack as an attachment, or a link when it is large, in the member's language."""
    with translation.override(member.language):
        link = settings.WAGTAILADMIN_BASE_URL + reverse("readingpacks:download", args=[build.key, build.filename])
        context = {"build": build, "recipient": member, "link": link, "attached": build.size <= ATTACH_AT_MOST}
        subject = ONE_LINE.sub(" ", render_to_string("readingpacks/email/pack_subject.txt", context)).strip()
        body = render_to_string("readingpacks/email/pack.txt", context)
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [member.email])
    if context["attached"]:
        with build.file.open("rb") as pdf:
            message.attach(build.filename, pdf.read(), "application/pdf")
    message.send()
