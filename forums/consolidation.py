"""Consolidated replies: a good thread becomes curated knowledge.

A Secretariat curator starts a draft case study or guidance note from a thread, prefilled
with the question and the replies to summarise; they edit it in the admin and publish it
through the usual review. The published page links back to the thread for members."""

from django.db import transaction
from django.utils.text import Truncator
from wagtail.log_actions import log
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.text import draft_slug, paragraphs_html
from guidance.models import GuidanceIndexPage, GuidancePage

TARGETS = {"case-study": (CaseStudyIndexPage, CaseStudyPage), "guidance": (GuidanceIndexPage, GuidancePage)}


class NoPlaceForDraft(Exception):
    pass


def keep_private_to_the_group(page, thread):
    """A reply curated from a working group's private space keeps that group's restriction
    (and the Secretariat's) until the Secretariat lifts it on purpose in the page's privacy
    settings; it never becomes public by being published."""
    group = thread.category.group
    if group is not None:
        restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
        restriction.groups.set([group])


@transaction.atomic
def start_draft(thread, curator, kind):
    index_model, page_model = TARGETS[kind]
    parent = index_model.objects.first()
    if parent is None:
        raise NoPlaceForDraft(f"There is no {index_model._meta.verbose_name} to hold the draft.")
    posts = list(thread.visible_posts().select_related("author").order_by("created_at"))
    question = posts[0].body if posts else ""
    replies = "\n\n".join(f"{post.author}: {Truncator(post.body).words(60)}" for post in posts[1:])
    body = [
        {"type": "heading", "value": "The question"},
        {"type": "paragraph", "value": paragraphs_html(question)},
        {"type": "heading", "value": "What members shared"},
        {"type": "paragraph", "value": paragraphs_html(replies or "Summarise the replies here.")},
        {"type": "lesson", "value": {"title": "Lesson to draw", "text": "<p>Write the lesson here.</p>"}},
    ]
    fields = {
        "title": thread.title,
        "slug": draft_slug(thread.title, f"thread-{thread.pk}"),
        "summary": Truncator(question).chars(500),
        "body": body,
        "live": False,
    }
    if page_model is CaseStudyPage:
        fields["year"] = thread.created_at.year
    page = page_model(**fields)
    parent.add_child(instance=page)
    keep_private_to_the_group(page, thread)
    page.save_revision(user=curator, log_action=True)
    thread.knowledge_item = page
    thread.save(update_fields=["knowledge_item"])
    log(thread, "forums.consolidate", user=curator, data={"page": page.title, "kind": kind})
    return page
