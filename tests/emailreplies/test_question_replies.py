"""Ask the network from the mailbox: an invited expert answers by replying to the invitation
(files kept privately, as on the site), and an asker clarifies by replying to the request."""

import pytest
from django.contrib.auth.models import AnonymousUser

from cen_portal.uploads import collection
from emailreplies.models import InboundMessage
from questions import actions
from questions.models import Answer, Invitation, Question
from tests.emailreplies.conftest import deliver, reply_mail
from tests.questions.conftest import invite, make_question

pytestmark = pytest.mark.django_db

ANSWER = "We published a correction within the hour and asked broadcasters to carry it."


def emailed(mailoutbox, user):
    (message,) = [message for message in mailoutbox if message.to == [user.email]]
    return message


def test_an_expert_answers_an_invitation_by_email_with_a_file_kept_privately(client, network, mailoutbox):
    question = make_question(network, stage=Question.Stage.ACCEPTED)
    actions.route(question, network.secretariat, [(network.expert, "Rumour management")])
    invitation = emailed(mailoutbox, network.expert)
    assert "Or reply to this email" in invitation.body
    address = invitation.extra_headers["Reply-To"]
    raw = reply_mail(
        address,
        network.expert.email,
        f"{ANSWER}\n\n-- \nEru Expert\nIEBC",
        attachments=[("playbook.pdf", b"%PDF-1.4 our rumour playbook", "application/pdf")],
    )
    deliver(raw, [address], network.expert.email)

    answer = Answer.objects.get(question=question)
    assert (answer.author, answer.body) == (network.expert, ANSWER)
    (attachment,) = answer.attachments.all()
    assert attachment.document.collection == collection(actions.ANSWER_COLLECTION, private=True)
    assert attachment.document.file.read() == b"%PDF-1.4 our rumour playbook"
    # As on the site: the asker reads the answer and its file; a member outside the question does not.
    client.force_login(network.asker)
    assert client.get(attachment.get_absolute_url()).status_code == 200
    client.force_login(network.bystander)
    question.visibility = Question.Visibility.PRIVATE
    question.save()
    assert client.get(attachment.get_absolute_url()).status_code == 404
    assert not question.readable_by(AnonymousUser())


def test_a_file_the_site_would_refuse_is_refused_by_email_too(network, mailoutbox):
    question = make_question(network, stage=Question.Stage.ACCEPTED)
    actions.route(question, network.secretariat, [(network.expert, "Rumour management")])
    address = emailed(mailoutbox, network.expert).extra_headers["Reply-To"]
    mailoutbox.clear()
    raw = reply_mail(
        address, network.expert.email, ANSWER, attachments=[("tool.pdf", b"MZ\x90\x00 not a pdf", "application/pdf")]
    )
    deliver(raw, [address], network.expert.email)
    assert not Answer.objects.exists()
    explanation = emailed(mailoutbox, network.expert)
    assert "“tool.pdf” does not look like a .pdf file" in explanation.body


def test_an_expert_who_said_not_me_cannot_answer_by_email(network, mailoutbox):
    question = make_question(network, stage=Question.Stage.ACCEPTED)
    actions.route(question, network.secretariat, [(network.expert, "Rumour management")])
    address = emailed(mailoutbox, network.expert).extra_headers["Reply-To"]
    Invitation.objects.filter(expert=network.expert).update(status=Invitation.Status.DECLINED)
    deliver(reply_mail(address, network.expert.email, ANSWER), [address], network.expert.email)
    assert not Answer.objects.exists()
    assert InboundMessage.objects.get().reason == "not_open"


def test_the_reminder_carries_the_same_kind_of_reply_address(network, mailoutbox):
    question = make_question(network, stage=Question.Stage.ROUTED)
    invite(question, network.expert)
    actions.send_reminders(on=question.deadline)
    address = emailed(mailoutbox, network.expert).extra_headers["Reply-To"]
    deliver(reply_mail(address, network.expert.email, ANSWER), [address], network.expert.email)
    assert Answer.objects.get().body == ANSWER


def test_an_asker_clarifies_by_replying_to_the_secretariats_request(network, mailoutbox):
    question = make_question(network)
    actions.triage(question, network.secretariat, "clarify", note="Which election: national or local?")
    request = emailed(mailoutbox, network.asker)
    address = request.extra_headers["Reply-To"]
    clarification = "The national election in March; local ones follow in June."
    quoted = "\n".join(f"> {line}" for line in request.body.splitlines())
    body = f"{clarification}\n\nOn Wed, 4 Mar 2026 at 09:00, CEN Knowledge Portal <cen@localhost> wrote:\n{quoted}"
    deliver(reply_mail(address, network.asker.email, body), [address], network.asker.email)

    question.refresh_from_db()
    assert question.stage == Question.Stage.ASKED
    assert question.details.endswith("\n\n" + clarification)
    # A second reply once it is back with the Secretariat is refused: nothing waits for it.
    mailoutbox.clear()
    deliver(reply_mail(address, network.asker.email, "One more thing."), [address], network.asker.email)
    assert "One more thing" not in Question.objects.get(pk=question.pk).details
    assert "no longer waiting" in emailed(mailoutbox, network.asker).body
