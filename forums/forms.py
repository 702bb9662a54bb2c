from django import forms
from django.utils.translation import gettext_lazy as _

from cen_portal.markdown import clean_text

from .models import MAX_POST_LENGTH, Category, Post, PostReport, Subscription, Thread

BODY_HELP = _("Markdown works: **bold**, *italic*, > quote, - list, [link](https://…). Mention a member with @handle.")


class PostBodyField(forms.CharField):
    def __init__(self, **kwargs):
        super().__init__(
            label=_("Message"),
            max_length=MAX_POST_LENGTH,
            widget=forms.Textarea(attrs={"rows": 8}),
            help_text=BODY_HELP,
            error_messages={
                "max_length": _(
                    "Keep a post under %(limit_value)s characters (this one has %(show_value)s); split it in two."
                ),
                "required": _("Write a message."),
            },
            **kwargs,
        )

    def clean(self, value):
        value = super().clean(value)
        if not clean_text(value).strip():
            raise forms.ValidationError(_("Write a message."), code="required")
        return value


class NewThreadForm(forms.ModelForm):
    body = PostBodyField()

    class Meta:
        model = Thread
        fields = ["title"]

    def clean_title(self):
        title = " ".join(clean_text(self.cleaned_data["title"]).split())
        if not title:
            raise forms.ValidationError(_("Give the thread a title."))
        return title


class ReplyForm(forms.ModelForm):
    body = PostBodyField()

    class Meta:
        model = Post
        fields = ["body"]


class ReportForm(forms.ModelForm):
    class Meta:
        model = PostReport
        fields = ["reason"]
        widgets = {"reason": forms.Textarea(attrs={"rows": 4})}


class ModerationForm(forms.Form):
    reason = forms.CharField(label=_("Reason (kept in the audit trail)"), max_length=500)


class MoveThreadForm(ModerationForm):
    category = forms.ModelChoiceField(label=_("Move to"), queryset=Category.objects.all())


class SubscriptionForm(forms.Form):
    mode = forms.ChoiceField(label=_("How to tell you"), choices=Subscription.Mode.choices, widget=forms.RadioSelect)


class ConsolidateForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Curate this thread as"),
        choices=[("case-study", _("A case study")), ("guidance", _("A guidance note"))],
        widget=forms.RadioSelect,
    )
