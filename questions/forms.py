import datetime

from django import forms
from django.utils.translation import gettext_lazy as _
from modelcluster.forms import ClusterForm

from cen_portal import workingdays
from cen_portal.forms import ChooseSeveral
from cen_portal.markdown import clean_text
from cen_portal.taxonomy import ElectionManagementBody, Region
from cen_portal.taxonomy.forms import TagFieldsForm
from cen_portal.uploads import AttachmentsField
from members.models import User

from .models import DEFAULT_WORKING_DAYS, Answer, Holiday, Question

MAX_DEADLINE = datetime.timedelta(days=365)


def cleaned_text(value, message):
    """Text without invisible or reordering characters; an error when nothing is left."""
    value = clean_text(value).strip()
    if not value:
        raise forms.ValidationError(message, code="required")
    return value


class QuestionForm(TagFieldsForm, ClusterForm):
    """A ClusterForm: a question's tags are parental, written when the question is saved."""

    regions = forms.ModelMultipleChoiceField(
        label=_("Regions of interest"),
        queryset=Region.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        required=False,
    )

    class Meta:
        model = Question
        fields = [
            "title",
            "details",
            "why_now",
            "deadline",
            "principles",
            "practice_areas",
            "countries",
            "regions",
            "visibility",
        ]
        widgets = {
            "details": forms.Textarea(attrs={"rows": 6}),
            "why_now": forms.Textarea(attrs={"rows": 3}),
            "deadline": forms.DateInput(attrs={"type": "date"}),
            "visibility": forms.RadioSelect,
        }
        help_texts = {
            "deadline": _("Eight working days from today unless you need it sooner or can wait longer."),
            "visibility": _("Choose the second for sensitive matters."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].label = _("Countries of interest")
        self.fields["deadline"].error_messages["invalid"] = _("Enter a date such as 2026-12-31.")
        if not self.is_bound and not self.instance.pk:
            self.initial.setdefault(
                "deadline",
                workingdays.add_working_days(workingdays.today(), DEFAULT_WORKING_DAYS, Holiday.closed_days()),
            )

    def clean_title(self):
        return " ".join(cleaned_text(self.cleaned_data["title"], _("Write your question in one sentence.")).split())

    def clean_details(self):
        return cleaned_text(self.cleaned_data["details"], _("Say what you need to know."))

    def clean_why_now(self):
        return cleaned_text(self.cleaned_data["why_now"], _("Say why the question matters now."))

    def clean_deadline(self):
        deadline = self.cleaned_data["deadline"]
        today = workingdays.today()
        if deadline <= today:
            raise forms.ValidationError(_("Choose a date after today, so experts have time to answer."))
        if deadline > today + MAX_DEADLINE:
            raise forms.ValidationError(_("Choose a date within a year."))
        return deadline


class TriageForm(forms.Form):
    DECISIONS = [
        ("accept", _("Accept")),
        ("clarify", _("Ask the asker to clarify")),
        ("merge", _("Merge with an earlier question")),
        ("decline", _("Decline")),
    ]
    decision = forms.ChoiceField(label=_("Decision"), choices=DECISIONS, widget=forms.RadioSelect)
    note = forms.CharField(
        label=_("Note to the asker"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed to clarify or decline; it is emailed to the asker and kept in the audit trail."),
    )
    merge_into = forms.ModelChoiceField(
        label=_("Earlier question to merge with"),
        queryset=Question.objects.none(),
        required=False,
        help_text=_("Only questions the asker can read are listed."),
    )

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.question = question
        self.fields["merge_into"].queryset = (
            Question.objects.readable_by(question.asker)
            .exclude(pk=question.pk)
            .exclude(stage__in=[Question.Stage.DECLINED, Question.Stage.MERGED])
        )

    def clean(self):
        data = super().clean()
        decision, note = data.get("decision"), clean_text(data.get("note", "")).strip()
        data["note"] = note
        if decision in {"clarify", "decline"} and not note:
            self.add_error("note", _("Tell the asker what to clarify, or why the question is declined."))
        if decision == "merge" and not data.get("merge_into"):
            self.add_error("merge_into", _("Choose the earlier question."))
        return data


def member_label(user):
    profile = getattr(user, "profile", None)
    return f"{user} ({profile.emb})" if profile else str(user)


class RouteForm(forms.Form):
    proposed = forms.MultipleChoiceField(
        label=_("Proposed experts"), required=False, widget=forms.CheckboxSelectMultiple
    )
    others = forms.ModelMultipleChoiceField(
        label=_("Other members to invite"),
        queryset=User.objects.none(),
        widget=ChooseSeveral(group_by="profile__emb__country__region"),
        required=False,
    )

    def __init__(self, *args, question, proposals, **kwargs):
        super().__init__(*args, **kwargs)
        self.proposals = {str(proposal.user.pk): proposal for proposal in proposals}
        self.fields["proposed"].choices = [
            (pk, f"{member_label(proposal.user)}: {'; '.join(proposal.reasons)}")
            for pk, proposal in self.proposals.items()
        ]
        self.fields["others"].queryset = (
            User.objects.filter(is_active=True, profile__isnull=False)
            .exclude(pk=question.asker_id)
            .exclude(pk__in=question.invitations.values("expert"))
            .select_related("profile__emb")
        )
        self.fields["others"].label_from_instance = member_label
        if not self.proposals:
            # An empty list under a heading reads as a fault; the page says why instead.
            del self.fields["proposed"]

    def clean(self):
        data = super().clean()
        if not data.get("proposed") and not data.get("others"):
            raise forms.ValidationError(_("Choose at least one expert to invite."))
        return data

    def experts_with_reasons(self):
        chosen = [
            (self.proposals[pk].user, "; ".join(self.proposals[pk].reasons))
            for pk in self.cleaned_data.get("proposed", [])
        ]
        chosen += [(user, str(_("Added by the Secretariat"))) for user in self.cleaned_data["others"]]
        return chosen


class AnswerForm(forms.ModelForm):
    attachments = AttachmentsField(
        label=_("Attachments"),
        required=False,
        help_text=_("Up to 5 files of at most 10 MB each: PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG."),
    )

    class Meta:
        model = Answer
        fields = ["body"]
        widgets = {"body": forms.Textarea(attrs={"rows": 8})}
        help_texts = {"body": _("Markdown works: **bold**, *italic*, > quote, - list, [link](https://…).")}

    def clean_body(self):
        return cleaned_text(self.cleaned_data["body"], _("Write your answer."))


class CloseForm(forms.Form):
    reply = forms.CharField(
        label=_("Consolidated reply"),
        max_length=20_000,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("What the answers add up to. Markdown works."),
    )
    audience = forms.ChoiceField(
        label=_("Who may read the reply"), choices=Question.ReplyAudience.choices, widget=forms.RadioSelect
    )
    asker_consent = forms.BooleanField(label=_("The asker agreed to share the reply"), required=False)
    consenting_embs = forms.ModelMultipleChoiceField(
        label=_("Answering EMBs that agreed to share the reply"),
        queryset=ElectionManagementBody.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, question, **kwargs):
        super().__init__(*args, **kwargs)
        self.answering = question.answering_embs()
        self.fields["consenting_embs"].queryset = self.answering

    def clean_reply(self):
        return cleaned_text(self.cleaned_data["reply"], _("Write the consolidated reply."))

    def clean(self):
        data = super().clean()
        if data.get("audience") in {Question.ReplyAudience.PUBLIC, Question.ReplyAudience.MEMBERS}:
            if not data.get("asker_consent"):
                self.add_error("asker_consent", _("A reply is shared beyond the asker only with the asker's consent."))
            missing = set(self.answering) - set(data.get("consenting_embs") or [])
            if missing:
                self.add_error(
                    "consenting_embs",
                    _("Every answering EMB must agree first; missing: %(embs)s.")
                    % {"embs": ", ".join(sorted(str(emb) for emb in missing))},
                )
        return data


class RatingForm(forms.Form):
    usefulness = forms.TypedChoiceField(
        label=_("How useful were the answers?"),
        choices=[(n, str(n)) for n in range(1, 6)],
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("1 is not useful, 5 is very useful."),
    )
    comment = forms.CharField(
        label=_("Comment (optional)"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
