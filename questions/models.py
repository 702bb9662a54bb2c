"""Ask the network: a member's question, triaged by the Secretariat, routed to experts,
answered within working-day deadlines and consolidated into a reply.

Who may read a question is decided here (`readable_by`), and the question's place in the
knowledge index is derived from the same rule (`audience`)."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.models import ClusterableModel

from cen_portal import workingdays
from cen_portal.markdown import render_markdown
from cen_portal.taxonomy import ElectionManagementBody, TaggedModel, canonical_terms
from members.models import language_field
from search.audience import MEMBERS, user_label

DEFAULT_WORKING_DAYS = 8
TRIAGE_TARGET = 1  # working days
REMIND_BEFORE = 2  # working days before the asker's deadline


class Holiday(models.Model):
    """A day the Secretariat's office is closed: deadlines and ages skip it."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["date"]
        verbose_name = _("holiday")
        verbose_name_plural = _("holidays")

    def __str__(self):
        return f"{self.name} ({self.date:%d %b %Y})"

    @classmethod
    def closed_days(cls):
        """Every holiday's date, as the working-day sums take them."""
        return set(cls.objects.values_list("date", flat=True))


class QuestionQuerySet(models.QuerySet):
    def readable_by(self, user):
        """The asker, the experts still invited, the Secretariat; every member for an open
        question once the Secretariat has accepted it."""
        if not getattr(user, "is_member", False):
            return self.none()
        if user.is_secretariat:
            return self
        invited = Invitation.objects.filter(expert=user).exclude(status=Invitation.Status.DECLINED)
        return self.filter(
            Q(asker=user)
            | Q(pk__in=invited.values("question"))
            | Q(visibility=Question.Visibility.MEMBERS, stage__in=Question.OPEN_TO_MEMBERS_STAGES)
        ).distinct()


class Question(TaggedModel, ClusterableModel):
    class Stage(models.TextChoices):
        ASKED = "asked", _("Waiting for triage")
        CLARIFY = "clarify", _("Returned to the asker to clarify")
        ACCEPTED = "accepted", _("Accepted, choosing experts")
        ROUTED = "routed", _("With the experts")
        CLOSED = "closed", _("Closed with a consolidated reply")
        DECLINED = "declined", _("Declined")
        MERGED = "merged", _("Merged with an earlier question")

    class Visibility(models.TextChoices):
        MEMBERS = "members", _("All members of the Network")
        PRIVATE = "private", _("Only the Secretariat and the experts it invites")

    class ReplyAudience(models.TextChoices):
        PUBLIC = "public", _("Public: a guidance note anyone can read")
        MEMBERS = "members", _("Members only: a guidance note for signed-in members")
        ASKER = "asker", _("Stays with the asker")

    OPEN_TO_MEMBERS_STAGES = [Stage.ACCEPTED, Stage.ROUTED, Stage.CLOSED]
    OPEN_STAGES = [Stage.ASKED, Stage.CLARIFY, Stage.ACCEPTED, Stage.ROUTED]

    asker = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="questions_asked")
    title = models.CharField(
        _("Your question"), max_length=200, help_text=_("One sentence, such as: has any EMB done this?")
    )
    details = models.TextField(
        _("The question in full"), max_length=5000, help_text=_("What you need to know, and what you have tried.")
    )
    why_now = models.TextField(_("Why it matters now"), max_length=2000)
    deadline = models.DateField(_("I need answers by"))
    regions = models.ManyToManyField(
        "cen_portal.Region",
        blank=True,
        related_name="+",
        verbose_name=_("Regions of interest"),
        limit_choices_to=canonical_terms,
    )
    visibility = models.CharField(
        _("Who may see it"), max_length=10, choices=Visibility.choices, default=Visibility.MEMBERS
    )
    stage = models.CharField(_("stage"), max_length=10, choices=Stage.choices, default=Stage.ASKED, db_index=True)
    triage_note = models.TextField(_("note to the asker"), blank=True)
    merged_into = models.ForeignKey(
        "self", on_delete=models.SET_NULL, null=True, blank=True, related_name="merged_questions"
    )
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # The language of the site the question was asked in, taken as the language it is written in.
    language = language_field()
    triaged_at = models.DateTimeField(null=True, blank=True)
    routed_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    consolidated_reply = models.TextField(_("consolidated reply"), blank=True, max_length=20_000)
    consolidated_reply_html = models.TextField(editable=False, blank=True)
    reply_audience = models.CharField(_("the reply is for"), max_length=10, choices=ReplyAudience.choices, blank=True)
    asker_consent = models.BooleanField(_("the asker agreed to share the reply"), default=False)
    consenting_embs = models.ManyToManyField(
        "cen_portal.ElectionManagementBody",
        blank=True,
        related_name="+",
        verbose_name=_("answering EMBs that agreed to share the reply"),
        limit_choices_to=canonical_terms,
    )
    guidance_page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    usefulness = models.PositiveSmallIntegerField(_("how useful were the answers"), null=True, blank=True)
    usefulness_comment = models.TextField(_("comment"), blank=True, max_length=2000)
    rated_at = models.DateTimeField(null=True, blank=True)
    illustrative = models.BooleanField(
        _("illustrative"), default=False, help_text=_("Demo content written to show how the service works.")
    )

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.consolidated_reply_html = render_markdown(self.consolidated_reply) if self.consolidated_reply else ""
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("questions:detail", args=[self.pk])

    @property
    def search_key(self):
        return f"question:{self.pk}"

    # Who may do what -----------------------------------------------------------------------

    def readable_by(self, user):
        return Question.objects.readable_by(user).filter(pk=self.pk).exists()

    def invitation_for(self, user):
        if not getattr(user, "is_authenticated", False):
            return None
        return self.invitations.filter(expert=user).first()

    def can_answer(self, user):
        """Invited experts who have not said "Not me", and the Secretariat, while the question is open to answers."""
        if self.stage != Question.Stage.ROUTED or not getattr(user, "is_member", False):
            return False
        if user.is_secretariat:
            return True
        invitation = self.invitation_for(user)
        return invitation is not None and invitation.status != Invitation.Status.DECLINED

    def reply_readable_by(self, user):
        """A reply that stays with the asker is for the asker (and the Secretariat) only."""
        if not self.consolidated_reply or not self.readable_by(user):
            return False
        return self.reply_audience != Question.ReplyAudience.ASKER or user.is_secretariat or user.pk == self.asker_id

    @property
    def is_open(self):
        return self.stage in Question.OPEN_STAGES

    # Deadlines -----------------------------------------------------------------------------

    def age(self, on=None):
        """Working days since the question was asked."""
        return workingdays.working_days_between(
            workingdays.as_date(self.created_at), on or workingdays.today(), Holiday.closed_days()
        )

    def target(self):
        """Working days allowed at this stage: one for triage, then until the asker's deadline."""
        if self.stage in (Question.Stage.ASKED, Question.Stage.CLARIFY):
            return TRIAGE_TARGET
        return workingdays.working_days_between(
            workingdays.as_date(self.created_at), self.deadline, Holiday.closed_days()
        )

    def is_overdue(self, on=None):
        return self.is_open and self.age(on) > self.target()

    def first_answer(self):
        return self.answers.order_by("created_at").first()

    def answering_embs(self):
        return ElectionManagementBody.objects.filter(members__user__question_answers__question=self).distinct()

    # The knowledge index -------------------------------------------------------------------

    @property
    def audience(self):
        """The index labels of everyone `readable_by` lets in (the Secretariat sees everything)."""
        if self.visibility == Question.Visibility.MEMBERS:
            return [MEMBERS]
        experts = self.invitations.exclude(status=Invitation.Status.DECLINED).values_list("expert_id", flat=True)
        return sorted({user_label(self.asker_id), *(user_label(pk) for pk in experts)})

    def search_document(self):
        countries = list(self.countries.select_related("region"))
        regions = {country.region.slug for country in countries} | set(self.regions.values_list("slug", flat=True))
        parts = [self.details, self.why_now]
        parts += [f"{answer.author}: {answer.body}" for answer in self.answers.select_related("author")]
        # A reply kept for the asker is not shown to the other readers of the question.
        if self.consolidated_reply and self.reply_audience != Question.ReplyAudience.ASKER:
            parts.append(self.consolidated_reply)
        closed = self.closed_at or self.created_at
        return {
            "language": self.language,
            "title": self.title,
            "summary": self.details[:400],
            "body": "\n\n".join(parts),
            "principles": list(self.principles.values_list("slug", flat=True)),
            "practice_areas": list(self.practice_areas.values_list("slug", flat=True)),
            "countries": [country.iso_code for country in countries],
            "regions": sorted(regions),
            "year": closed.year,
            "date": workingdays.as_date(closed),
        }


class Invitation(models.Model):
    """An expert the Secretariat asked to answer, and what they said."""

    class Status(models.TextChoices):
        INVITED = "invited", _("Invited")
        ACCEPTED = "accepted", _("Will answer")
        DECLINED = "declined", _("Not me")

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="invitations")
    expert = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="question_invitations")
    reasons = models.TextField(_("why this expert"), blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.INVITED)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    invited_at = models.DateTimeField(default=timezone.now)
    responded_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["invited_at", "pk"]
        constraints = [models.UniqueConstraint(fields=["question", "expert"], name="one_invitation_per_expert")]

    def __str__(self):
        return f"{self.expert} on {self.question}"

    def has_answered(self):
        return self.question.answers.filter(author=self.expert_id).exists()


class Answer(models.Model):
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="answers")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="question_answers")
    body = models.TextField(_("Your answer"), max_length=20_000)
    body_html = models.TextField(editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    # The language of the site the answer was written on, taken as the language it is written in.
    language = language_field()

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.author} on {self.question}"

    def save(self, *args, **kwargs):
        self.body_html = render_markdown(self.body)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#answer-{self.pk}"


class AnswerAttachment(models.Model):
    """A document attached to an answer: kept in a collection only the Secretariat can open,
    and served to the question's readers by `questions.views.attachment`."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")

    def __str__(self):
        return self.document.title

    def get_absolute_url(self):
        return reverse("questions:attachment", args=[self.answer.question_id, self.pk])
