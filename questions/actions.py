"""Each step of a question's journey: the change, its line in the audit trail, the email
to whoever must act next, and the knowledge index kept up to date."""

import datetime

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from wagtail.documents import get_document_model
from wagtail.log_actions import log

from cen_portal import workingdays
from cen_portal.drafts import contributions, start_draft
from cen_portal.mail import email_member, email_secretariat
from cen_portal.text import link_html, paragraphs_html
from cen_portal.uploads import collection
from emailreplies.addresses import reply_headers
from members.models import current_language
from search.sync import request_update

from .models import REMIND_BEFORE, Answer, AnswerAttachment, Holiday, Invitation, Question

RESPONSE_SALT = "questions.invitation"
# The "I will answer" and "Not me" links in an invitation email work for two weeks from the day
# it was sent, and once. Two weeks rather than the asker's deadline: a deadline may be a year
# away, or already past when an overdue question goes to more experts. Two weeks covers the
# usual eight working days; after that the expert answers on the question page, signed in.
RESPONSE_LINK_DAYS = 14
ANSWER_COLLECTION = "Ask the network: answer attachments"
RESPONSES = {"accept": Invitation.Status.ACCEPTED, "decline": Invitation.Status.DECLINED}


def tell_asker(question, template, **context):
    asker = question.asker
    # A request to clarify can be answered from the mailbox: the reply is the clarification.
    headers = reply_headers(asker, "clarify", question.pk) if template == "triage_clarify" else {}
    context = {"question": question, "reply_by_email": bool(headers), **context}
    email_member(f"questions/email/{template}", context, asker, headers=headers)


def email_expert(template, invitation, **context):
    """An invitation or a reminder: the expert's reply to it is their answer."""
    headers = reply_headers(invitation.expert, "answer", invitation.question_id)
    context = {"question": invitation.question, "invitation": invitation, "reply_by_email": bool(headers), **context}
    email_member(f"questions/email/{template}", context, invitation.expert, headers=headers)


# Asking and triage -----------------------------------------------------------------------


@transaction.atomic
def ask(asker, form):
    question = form.save(commit=False)
    question.asker = asker
    question.language = current_language()
    question.save()
    form.save_m2m()
    log(question, "questions.ask", user=asker)
    email_secretariat("questions/email/new_question", {"question": question})
    return question


@transaction.atomic
def resubmit(question, asker):
    """The asker has clarified: the question goes back to the Secretariat's triage."""
    question.stage = Question.Stage.ASKED
    question.save(update_fields=["stage"])
    log(question, "questions.resubmit", user=asker)
    email_secretariat("questions/email/clarified", {"question": question})


@transaction.atomic
def triage(question, curator, decision, note="", merge_into=None):
    stage = {
        "accept": Question.Stage.ACCEPTED,
        "clarify": Question.Stage.CLARIFY,
        "merge": Question.Stage.MERGED,
        "decline": Question.Stage.DECLINED,
    }[decision]
    question.stage = stage
    question.triage_note = note
    question.merged_into = merge_into if decision == "merge" else None
    question.triaged_at = question.triaged_at or timezone.now()
    question.save()
    data = {"note": note}
    if merge_into is not None:
        data["merged_into"] = merge_into.title
    log(question, f"questions.{decision}", user=curator, data=data)
    tell_asker(question, f"triage_{decision}", note=note, merged_into=merge_into)
    request_update(question.search_key)


# Routing ---------------------------------------------------------------------------------


def response_token(invitation, response):
    return signing.dumps([invitation.pk, response], salt=RESPONSE_SALT)


def response_url(invitation, response):
    """The signed link an expert follows from their invitation email, in their language."""
    with translation.override(invitation.expert.language):
        return reverse("questions:respond", args=[response_token(invitation, response)])


def invitation_for_token(token):
    """The invitation and the response a signed link stands for, or (None, None) when the link
    was changed or is older than RESPONSE_LINK_DAYS."""
    try:
        pk, response = signing.loads(token, salt=RESPONSE_SALT, max_age=datetime.timedelta(days=RESPONSE_LINK_DAYS))
    except (signing.BadSignature, ValueError, TypeError):  # SignatureExpired is a BadSignature
        return None, None
    if not isinstance(pk, int) or not isinstance(response, str) or response not in RESPONSES:
        return None, None
    invitation = Invitation.objects.filter(pk=pk).select_related("question", "expert").first()
    return invitation, response


@transaction.atomic
def route(question, curator, experts_with_reasons):
    """Invite each chosen expert, with the reasons they were chosen, and email them."""
    invitations = []
    for expert, reasons in experts_with_reasons:
        invitation, created = Invitation.objects.get_or_create(
            question=question, expert=expert, defaults={"reasons": reasons, "invited_by": curator}
        )
        if created:
            invitations.append(invitation)
    if not invitations:
        return []
    question.stage = Question.Stage.ROUTED
    question.routed_at = question.routed_at or timezone.now()
    question.save(update_fields=["stage", "routed_at"])
    log(question, "questions.route", user=curator, data={"experts": [str(i.expert) for i in invitations]})
    for invitation in invitations:
        email_expert(
            "invitation",
            invitation,
            accept_url=response_url(invitation, "accept"),
            decline_url=response_url(invitation, "decline"),
        )
    request_update(question.search_key)
    return invitations


@transaction.atomic
def respond(invitation, response):
    """ "I will answer" or "Not me", from the email's signed link or the question page, once:
    False, and nothing changes, when the expert has already said one or the other (so an old
    "I will answer" link cannot undo a "Not me")."""
    answered = Invitation.objects.filter(pk=invitation.pk, status=Invitation.Status.INVITED).update(
        status=RESPONSES[response], responded_at=timezone.now()
    )
    if not answered:
        return False
    invitation.refresh_from_db(fields=["status", "responded_at"])
    log(
        invitation.question,
        f"questions.expert_{response}",
        user=invitation.expert,
        data={"expert": str(invitation.expert)},
    )
    request_update(invitation.question.search_key)
    return True


# Answers ---------------------------------------------------------------------------------


def attachments_in_use(documents):
    return list(AnswerAttachment.objects.filter(document__in=documents).values_list("document_id", flat=True))


def kept_documents(ids, user):
    """Files this person uploaded with an answer that is not written yet."""
    private = collection(ANSWER_COLLECTION, private=True)
    attached = AnswerAttachment.objects.values("document")
    return list(
        get_document_model()
        .objects.filter(pk__in=ids, uploaded_by_user=user, collection=private)
        .exclude(pk__in=attached)
    )


@transaction.atomic
def answer(question, author, body, documents=()):
    answer = Answer.objects.create(question=question, author=author, body=body, language=current_language())
    for document in documents:
        AnswerAttachment.objects.create(answer=answer, document=document)
    log(question, "questions.answer", user=author, data={"answer": answer.pk})
    if author.pk != question.asker_id:
        tell_asker(question, "new_answer", answer=answer)
    request_update(question.search_key)
    return answer


def send_reminders(on):
    """Remind experts who said they would answer and have not, two working days before the
    deadline; each expert is reminded once per question, and the Secretariat sees when."""
    sent = 0
    invitations = Invitation.objects.filter(
        status=Invitation.Status.ACCEPTED, reminded_at=None, question__stage=Question.Stage.ROUTED
    ).select_related("question", "expert")
    closed_days = Holiday.closed_days()
    for invitation in invitations:
        question = invitation.question
        if on < workingdays.add_working_days(question.deadline, -REMIND_BEFORE, closed_days):
            continue
        if invitation.has_answered() or not invitation.expert.is_active:
            continue
        email_expert("reminder", invitation)
        invitation.reminded_at = timezone.now()
        invitation.save(update_fields=["reminded_at"])
        log(question, "questions.remind", data={"expert": str(invitation.expert)})
        sent += 1
    return sent


# Consolidating and closing -------------------------------------------------------------


def start_guidance_draft(question, curator):
    """A draft guidance note from the question, the consolidated reply and the answers; the
    Secretariat edits and publishes it through the usual review."""
    link = format_html(
        "<p>This note answers a question put to the Network: {}.</p>",
        link_html(question.get_absolute_url(), question.title),
    )
    answers = contributions(question.answers.select_related("author"))
    body = [
        {"type": "heading", "value": "The question"},
        {"type": "paragraph", "value": paragraphs_html(question.details) + link},
        {"type": "heading", "value": "The consolidated reply"},
        {"type": "paragraph", "value": paragraphs_html(question.consolidated_reply)},
        {"type": "heading", "value": "What members shared"},
        {"type": "paragraph", "value": paragraphs_html(answers or "Summarise the answers here.")},
    ]
    return start_draft(
        "guidance",
        curator=curator,
        title=question.title,
        fallback_slug=f"question-{question.pk}",
        summary=question.consolidated_reply,
        body=body,
        tags={
            "principles": list(question.principles.all()),
            "practice_areas": list(question.practice_areas.all()),
            "countries": list(question.countries.all()),
        },
        members_only=question.reply_audience == Question.ReplyAudience.MEMBERS,
        year=timezone.now().year,
    )


@transaction.atomic
def close(question, curator, reply, audience, asker_consent, consenting_embs):
    question.consolidated_reply = reply
    question.reply_audience = audience
    question.asker_consent = asker_consent
    question.stage = Question.Stage.CLOSED
    question.closed_at = timezone.now()
    question.save()
    question.consenting_embs.set(consenting_embs)
    if audience != Question.ReplyAudience.ASKER:
        question.guidance_page = start_guidance_draft(question, curator)
        question.save(update_fields=["guidance_page"])
    log(
        question,
        "questions.close",
        user=curator,
        data={
            "audience": audience,
            "asker_consent": asker_consent,
            "consenting_embs": [str(emb) for emb in consenting_embs],
        },
    )
    tell_asker(question, "closed")
    request_update(question.search_key)
    return question


def rate(question, usefulness, comment):
    question.usefulness = usefulness
    question.usefulness_comment = comment
    question.rated_at = timezone.now()
    question.save(update_fields=["usefulness", "usefulness_comment", "rated_at"])
    log(question, "questions.rate", user=question.asker, data={"usefulness": usefulness})
