"""Expert proposals on crafted profiles: the right people first, with the right reasons."""

import pytest
from django.contrib.auth.models import Group

from questions.models import Question
from questions.routing import propose_experts
from tests.factories import ElectionManagementBodyFactory, WorkingGroupIndexPageFactory, WorkingGroupPageFactory, member

from .conftest import answer, invite, make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(network):
    pacific_emb = ElectionManagementBodyFactory(name="Electoral Commission of Samoa", country=network.fiji)
    answerer = member(emb=pacific_emb, user__first_name="Ana", user__last_name="Answerer")
    earlier = make_question(network, title="Earlier question on rumours", stage=Question.Stage.CLOSED)
    answer(earlier, answerer)
    group = Group.objects.create(name="Working Group on Rumours")
    WorkingGroupPageFactory(
        parent=WorkingGroupIndexPageFactory(parent=network.home),
        title="Rumours",
        topic="rumour response",
        member_group=group,
    )
    group_member = member(emb=pacific_emb, user__first_name="Wanda", user__last_name="Groupmember")
    group_member.groups.add(group)
    nobody = member(emb=pacific_emb, user__first_name="Ned", user__last_name="Nofit")
    return {"answerer": answerer, "group_member": group_member, "nobody": nobody}


def test_declared_expertise_comes_first_then_past_answers_then_place_and_working_groups(network, people):
    question = make_question(network)  # practice area 3.4 Rumour management, country of interest Ghana (Africa)
    proposals = propose_experts(question)
    ranked = [(proposal.user, proposal.score) for proposal in proposals]
    assert ranked == [
        (network.expert, 5),
        (people["answerer"], 3),
        (network.country_expert, 2),
        (people["group_member"], 2),
        (network.bystander, 1),
    ]
    reasons = {proposal.user: proposal.reasons for proposal in proposals}
    assert reasons[network.expert] == [
        "Expertise in 3.4 Rumour management",
        "Works at Independent Electoral and Boundaries Commission, in Africa",
    ]
    assert reasons[people["answerer"]] == ["Answered a similar question: “Earlier question on rumours”"]
    assert reasons[network.country_expert] == ["Works at Electoral Commission of Ghana, in Ghana"]
    assert reasons[people["group_member"]] == ["Member of Rumours (its topic: rumour response)"]


def test_the_asker_experts_already_invited_and_people_with_no_fit_are_not_proposed(network, people):
    question = make_question(network)
    invite(question, network.expert)
    proposed = {proposal.user for proposal in propose_experts(question)}
    assert network.asker not in proposed
    assert network.expert not in proposed
    assert people["nobody"] not in proposed


def test_a_question_with_no_tags_proposes_only_working_groups_whose_topic_its_title_names(network, people):
    question = make_question(
        network, title="How do you handle rumour response at night?", practice_areas=[], countries=[]
    )
    assert [proposal.user for proposal in propose_experts(question)] == [people["group_member"]]
