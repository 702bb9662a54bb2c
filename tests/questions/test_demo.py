"""The demo questions: three illustrative questions in three stages, loaded once however often the loader runs."""

import io

import pytest
from django.core.management import call_command

from questions.models import Answer, AnswerAttachment, Invitation, Question
from tests.demo_world import load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_three_illustrative_questions_in_different_stages_and_no_duplicates():
    load_demo()
    counts = (
        Question.objects.count(),
        Invitation.objects.count(),
        Answer.objects.count(),
        AnswerAttachment.objects.count(),
    )
    call_command("load_demo_content", stdout=io.StringIO())
    assert (
        Question.objects.count(),
        Invitation.objects.count(),
        Answer.objects.count(),
        AnswerAttachment.objects.count(),
    ) == counts

    questions = {question.stage: question for question in Question.objects.all()}
    assert set(questions) == {"asked", "routed", "closed"}
    assert all(question.illustrative and "Illustrative" in question.details for question in questions.values())

    routed = questions["routed"]
    assert routed.visibility == "private"
    assert routed.answering_embs().count() == 2
    assert AnswerAttachment.objects.filter(answer__question=routed).count() == 1

    closed = questions["closed"]
    note = closed.guidance_page.specific
    assert note.live and not note.get_view_restrictions().exists()
    assert closed.get_absolute_url() in str(note.body)
    assert closed.usefulness == 5 and closed.asker_consent
