"""People and questions for the Ask-the-network tests.

A small Network: two regions, three countries, an asker's EMB and two expert EMBs, two
practice areas; an asker, an expert with matching expertise, an expert from a country of
interest, a member with no part in anything, and the Secretariat."""

import datetime
from types import SimpleNamespace

import pytest

from guidance.models import GuidanceIndexPage
from questions.models import Answer, Invitation, Question
from tests.factories import (
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    PortalPageFactory,
    PracticeAreaFactory,
    RegionFactory,
    member,
    secretariat_user,
)
from tests.search.conftest import backend  # noqa: F401  (both search backends, for the search cells)


class GuidanceIndexPageFactory(PortalPageFactory):
    title = "Guidance"
    slug = "guidance"

    class Meta:
        model = GuidanceIndexPage


# A Wednesday, so "today" and eight working days later fall in one ordinary fortnight.
TODAY = datetime.date(2026, 3, 4)


@pytest.fixture
def network(db, home):
    africa = RegionFactory(name="Africa", slug="africa")
    pacific = RegionFactory(name="Pacific", slug="pacific")
    ghana = CountryFactory(iso_code="GH", name="Ghana", region=africa)
    kenya = CountryFactory(iso_code="KE", name="Kenya", region=africa)
    fiji = CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    rumours = PracticeAreaFactory(number="3.4", title="Rumour management", slug="rumour-management")
    security = PracticeAreaFactory(number="3.7", title="Account security", slug="account-security")
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    asker_emb = ElectionManagementBodyFactory(name="Fiji Elections Office", country=fiji)
    ghana_emb = ElectionManagementBodyFactory(name="Electoral Commission of Ghana", country=ghana)
    kenya_emb = ElectionManagementBodyFactory(name="Independent Electoral and Boundaries Commission", country=kenya)
    asker = member(emb=asker_emb, user__first_name="Asha", user__last_name="Asker")
    expert = member(emb=kenya_emb, user__first_name="Eru", user__last_name="Expert")
    expert.profile.expertise.add(rumours)
    country_expert = member(emb=ghana_emb, user__first_name="Kofi", user__last_name="Country")
    bystander = member(emb=kenya_emb, user__first_name="Bea", user__last_name="Bystander")
    secretariat = secretariat_user(first_name="Sam", last_name="Secretariat")
    GuidanceIndexPageFactory(parent=home)
    return SimpleNamespace(**locals())


def make_question(network, *, visibility=Question.Visibility.MEMBERS, stage=Question.Stage.ASKED, **fields):
    question = Question.objects.create(
        asker=fields.pop("asker", network.asker),
        title=fields.pop("title", "Has any EMB answered a viral rumour on polling day within an hour?"),
        details=fields.pop("details", "We need a playbook for false claims about polling stations."),
        why_now=fields.pop("why_now", "Our general election is in three months."),
        deadline=fields.pop("deadline", TODAY + datetime.timedelta(days=14)),
        visibility=visibility,
        stage=stage,
        **fields,
    )
    question.practice_areas.add(network.rumours)
    question.countries.add(network.ghana)
    return question


def invite(question, expert, status=Invitation.Status.ACCEPTED):
    return Invitation.objects.create(question=question, expert=expert, status=status)


def answer(question, author, body="We published a correction within forty minutes."):
    return Answer.objects.create(question=question, author=author, body=body)
