"""Consolidated replies: a good thread becomes curated knowledge.

A Secretariat curator starts a draft case study or guidance note from a thread, prefilled
with the question and the replies to summarise; they edit it in the admin and publish it
through the usual review. The published page links back to the thread for members."""

from django.db import transaction
from wagtail.log_actions import log

from cen_portal.drafts import contributions, start_draft
from cen_portal.text import paragraphs_html


@transaction.atomic
def draft_from_thread(thread, curator, kind):
    """A draft of `kind` from the thread. One from a working group's private space keeps that
    group's restriction: it never becomes public by being published."""
    posts = list(thread.visible_posts().select_related("author").order_by("created_at"))
    question = posts[0].body if posts else ""
    body = [
        {"type": "heading", "value": "The question"},
        {"type": "paragraph", "value": paragraphs_html(question)},
        {"type": "heading", "value": "What members shared"},
        {"type": "paragraph", "value": paragraphs_html(contributions(posts[1:]) or "Summarise the replies here.")},
        {"type": "lesson", "value": {"title": "Lesson to draw", "text": "<p>Write the lesson here.</p>"}},
    ]
    # A case study is dated by its year.
    extra = {"year": thread.created_at.year} if kind == "case-study" else {}
    page = start_draft(
        kind,
        curator=curator,
        title=thread.title,
        fallback_slug=f"thread-{thread.pk}",
        summary=question,
        body=body,
        group=thread.category.group,
        **extra,
    )
    thread.knowledge_item = page
    thread.save(update_fields=["knowledge_item"])
    log(thread, "forums.consolidate", user=curator, data={"page": page.title, "kind": kind})
    return page
