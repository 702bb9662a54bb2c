"""The whole journey through the pages a person uses: ask, triage, route, accept from the
email, answer, remind, consolidate and close, rate. Every email is checked for who gets it,
what it is called, and that it names nothing its reader may not read."""

import datetime
import re

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command
from wagtail.models import ModelLogEntry, PageViewRestriction

from questions.models import Answer, Invitation, Question
from search.forms import SearchForm
from search.service import search
from tests.search.conftest import index_now

from .conftest import TODAY

pytestmark = pytest.mark.django_db

SECRET_DETAIL = "confidential-canary-5521"


def link_in(message, pattern):
    return re.search(rf"{settings.WAGTAILADMIN_BASE_URL}({pattern})", message.body).group(1)


def sign_in(client, user):
    client.force_login(user)
    return client


def ask(client, network, **overrides):
    data = {
        "title": "Has any EMB answered a viral rumour on polling day within an hour?",
        "details": f"We need a playbook for false claims about polling stations. {SECRET_DETAIL}",
        "why_now": "Our general election is in three months.",
        "deadline": (TODAY + datetime.timedelta(days=14)).isoformat(),
        "practice_areas": ["rumour-management"],
        "countries": ["GH"],
        "visibility": "private",
        "action": "send",
        **overrides,
    }
    return client.post("/en/ask/", data)


@time_machine.travel(datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC))
def test_a_private_question_goes_from_asking_to_a_rated_consolidated_reply(client, network, mailoutbox):
    # Ask.
    sign_in(client, network.asker)
    response = ask(client, network)
    question = Question.objects.get()
    assert response.status_code == 302 and response.url == question.get_absolute_url()
    assert question.stage == Question.Stage.ASKED and question.visibility == "private"
    [new_question] = mailoutbox
    assert new_question.to == [settings.SECRETARIAT_EMAIL]
    assert new_question.subject == f"New question to triage: {question.title}"
    mailoutbox.clear()

    # Triage: accept.
    sign_in(client, network.secretariat)
    response = client.post(f"/en/questions/{question.pk}/triage/", {"decision": "accept", "note": ""})
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.stage == Question.Stage.ACCEPTED and question.triaged_at is not None
    [accepted] = mailoutbox
    assert accepted.to == [network.asker.email]
    assert accepted.subject == f"Your question has been accepted: {question.title}"
    mailoutbox.clear()

    # Route: the matching expert is proposed first, with the reason; the Secretariat adds another.
    page = client.get(question.get_absolute_url())
    proposals = page.context["route_form"].fields["proposed"].choices
    assert proposals[0][0] == str(network.expert.pk)
    assert "Expertise in 3.4 Rumour management" in proposals[0][1]
    response = client.post(
        f"/en/questions/{question.pk}/route/",
        {"proposed": [str(network.expert.pk)], "others": [str(network.country_expert.pk)]},
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.stage == Question.Stage.ROUTED
    assert {message.to[0] for message in mailoutbox} == {network.expert.email, network.country_expert.email}
    for message in mailoutbox:
        assert message.subject == "Can you answer a question from a peer EMB by 18 March?"
        assert SECRET_DETAIL in message.body  # the invited expert may now read the question
        assert "This question is confidential" in message.body
    invitation_email = next(m for m in mailoutbox if m.to == [network.expert.email])
    decline_email = next(m for m in mailoutbox if m.to == [network.country_expert.email])
    mailoutbox.clear()

    # The experts answer the invitation from their email, without signing in.
    client.logout()
    accept_link = link_in(invitation_email, r"/en/questions/respond/[^/\s]+/")
    assert "Will you answer" in client.get(accept_link).content.decode()
    assert Invitation.objects.get(expert=network.expert).status == Invitation.Status.INVITED  # GET changes nothing
    client.post(accept_link)
    assert Invitation.objects.get(expert=network.expert).status == Invitation.Status.ACCEPTED
    not_me = re.findall(rf"{settings.WAGTAILADMIN_BASE_URL}(/en/questions/respond/[^/\s]+/)", decline_email.body)[1]
    client.post(not_me)
    assert Invitation.objects.get(expert=network.country_expert).status == Invitation.Status.DECLINED
    # "Not me" ends the expert's access to a private question.
    sign_in(client, network.country_expert)
    assert client.get(question.get_absolute_url()).status_code == 404
    assert mailoutbox == []

    # Two working days before the deadline (18 March), the expert who accepted is reminded once.
    with time_machine.travel(datetime.datetime(2026, 3, 13, 9, 0, tzinfo=datetime.UTC), tick=False):
        call_command("send_question_reminders", stdout=open("/dev/null", "w"))
    assert mailoutbox == []
    with time_machine.travel(datetime.datetime(2026, 3, 16, 9, 0, tzinfo=datetime.UTC), tick=False):
        call_command("send_question_reminders", stdout=open("/dev/null", "w"))
        call_command("send_question_reminders", stdout=open("/dev/null", "w"))
    [reminder] = mailoutbox
    assert reminder.to == [network.expert.email]
    assert reminder.subject == "Reminder: answers are due by 18 March"
    assert Invitation.objects.get(expert=network.expert).reminded_at is not None
    mailoutbox.clear()

    # Answer, with an attachment.
    sign_in(client, network.expert)
    pdf = _pdf("playbook.pdf")
    response = client.post(
        f"/en/questions/{question.pk}/answer/", {"body": "We answered within forty minutes.", "attachments": [pdf]}
    )
    assert response.status_code == 302
    answer = Answer.objects.get()
    assert answer.attachments.count() == 1
    [new_answer] = mailoutbox
    assert new_answer.to == [network.asker.email]
    assert new_answer.subject == f"A new answer to your question: {question.title}"
    assert "forty minutes" in new_answer.body
    mailoutbox.clear()

    # The Secretariat sees who was reminded.
    sign_in(client, network.secretariat)
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Expert reminded of the deadline" in page

    # Consolidate and close: members only needs the consent of the asker and of every answering EMB.
    refused = client.post(
        f"/en/questions/{question.pk}/close/", {"reply": "Answer within the hour.", "audience": "members"}
    )
    assert refused.status_code == 400
    assert "consent" in refused.content.decode() and "Answer within the hour." in refused.content.decode()
    response = client.post(
        f"/en/questions/{question.pk}/close/",
        {
            "reply": "Answer within the hour, from an account people already follow.",
            "audience": "members",
            "asker_consent": "on",
            "consenting_embs": [str(network.kenya_emb.pk)],
        },
    )
    question.refresh_from_db()
    assert question.stage == Question.Stage.CLOSED
    assert question.asker_consent and list(question.consenting_embs.all()) == [network.kenya_emb]
    page = question.guidance_page.specific
    assert response.url == f"/admin/pages/{page.pk}/edit/"
    assert not page.live
    assert PageViewRestriction.objects.filter(page=page, restriction_type="login").exists()
    assert question.get_absolute_url() in str(page.body)  # the note links back to the question
    [closed] = mailoutbox
    assert closed.to == [network.asker.email]
    assert closed.subject == f"Your question has a consolidated reply: {question.title}"
    assert "rate them from 1 to 5" in closed.body
    mailoutbox.clear()

    # The asker rates the answers.
    sign_in(client, network.asker)
    client.post(f"/en/questions/{question.pk}/rate/", {"usefulness": "4", "comment": "Very practical."})
    question.refresh_from_db()
    assert question.usefulness == 4 and question.usefulness_comment == "Very practical."

    # Every step is in the audit trail.
    actions = list(ModelLogEntry.objects.for_instance(question).order_by("pk").values_list("action", flat=True))
    assert actions == [
        "questions.ask",
        "questions.accept",
        "questions.route",
        "questions.expert_accept",
        "questions.expert_decline",
        "questions.remind",
        "questions.answer",
        "questions.close",
        "questions.rate",
    ]

    # The closed question is in the knowledge index for its asker and its expert only.
    index_now()
    for reader, sees in [(network.asker, True), (network.expert, True), (network.bystander, False), (None, False)]:
        results = search(SearchForm({"q": "viral rumour polling"}).to_query(), reader)
        assert (question.search_key in [hit.key for hit in results.hits]) is sees, reader


def _pdf(name):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, b"%PDF-1.4\n% answer attachment\n", content_type="application/pdf")


@time_machine.travel(datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC))
def test_a_returned_question_comes_back_to_triage_when_the_asker_clarifies_it(client, network, mailoutbox):
    sign_in(client, network.asker)
    ask(client, network, visibility="members")
    question = Question.objects.get()
    mailoutbox.clear()
    sign_in(client, network.secretariat)
    client.post(
        f"/en/questions/{question.pk}/triage/", {"decision": "clarify", "note": "Which election: local or national?"}
    )
    [clarify] = mailoutbox
    assert clarify.to == [network.asker.email]
    assert clarify.subject == f"Please clarify your question: {question.title}"
    assert "Which election: local or national?" in clarify.body
    mailoutbox.clear()

    sign_in(client, network.asker)
    edit_url = link_in(clarify, r"/en/questions/\d+/clarify/")
    response = client.post(
        edit_url,
        {
            "title": question.title,
            "details": "National elections, for polling-day rumours.",
            "why_now": question.why_now,
            "deadline": question.deadline.isoformat(),
            "visibility": "members",
        },
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.stage == Question.Stage.ASKED and question.details.startswith("National")
    [back] = mailoutbox
    assert back.to == [settings.SECRETARIAT_EMAIL]
    assert back.subject == f"Question clarified, ready to triage: {question.title}"


@time_machine.travel(datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC))
def test_declining_gives_the_asker_the_reason(client, network, mailoutbox):
    from .conftest import make_question

    question = make_question(network)
    sign_in(client, network.secretariat)
    missing_reason = client.post(f"/en/questions/{question.pk}/triage/", {"decision": "decline", "note": ""})
    assert missing_reason.status_code == 400 and "why the question is declined" in missing_reason.content.decode()
    client.post(f"/en/questions/{question.pk}/triage/", {"decision": "decline", "note": "Outside the Network's remit."})
    [declined] = mailoutbox
    assert declined.to == [network.asker.email]
    assert declined.subject == f"Your question has been declined: {question.title}"
    assert "Outside the Network's remit." in declined.body
    assert ModelLogEntry.objects.for_instance(question).get().data["note"] == "Outside the Network's remit."


@time_machine.travel(datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC))
def test_a_question_merges_only_into_one_its_asker_can_read_and_the_email_names_it(client, network, mailoutbox):
    from .conftest import make_question

    other_asker_private = make_question(
        network, visibility="private", stage=Question.Stage.ROUTED, asker=network.bystander
    )
    open_earlier = make_question(network, title="Earlier open question on rumours", stage=Question.Stage.ROUTED)
    open_earlier.asker = network.bystander
    open_earlier.save()
    question = make_question(network)
    sign_in(client, network.secretariat)
    refused = client.post(
        f"/en/questions/{question.pk}/triage/", {"decision": "merge", "merge_into": str(other_asker_private.pk)}
    )
    assert refused.status_code == 400
    client.post(f"/en/questions/{question.pk}/triage/", {"decision": "merge", "merge_into": str(open_earlier.pk)})
    question.refresh_from_db()
    assert question.stage == Question.Stage.MERGED and question.merged_into == open_earlier
    [merged] = mailoutbox
    assert merged.to == [network.asker.email]
    assert "Earlier open question on rumours" in merged.body
    assert other_asker_private.title not in merged.body.replace(question.title, "")


def test_a_reply_kept_with_the_asker_starts_no_guidance_note_and_only_the_asker_reads_it(client, network, mailoutbox):
    from .conftest import answer, invite, make_question

    question = make_question(network, stage=Question.Stage.ROUTED)
    invite(question, network.expert)
    answer(question, network.expert)
    sign_in(client, network.secretariat)
    response = client.post(
        f"/en/questions/{question.pk}/close/", {"reply": "Kept-for-the-asker reply.", "audience": "asker"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.guidance_page is None
    for reader, sees in [(network.asker, True), (network.expert, False), (network.bystander, False)]:
        sign_in(client, reader)
        assert ("Kept-for-the-asker reply." in client.get(question.get_absolute_url()).content.decode()) is sees
    index_now()
    results = search(SearchForm({"q": "viral rumour polling"}).to_query(), network.bystander)
    [hit] = [hit for hit in results.hits if hit.key == question.search_key]
    assert "Kept-for-the-asker" not in hit.summary + "".join(hit.highlights)


def test_a_tampered_or_stale_response_link_is_refused(client, network):
    from questions.actions import response_url

    from .conftest import invite, make_question

    question = make_question(network, stage=Question.Stage.ROUTED)
    invitation = invite(question, network.expert, status=Invitation.Status.INVITED)
    url = response_url(invitation, "accept")
    assert client.get(url[:-3] + "xx/").status_code == 404
    question.stage = Question.Stage.CLOSED
    question.save()
    assert client.post(url).status_code == 404
    invitation.refresh_from_db()
    assert invitation.status == Invitation.Status.INVITED
