"""Ask the network in two languages: each asker and each expert follows a question in the
language they chose (dates, links and the signed response links included), while the
Secretariat's shared address gets its notices in SECRETARIAT_LANGUAGE."""

import datetime
import re

import pytest
import time_machine
from django.conf import settings
from django.core.management import call_command

from questions.models import Invitation, Question

from .conftest import TODAY, make_question

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
MARCH_4 = datetime.datetime(2026, 3, 4, 9, 0, tzinfo=datetime.UTC)


def french(*users):
    for user in users:
        user.language = "fr"
        user.save(update_fields=["language"])


def to(mailoutbox, user):
    [message] = [message for message in mailoutbox if message.to == [user.email]]
    return message


def reader_links(message):
    return [link for link in re.findall(rf"{settings.WAGTAILADMIN_BASE_URL}(/\S*)", message.body)]


def all_under(message, prefix):
    links = reader_links(message)
    return bool(links) and all(link.startswith(prefix) for link in links)


@time_machine.travel(MARCH_4)
def test_a_french_asker_and_a_french_expert_follow_the_question_in_french(client, network, mailoutbox):
    french(network.asker, network.expert)
    client.force_login(network.asker)
    client.post(
        "/fr/ask/",
        {
            "title": "Comment répondre à une rumeur le jour du scrutin ?",
            "details": "Nous cherchons une méthode éprouvée.",
            "why_now": "Nos élections ont lieu dans trois mois.",
            "deadline": (TODAY + datetime.timedelta(days=14)).isoformat(),
            "practice_areas": ["rumour-management"],
            "countries": ["GH"],
            "visibility": "members",
            "action": "send",
        },
    )
    question = Question.objects.get()
    [notice] = mailoutbox
    assert notice.to == [settings.SECRETARIAT_EMAIL] and notice.subject.startswith("New question to triage: ")
    mailoutbox.clear()

    client.force_login(network.secretariat)
    client.post(f"/en/questions/{question.pk}/triage/", {"decision": "accept", "note": ""})
    accepted = to(mailoutbox, network.asker)
    assert accepted.subject == f"Votre question a été acceptée{NBSP}: {question.title}"
    assert "une réponse consolidée d’ici le 18 mars 2026" in accepted.body
    assert all_under(accepted, "/fr/questions/")
    mailoutbox.clear()

    client.post(
        f"/en/questions/{question.pk}/route/",
        {"proposed": [str(network.expert.pk)], "others": [str(network.country_expert.pk)]},
    )
    invited_fr, invited_en = to(mailoutbox, network.expert), to(mailoutbox, network.country_expert)
    assert invited_fr.subject == f"Pouvez-vous répondre d’ici le 18 mars à la question d’un OGE pair{NBSP}?"
    assert f"Je répondrai{NBSP}:" in invited_fr.body and "Pourquoi nous avons pensé à vous" in invited_fr.body
    assert all_under(invited_fr, "/fr/questions/")
    assert invited_en.subject == "Can you answer a question from a peer EMB by 18 March?"
    assert all_under(invited_en, "/en/questions/")
    mailoutbox.clear()

    client.logout()
    accept_link = reader_links(invited_fr)[0]
    assert accept_link.startswith("/fr/questions/respond/")
    client.post(accept_link)
    assert Invitation.objects.get(expert=network.expert).status == Invitation.Status.ACCEPTED

    with time_machine.travel(datetime.datetime(2026, 3, 16, 9, 0, tzinfo=datetime.UTC), tick=False):
        call_command("send_question_reminders", stdout=open("/dev/null", "w"))
    reminder = to(mailoutbox, network.expert)
    assert reminder.subject == f"Rappel{NBSP}: les réponses sont attendues d’ici le 18 mars"
    mailoutbox.clear()

    client.force_login(network.expert)
    client.post(f"/fr/questions/{question.pk}/answer/", {"body": "Nous avons répondu en quarante minutes."})
    new_answer = to(mailoutbox, network.asker)
    assert new_answer.subject == f"Une nouvelle réponse à votre question{NBSP}: {question.title}"
    assert "a répondu à votre question" in new_answer.body and all_under(new_answer, "/fr/questions/")
    mailoutbox.clear()

    client.force_login(network.secretariat)
    client.post(f"/en/questions/{question.pk}/close/", {"reply": "Répondre dans l’heure.", "audience": "asker"})
    closed = to(mailoutbox, network.asker)
    assert closed.subject == f"Votre question a reçu une réponse consolidée{NBSP}: {question.title}"
    assert "La réponse reste entre vos mains." in closed.body


@time_machine.travel(MARCH_4)
@pytest.mark.parametrize(
    "decision,note,subject",
    [
        ("decline", "Hors du champ du Réseau.", "Votre question n’a pas été retenue"),
        ("clarify", "Quelle élection ?", "Merci de préciser votre question"),
    ],
)
def test_triage_decisions_reach_a_french_asker_in_french(client, network, mailoutbox, decision, note, subject):
    french(network.asker)
    question = make_question(network)
    client.force_login(network.secretariat)
    client.post(f"/en/questions/{question.pk}/triage/", {"decision": decision, "note": note})
    message = to(mailoutbox, network.asker)
    assert message.subject == f"{subject}{NBSP}: {question.title}"
    assert note in message.body and all_under(message, "/fr/")


@time_machine.travel(MARCH_4)
def test_a_merge_names_the_earlier_question_in_the_askers_language(client, network, mailoutbox):
    french(network.asker)
    earlier = make_question(network, title="Rumeurs le jour du scrutin", stage=Question.Stage.ACCEPTED)
    question = make_question(network, title="Une rumeur virale le jour du vote")
    client.force_login(network.secretariat)
    client.post(
        f"/en/questions/{question.pk}/triage/", {"decision": "merge", "note": "", "merge_into": str(earlier.pk)}
    )
    message = to(mailoutbox, network.asker)
    assert message.subject == f"Votre question rejoint une question antérieure{NBSP}: {question.title}"
    assert f"La question antérieure{NBSP}: Rumeurs le jour du scrutin" in message.body
    assert all_under(message, f"/fr/questions/{earlier.pk}/")
