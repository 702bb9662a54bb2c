"""The Secretariat's side of /questions/: the queue of open questions by stage with ages in
working days, what each triage decision did and what comes next, and why nobody is proposed
when no member matches a question."""

import datetime
import re

import pytest
import time_machine

from questions.models import Question

from .conftest import at, make_question

pytestmark = pytest.mark.django_db

THURSDAY = datetime.date(2026, 3, 5)


def queue_on(client, user, day=THURSDAY):
    client.force_login(user)
    with time_machine.travel(at(day), tick=False):
        page = client.get("/en/questions/").content.decode()
    return page


def stages_and_rows(page):
    """[(stage heading, [(title, overdue, age, target)])] of the queue's tables."""
    queue = page[page.index('id="queue-heading"') : page.index('id="asked-heading"')]
    stages = []
    for heading, body in re.findall(r"<h3>(.*?)</h3>\s*(.*?)(?=<h3>|</section>)", queue, re.S):
        rows = [
            (title, "Overdue" in flag, age, target)
            for title, flag, age, target in re.findall(
                r'<tr><td><a href="[^"]+">([^<]+)</a>(.*?)</td><td>[^<]*</td><td>([^<]+)</td><td>([^<]+)</td></tr>',
                body,
            )
        ]
        stages.append((re.sub(r"<[^>]+>", "", heading), rows))
    return stages


def test_the_secretariat_sees_every_open_question_by_stage_overdue_first_in_working_days(client, network, service):
    Question.objects.filter(pk=service["on_track"].pk).update(stage=Question.Stage.ACCEPTED)
    stages = stages_and_rows(queue_on(client, network.secretariat))
    assert stages == [
        ("Waiting for triage (1)", [("Waiting for triage since Monday", True, "3 working days", "1 working day")]),
        ("Returned to the asker to clarify (0)", []),
        (
            "Accepted, choosing experts (1)",
            [("With experts, due in a fortnight", False, "3 working days", "10 working days")],
        ),
        ("With the experts (1)", [("With experts, due on Wednesday", True, "3 working days", "2 working days")]),
    ]


def test_a_holiday_is_not_counted_in_the_queues_ages(client, network, service):
    from questions.models import Holiday

    Holiday.objects.create(date=datetime.date(2026, 3, 3), name="A national holiday")
    stages = stages_and_rows(queue_on(client, network.secretariat))
    assert stages[0][1] == [("Waiting for triage since Monday", True, "2 working days", "1 working day")]


def test_members_do_not_see_the_queue(client, network, service):
    page = queue_on(client, network.expert)
    assert "Waiting for the Secretariat" not in page
    assert "Waiting for triage since Monday" not in page


@pytest.mark.parametrize(
    ("decision", "note", "says", "lands_on"),
    [
        ("accept", "", "Accepted, and the asker has been told. Next: invite experts.", "question#invite-experts"),
        ("clarify", "Which election?", "It comes back to this queue when they clarify it.", "queue"),
        ("decline", "Outside the Network's remit.", "Declined, and the asker has been told why.", "queue"),
    ],
)
def test_after_a_triage_decision_the_page_says_what_happened_and_what_comes_next(
    client, network, decision, note, says, lands_on
):
    question = make_question(network)
    client.force_login(network.secretariat)
    response = client.post(f"/en/questions/{question.pk}/triage/", {"decision": decision, "note": note}, follow=True)
    expected = {"question#invite-experts": f"/en/questions/{question.pk}/#invite-experts", "queue": "/en/questions/"}
    assert response.redirect_chain[-1][0] == expected[lands_on]
    page = response.content.decode()
    assert says in page
    assert "Done: the asker has been told." not in page


def test_when_nobody_matches_the_page_says_why_and_offers_every_member(client, network):
    question = make_question(network, stage=Question.Stage.ACCEPTED, practice_areas=[], countries=[])
    client.force_login(network.secretariat)
    page = client.get(f"/en/questions/{question.pk}/").content.decode()
    assert "Nobody is proposed: no other member lists expertise in this question" in page
    assert "Proposed experts" not in page
    # Every member but the asker can still be chosen, by region.
    for person in (network.expert, network.country_expert, network.bystander):
        assert f"{person} ({person.profile.emb})" in page
    assert f"{network.asker} (" not in page.split('id="invite-experts"')[1]

    response = client.post(f"/en/questions/{question.pk}/route/", {"others": [network.bystander.pk]})
    assert response.status_code == 302
    assert question.invitations.get().expert == network.bystander


def test_when_members_match_they_are_proposed_with_their_reasons(client, network):
    question = make_question(network, stage=Question.Stage.ACCEPTED)
    client.force_login(network.secretariat)
    page = client.get(f"/en/questions/{question.pk}/").content.decode()
    assert "Proposed experts" in page and "Nobody is proposed" not in page
    assert "Expertise in 3.4 Rumour management" in page
