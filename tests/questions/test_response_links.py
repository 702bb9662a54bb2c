"""The "I will answer" and "Not me" links in an expert's invitation email: they work once, for
two weeks, only for the invited expert, and show nothing of the question before sign-in."""

import datetime

import pytest
import time_machine
from django.core import signing
from django.utils import translation

from questions.actions import RESPONSE_LINK_DAYS, RESPONSE_SALT, response_url
from questions.models import Answer, Invitation, Question

from .conftest import invite, make_question

pytestmark = pytest.mark.django_db

SENT = datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC)
SECRET_TITLE = "Confidential canary: how did you handle the leaked register?"
SECRET_DETAILS = "confidential-details-7731"


@pytest.fixture
def private_invitation(network):
    question = make_question(
        network, title=SECRET_TITLE, details=SECRET_DETAILS, visibility="private", stage=Question.Stage.ROUTED
    )
    return invite(question, network.expert, status=Invitation.Status.INVITED)


def status_of(invitation):
    invitation.refresh_from_db()
    return invitation.status


def shows_the_question(response):
    page = response.content.decode()
    return SECRET_TITLE in page or SECRET_DETAILS in page or "18 March 2026" in page


@pytest.mark.parametrize(
    "first,second,kept",
    [("decline", "accept", Invitation.Status.DECLINED), ("accept", "decline", Invitation.Status.ACCEPTED)],
)
def test_a_link_answers_the_invitation_once(client, network, private_invitation, first, second, kept):
    first_link, second_link = response_url(private_invitation, first), response_url(private_invitation, second)
    assert client.post(first_link).status_code == 200
    assert status_of(private_invitation) == kept

    for link in (second_link, first_link):
        for method in (client.get, client.post):
            response = method(link)
            assert response.status_code == 410
            assert "This link has been used" in response.content.decode() and not shows_the_question(response)
    assert status_of(private_invitation) == kept


def test_a_declined_expert_does_not_get_the_question_back_with_the_old_accept_link(client, network, private_invitation):
    question = private_invitation.question
    client.force_login(network.expert)
    client.post(response_url(private_invitation, "decline"))
    assert client.post(response_url(private_invitation, "accept")).status_code == 410
    assert status_of(private_invitation) == Invitation.Status.DECLINED
    assert client.get(question.get_absolute_url()).status_code == 404
    assert client.post(f"/en/questions/{question.pk}/answer/", {"body": "Back in."}).status_code == 404
    assert not Answer.objects.exists()


def test_a_declined_expert_cannot_take_it_back_on_an_open_questions_page(client, network):
    question = make_question(network, visibility="members", stage=Question.Stage.ROUTED)
    invitation = invite(question, network.expert, status=Invitation.Status.DECLINED)
    client.force_login(network.expert)
    response = client.post(f"/en/questions/{question.pk}/respond/", {"response": "accept"})
    assert response.status_code == 403
    assert status_of(invitation) == Invitation.Status.DECLINED
    assert client.post(f"/en/questions/{question.pk}/answer/", {"body": "Back in."}).status_code == 403


def test_the_link_shows_nothing_of_a_private_question_before_the_expert_signs_in(client, network, private_invitation):
    link = response_url(private_invitation, "accept")
    anonymous = client.get(link)
    assert anonymous.status_code == 200
    page = anonymous.content.decode()
    assert "Will you answer this question?" in page and "/en/accounts/login/?next=" in page
    assert not shows_the_question(anonymous)

    client.force_login(network.expert)
    signed_in = client.get(link)
    assert signed_in.status_code == 200 and SECRET_TITLE in signed_in.content.decode()
    assert "Answers are needed by 18 March 2026." in signed_in.content.decode()
    assert status_of(private_invitation) == Invitation.Status.INVITED  # looking changes nothing

    done = client.post(link)
    assert done.status_code == 200 and "Thank you" in done.content.decode()
    assert status_of(private_invitation) == Invitation.Status.ACCEPTED


def test_answering_without_signing_in_says_thank_you_and_nothing_more(client, network, private_invitation):
    response = client.post(response_url(private_invitation, "accept"))
    assert response.status_code == 200 and "Thank you" in response.content.decode()
    assert not shows_the_question(response)
    assert status_of(private_invitation) == Invitation.Status.ACCEPTED


@pytest.mark.parametrize("reader", ["bystander", "country_expert", "asker", "secretariat"])
def test_the_link_does_nothing_for_anyone_else_signed_in(client, network, private_invitation, reader):
    client.force_login(getattr(network, reader))
    for response in ("accept", "decline"):
        link = response_url(private_invitation, response)
        for method in (client.get, client.post):
            refused = method(link)
            assert refused.status_code == 403
            assert "This link is for someone else" in refused.content.decode()
            assert not shows_the_question(refused)
    assert status_of(private_invitation) == Invitation.Status.INVITED


def test_a_link_works_for_two_weeks_from_the_email(client, network, private_invitation):
    with time_machine.travel(SENT, tick=False):
        decline, accept = (response_url(private_invitation, response) for response in ("decline", "accept"))
    with time_machine.travel(SENT + datetime.timedelta(days=RESPONSE_LINK_DAYS + 1), tick=False):
        for method in (client.get, client.post):
            expired = method(decline)
            assert expired.status_code == 404
            assert "This link no longer works" in expired.content.decode()
            assert f"work for {RESPONSE_LINK_DAYS} days" in expired.content.decode()
            assert not shows_the_question(expired)
        assert status_of(private_invitation) == Invitation.Status.INVITED
    with time_machine.travel(SENT + datetime.timedelta(days=RESPONSE_LINK_DAYS - 1), tick=False):
        assert client.post(accept).status_code == 200
    assert status_of(private_invitation) == Invitation.Status.ACCEPTED


def forged(payload, salt=RESPONSE_SALT):
    return f"/en/questions/respond/{signing.dumps(payload, salt=salt)}/"


@pytest.mark.parametrize(
    "make_link",
    [
        lambda invitation: "/en/questions/respond/not-a-token/",
        lambda invitation: "/en/questions/respond/a:b:c/",
        lambda invitation: response_url(invitation, "accept")[:-4] + "xyz/",
        lambda invitation: forged([invitation.pk, "accept"], salt="another.salt"),
        lambda invitation: forged([invitation.pk, "maybe"]),
        lambda invitation: forged([invitation.pk]),
        lambda invitation: forged([[invitation.pk], "accept"]),
        lambda invitation: forged([invitation.pk, ["accept"]]),
        lambda invitation: forged({"pk": invitation.pk}),
        lambda invitation: forged(invitation.pk),
        lambda invitation: forged([invitation.pk + 1000, "accept"]),
    ],
)
def test_a_bad_link_is_explained_never_an_error(client, network, private_invitation, make_link):
    link = make_link(private_invitation)
    for method in (client.get, client.post):
        response = method(link)
        assert response.status_code == 404
        assert "This link no longer works" in response.content.decode()
    assert status_of(private_invitation) == Invitation.Status.INVITED


def test_the_pages_of_a_link_speak_french(client, network, private_invitation):
    # A request under /fr/ leaves French active in this thread: the next test gets its language back.
    with translation.override(translation.get_language()):
        network.expert.language = "fr"
        network.expert.save()
        link = response_url(private_invitation, "accept")
        assert link.startswith("/fr/")
        page = client.get(link).content.decode()
        assert "Connectez-vous pour lire la question avant de répondre" in page
        assert "Ce lien ne fonctionne plus" in client.get("/fr/questions/respond/not-a-token/").content.decode()
        assert (
            f"fonctionnent pendant {RESPONSE_LINK_DAYS} jours"
            in client.get("/fr/questions/respond/x/").content.decode()
        )
        client.post(link)
        assert "Ce lien a déjà servi" in client.post(link).content.decode()
        client.force_login(network.bystander)
        assert "Ce lien est destiné à quelqu’un d’autre" in client.get(link).content.decode()
