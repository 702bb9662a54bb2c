"""The draft guidance note a closed question starts: whatever the asker wrote in the title,
the draft's rich text carries it as text, never as markup, and the Secretariat can open the
draft in the editor."""

import json

import pytest
from django import forms
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from wagtail.admin.rich_text.converters.contentstate import ContentstateConverter

from cen_portal.blocks import BODY_FEATURES
from questions import actions
from questions.forms import QuestionForm
from questions.models import Question

from .conftest import answer, invite, make_question

pytestmark = pytest.mark.django_db

HOSTILE_TITLE = "How do EMBs verify <img src=x onerror=alert(document.domain)> accounts?"

# Any text a member could type, with plenty of what means something in HTML.
MARKUP = st.sampled_from(["<", ">", "&", '"', "'", "</a>", "<p>", "&amp;", "&#x3c;", "<!--", "]]>", "=", "/"])
ANY_TEXT = st.lists(MARKUP | st.characters(exclude_categories=("Cs",)), min_size=1, max_size=200).map("".join)


def editor_state(html):
    """What the Wagtail editor makes of stored rich text (the conversion raises when it cannot)."""
    return json.loads(ContentstateConverter(features=BODY_FEATURES).from_database_format(html))


def link_texts(state):
    texts = []
    for block in state["blocks"]:
        for entity_range in block["entityRanges"]:
            if state["entityMap"][str(entity_range["key"])]["type"] == "LINK":
                start = entity_range["offset"]
                texts.append(block["text"][start : start + entity_range["length"]])
    return texts


def paragraphs(page):
    """The draft's paragraphs as stored, from its latest revision (what the editor opens)."""
    body = page.latest_revision.as_object().body
    return [block.value.source for block in body if block.block_type == "paragraph"]


def title_as_the_form_keeps_it(text):
    """The question form's own cleaning of a title, or None when the form would refuse it."""
    form = QuestionForm()
    form.cleaned_data = {"title": text}
    try:
        return form.clean_title()
    except forms.ValidationError:
        return None


def test_a_title_with_markup_is_text_in_the_draft_and_the_draft_opens_in_the_editor(client, network):
    question = make_question(network, title=HOSTILE_TITLE, stage=Question.Stage.ROUTED)
    invite(question, network.expert)
    answer(question, network.expert, body="We check <b>every</b> account & its history.")
    actions.close(question, network.secretariat, "Check the account's history.", "members", True, [])
    draft = question.guidance_page.specific

    the_question, _reply, shared = paragraphs(draft)
    assert "<img" not in the_question
    assert (
        f'<a href="{question.get_absolute_url()}">'
        "How do EMBs verify &lt;img src=x onerror=alert(document.domain)&gt; accounts?</a>"
    ) in the_question
    assert link_texts(editor_state(the_question)) == [HOSTILE_TITLE]
    assert "&lt;b&gt;every&lt;/b&gt; account &amp; its history" in shared

    client.force_login(network.secretariat)
    response = client.get(f"/admin/pages/{draft.pk}/edit/")
    assert response.status_code == 200
    assert "<img src=x" not in response.content.decode()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=ANY_TEXT)
@example(typed=HOSTILE_TITLE)
@example(typed="  Tabs\tand\nnew  lines, <b>bold & “quoted”</b>   ")
@example(typed="???")  # no letter to make the draft's slug from
def test_any_title_the_form_accepts_is_the_text_of_the_drafts_link(network, typed):
    # The form keeps a title on one line, single-spaced, without invisible characters: the
    # editor's folding of whitespace has nothing left to change, so the text must come back whole.
    title = title_as_the_form_keeps_it(typed)
    assume(title)
    question = make_question(network, title=title, stage=Question.Stage.CLOSED, consolidated_reply="A reply.")
    draft = actions.start_guidance_draft(question, network.secretariat)

    assert draft.title == title
    states = [editor_state(html) for html in paragraphs(draft)]
    assert link_texts(states[0]) == [title]
