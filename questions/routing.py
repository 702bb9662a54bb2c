"""Proposing experts for a question, ranked, each with the reasons the Secretariat can weigh.

A member scores for each way they fit the question; the weights say which kind of fit
counts most: declared expertise in the practice areas first, then having answered a
similar question, working in a country of interest, membership of a working group on
the topic, and finally working in a region of interest."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from members.models import MemberProfile
from workinggroups.models import WorkingGroupPage

from .models import Answer, Question

WEIGHTS = {"expertise": 4, "answered": 3, "country": 2, "working_group": 2, "region": 1}
MAX_PROPOSALS = 12


@dataclass
class Proposal:
    user: object
    score: int = 0
    reasons: list = field(default_factory=list)

    def add(self, kind, reason):
        self.score += WEIGHTS[kind]
        self.reasons.append(reason)


def topic_words(question):
    """Words that say what the question is about, for matching working groups' topics."""
    texts = [area.title for area in question.practice_areas.all()] + [p.name for p in question.principles.all()]
    texts.append(question.title)
    return {word for text in texts for word in text.lower().replace(",", " ").split() if len(word) > 4}


def matching_working_groups(question):
    words = topic_words(question)
    groups = []
    for group in WorkingGroupPage.objects.live().exclude(member_group=None).select_related("member_group"):
        topic = {word for word in group.topic.lower().replace(",", " ").split() if len(word) > 4}
        if topic & words:
            groups.append(group)
    return groups


def propose_experts(question, limit=MAX_PROPOSALS):
    """Members who could answer, best first; the asker and experts already invited are left out."""
    already = set(question.invitations.values_list("expert_id", flat=True)) | {question.asker_id}
    profiles = (
        MemberProfile.objects.filter(user__is_active=True)
        .exclude(user_id__in=already)
        .select_related("user", "emb__country__region")
        .prefetch_related("expertise")
    )
    areas = set(question.practice_areas.all())
    countries = set(question.countries.all())
    regions = set(question.regions.all()) | {country.region for country in countries}
    similar = (
        Question.objects.exclude(pk=question.pk)
        .filter(practice_areas__in=areas)
        .distinct()
        .values_list("pk", flat=True)
        if areas
        else []
    )
    answered = {}
    for answer in Answer.objects.filter(question__in=list(similar)).select_related("question"):
        answered.setdefault(answer.author_id, answer.question)
    groups = matching_working_groups(question)

    proposals = []
    for profile in profiles:
        proposal = Proposal(profile.user)
        for area in sorted(areas & set(profile.expertise.all()), key=lambda area: area.sort_order):
            proposal.add("expertise", _("Expertise in %(area)s") % {"area": area})
        if profile.user_id in answered:
            proposal.add(
                "answered", _("Answered a similar question: “%(title)s”") % {"title": answered[profile.user_id]}
            )
        if profile.emb.country in countries:
            proposal.add(
                "country", _("Works at %(emb)s, in %(country)s") % {"emb": profile.emb, "country": profile.emb.country}
            )
        elif profile.emb.country.region in regions:
            proposal.add(
                "region",
                _("Works at %(emb)s, in %(region)s") % {"emb": profile.emb, "region": profile.emb.country.region},
            )
        for group in groups:
            if profile.user.groups.filter(pk=group.member_group_id).exists():
                proposal.add(
                    "working_group",
                    _("Member of %(group)s (its topic: %(topic)s)") % {"group": group.title, "topic": group.topic},
                )
        if proposal.score:
            proposals.append(proposal)
    proposals.sort(key=lambda proposal: (-proposal.score, str(proposal.user).lower()))
    return proposals[:limit]
