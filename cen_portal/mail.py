"""Sending email in the background, from templates, so a slow mail server never slows a page.

Every message is written in its recipient's language: the templates are rendered inside
translation.override, so the subject, the body, dates and the links (reverse() gives /fr/...)
all follow it. A member's language is `User.language`; an applicant's is the language their
request or invitation was made in; the Secretariat's shared address reads SECRETARIAT_LANGUAGE.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

SENT_GUARD_SECONDS = 7 * 24 * 60 * 60
ONE_LINE = re.compile(r"[ \t\r\n]+")


@task(takes_context=True)
def send_email(context, subject, body, recipients, headers=None):
    # A worker that dies mid-task has the task queued again (manage.py requeue_interrupted_tasks).
    # The task's id marks the message as sent first, so it goes out at most once.
    if not cache.add(f"mail:sent:{context.task_result.id}", True, SENT_GUARD_SECONDS):
        return
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients), headers=headers or {})
    message.send()


def send_templated_email(template, context, recipients, headers=None, *, language):
    """Render `<template>_subject.txt` and `<template>.txt` in `language` and queue the message."""
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    with translation.override(language):
        # One line; French keeps its no-break spaces (str.split() would break them too).
        subject = ONE_LINE.sub(" ", render_to_string(f"{template}_subject.txt", context)).strip()
        body = render_to_string(f"{template}.txt", context)
    send_email.enqueue(subject, body, list(recipients), headers or {})


def email_member(template, context, user, headers=None):
    """One message to one account, in the language the member chose."""
    send_templated_email(template, context, [user.email], headers, language=user.language)


def email_members(template, context, users):
    """The same message to several accounts: one copy per language, each to those who read it."""
    addresses = {}
    for user in users:
        addresses.setdefault(user.language, []).append(user.email)
    for language, emails in sorted(addresses.items()):
        send_templated_email(template, context, emails, language=language)


def email_secretariat(template, context):
    """A notice to the Secretariat's shared address, in SECRETARIAT_LANGUAGE."""
    send_templated_email(template, context, [settings.SECRETARIAT_EMAIL], language=settings.SECRETARIAT_LANGUAGE)
