"""Sending email in the background, from templates, so a slow mail server never slows a page."""

from django.conf import settings
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django_tasks import task

SENT_GUARD_SECONDS = 7 * 24 * 60 * 60


@task(takes_context=True)
def send_email(context, subject, body, recipients, headers=None):
    # A worker that dies mid-task has the task queued again (manage.py requeue_interrupted_tasks).
    # The task's id marks the message as sent first, so it goes out at most once.
    if not cache.add(f"mail:sent:{context.task_result.id}", True, SENT_GUARD_SECONDS):
        return
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, list(recipients), headers=headers or {})
    message.send()


def send_templated_email(template, context, recipients, headers=None):
    """Render `<template>_subject.txt` and `<template>.txt` and queue the message."""
    context = {"base_url": settings.WAGTAILADMIN_BASE_URL, **context}
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    send_email.enqueue(subject, body, list(recipients), headers or {})
