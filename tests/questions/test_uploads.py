"""Answers' attachments follow the same rules as Share your practice: one daily cap per member
across both forms, and files kept for an answer never written are deleted after a day."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model

from casestudies.sharing import PENDING_COLLECTION
from cen_portal.uploads import keep_uploads, upload_problem
from questions.actions import ANSWER_COLLECTION
from questions.models import Question
from tests.questions.conftest import answer, invite, make_question

pytestmark = pytest.mark.django_db


def pdfs(count, prefix="file"):
    return [
        SimpleUploadedFile(f"{prefix}-{n}.pdf", b"%PDF-1.4 evidence", content_type="application/pdf")
        for n in range(count)
    ]


def test_the_daily_cap_counts_every_form(network, settings):
    settings.SHARE_DAILY_UPLOAD_LIMIT = 6
    keep_uploads(pdfs(4, "shared"), network.expert, PENDING_COLLECTION)
    keep_uploads(pdfs(2, "answer"), network.expert, ANSWER_COLLECTION)
    problem = upload_problem(network.expert, [], pdfs(1))
    assert "at most 6 files a day, and you have attached 6 today" in problem


def test_an_answer_that_cannot_be_posted_keeps_no_more_than_the_cap(client, network, settings):
    settings.SHARE_DAILY_UPLOAD_LIMIT = 4
    question = make_question(network, stage=Question.Stage.ROUTED)
    invite(question, network.expert)
    client.force_login(network.expert)
    for _ in range(2):
        client.post(f"/en/questions/{question.pk}/answer/", {"body": "", "attachments": pdfs(3)})
    assert get_document_model().objects.count() == 3  # the second answer's files were refused


def test_files_kept_for_answers_never_written_are_deleted_after_a_day(network):
    question = make_question(network, stage=Question.Stage.ROUTED)
    invite(question, network.expert)
    written = answer(question, network.expert, body="With evidence.")
    [attached] = keep_uploads(pdfs(1, "attached"), network.expert, ANSWER_COLLECTION)
    written.attachments.create(document=attached)
    [abandoned] = keep_uploads(pdfs(1, "abandoned"), network.expert, ANSWER_COLLECTION)
    get_document_model().objects.update(created_at=timezone.now() - datetime.timedelta(days=2))
    call_command("clean_orphan_uploads", stdout=io.StringIO())
    assert list(get_document_model().objects.all()) == [attached]
