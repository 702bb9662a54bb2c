"""Replies by email in Ask the network: an invited expert's answer (to the invitation or a
reminder), and the asker's clarification (to the Secretariat's request for one). Each is held
to the same rules, checks and file limits as the form on the question page."""

from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext_lazy as _

from cen_portal.uploads import keep_uploads, upload_problem
from emailreplies.targets import ReplyRefused

from . import actions
from .forms import AnswerForm
from .models import Question

DETAILS_LIMIT = Question._meta.get_field("details").max_length


def readable(question_id, member):
    return Question.objects.readable_by(member).filter(pk=question_id).first()


def refused_by_form(form):
    return ReplyRefused("invalid", " ".join(str(error) for errors in form.errors.values() for error in errors))


def post_answer(reply, question_id):
    member = reply.member
    question = readable(question_id, member)
    if question is None or not question.can_answer(member):
        raise ReplyRefused(
            "not_open",
            _("The question no longer takes answers from you: it is closed, or you said you would not answer it."),
        )
    form = AnswerForm(data={"body": reply.text}, files=MultiValueDict({"attachments": reply.files}))
    if not form.is_valid():
        raise refused_by_form(form)
    uploads = form.cleaned_data["attachments"]
    if problem := upload_problem(member, [], uploads):
        raise ReplyRefused("too_many_files", problem)
    documents = keep_uploads(uploads, member, actions.ANSWER_COLLECTION)
    return actions.answer(question, member, form.cleaned_data["body"], documents)


def post_clarification(reply, question_id):
    member = reply.member
    question = readable(question_id, member)
    if question is None or question.asker_id != member.pk or question.stage != Question.Stage.CLARIFY:
        raise ReplyRefused("not_waiting", _("The question is no longer waiting for your clarification."))
    details = f"{question.details}\n\n{reply.text}"
    if len(details) > DETAILS_LIMIT:
        raise ReplyRefused(
            "too_long",
            _(
                "With your clarification the question would be longer than %(limit)s characters; shorten it on the portal."
            )
            % {"limit": DETAILS_LIMIT},
        )
    question.details = details
    question.save(update_fields=["details"])
    actions.resubmit(question, member)
    return question


def describe(question_id, member):
    question = readable(question_id, member)
    return (question.title, question.get_absolute_url()) if question else None
