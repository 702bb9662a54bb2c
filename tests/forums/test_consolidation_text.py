"""A draft curated from a thread carries the thread's title and its posts as text, never as
markup, whatever members typed: the Secretariat can always open it in the editor."""

import json
import re

import pytest
from django import forms
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from cen_portal.blocks import BODY_FEATURES
from forums.consolidation import draft_from_thread
from forums.forms import NewThreadForm, PostBodyField
from guidance.models import GuidanceIndexPage
from tests.factories import CaseStudyIndexPageFactory, PostFactory, ThreadFactory, member, secretariat_user

pytestmark = pytest.mark.django_db

MARKUP = st.sampled_from(["<", ">", "&", '"', "'", "</p>", "<a href=x>", "&amp;", "&#60;", "<!--", "\n\n", "\t", "="])
ANY_TEXT = st.lists(MARKUP | st.characters(exclude_categories=("Cs",)), min_size=1, max_size=120).map("".join)
HTML_WHITESPACE = re.compile(r"[ \t\n\f\r]+")


@pytest.fixture
def curation(home):
    CaseStudyIndexPageFactory(parent=home)
    home.add_child(instance=GuidanceIndexPage(title="Guidance", slug="guidance"))
    return {"curator": secretariat_user(), "author": member()}


def as_the_forms_keep_them(title, body):
    """The thread form's title and a post's body, or None when the forms would refuse them."""
    form = NewThreadForm()
    form.cleaned_data = {"title": title}
    try:
        return form.clean_title(), PostBodyField().clean(body)
    except forms.ValidationError:
        return None


def editor_texts(html):
    """The paragraphs' text the Wagtail editor shows of stored rich text (it raises when it cannot convert)."""
    state = json.loads(ContentstateConverter(features=BODY_FEATURES).from_database_format(html))
    return [block["text"] for block in state["blocks"]]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=ANY_TEXT, body=ANY_TEXT, kind=st.sampled_from(["case-study", "guidance"]))
@example(
    title="Verify <img src=x onerror=alert(1)> accounts?", body="<b>Bold</b> & <script>x</script>", kind="guidance"
)
@example(title="???", body="Only punctuation in the title.", kind="case-study")
def test_any_thread_becomes_a_draft_that_shows_what_members_typed(curation, title, body, kind):
    kept = as_the_forms_keep_them(title, body)
    assume(kept)
    title, body = kept
    thread = ThreadFactory(title=title, author=curation["author"])
    PostFactory(thread=thread, author=curation["author"], body=body)
    PostFactory(thread=thread, body=f"A reply: {body}")

    draft = draft_from_thread(thread, curation["curator"], kind)

    assert draft.title == title
    body_blocks = draft.latest_revision.as_object().body
    rich_texts = [block.value.source for block in body_blocks if block.block_type == "paragraph"]
    opening, replies = (editor_texts(html) for html in rich_texts)
    typed = [HTML_WHITESPACE.sub(" ", part.strip()) for part in body.split("\n\n") if part.strip()]
    assert opening == typed
    assert replies and "<" not in "".join(rich_texts).replace("<p>", "").replace("</p>", "")
