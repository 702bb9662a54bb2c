"""People and questions for the Ask-the-network tests.

A small Network: two regions, three countries, an asker's EMB and two expert EMBs, two
practice areas; an asker, an expert with matching expertise, an expert from a country of
interest, a member with no part in anything, and the Secretariat."""

import datetime
from types import SimpleNamespace

import pytest
import time_machine

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
        practice_areas=fields.pop("practice_areas", [network.rumours]),
        countries=fields.pop("countries", [network.ghana]),
        **fields,
    )
    return question


def invite(question, expert, status=Invitation.Status.ACCEPTED):
    return Invitation.objects.create(question=question, expert=expert, status=status)


def answer(question, author, body="We published a correction within forty minutes."):
    return Answer.objects.create(question=question, author=author, body=body)


def at(day, hour=9):
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=datetime.UTC)


MONDAY = datetime.date(2026, 3, 2)


@pytest.fixture
def service(network):
    """Four questions asked on Monday 2 March 2026, looked at on Thursday 5 March."""
    with time_machine.travel(at(MONDAY), tick=False):
        waiting = make_question(network, title="Waiting for triage since Monday")
        on_track = make_question(
            network,
            title="With experts, due in a fortnight",
            stage=Question.Stage.ROUTED,
            deadline=datetime.date(2026, 3, 16),
        )
        late = make_question(
            network,
            title="With experts, due on Wednesday",
            stage=Question.Stage.ROUTED,
            deadline=datetime.date(2026, 3, 4),
        )
        closed = make_question(network, title='=HYPERLINK("http://x")', stage=Question.Stage.ROUTED)
    # The closed question: triaged Tuesday, first answer Wednesday, closed Thursday, rated 4.
    Question.objects.filter(pk=closed.pk).update(
        triaged_at=at(MONDAY + datetime.timedelta(days=1)),
        stage=Question.Stage.CLOSED,
        closed_at=at(MONDAY + datetime.timedelta(days=3)),
        usefulness=4,
    )
    invite(closed, network.expert)
    with time_machine.travel(at(MONDAY + datetime.timedelta(days=2)), tick=False):
        answer(closed, network.expert)
        answer(closed, network.country_expert)
    Question.objects.filter(pk=late.pk).update(triaged_at=at(MONDAY + datetime.timedelta(days=2)))
    return {"waiting": waiting, "on_track": on_track, "late": late, "closed": closed}
