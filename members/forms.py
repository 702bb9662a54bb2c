from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cen_portal.forms import offer_embs_by_country
from cen_portal.taxonomy import Country, ElectionManagementBody, PracticeArea

from .admission import already_member
from .models import LANGUAGES, Invitation, MemberProfile, MembershipRequest, current_language


class MembershipRequestForm(forms.ModelForm):
    class Meta:
        model = MembershipRequest
        fields = ["first_name", "last_name", "email", "job_title", "emb", "message"]
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        offer_embs_by_country(self.fields["emb"])

    def clean_email(self):
        # Whether the address is a member's, or already asked, is never said here: the page
        # would tell anyone who types an address. admission.request_membership writes to the
        # address instead.
        return self.cleaned_data["email"].lower()


class PasswordFields(forms.Form):
    password1 = forms.CharField(
        label=_("Choose a password"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )
    password2 = forms.CharField(
        label=_("Type it again"), widget=forms.PasswordInput(attrs={"autocomplete": "new-password"})
    )

    def clean(self):
        cleaned_data = super().clean()
        first, second = cleaned_data.get("password1"), cleaned_data.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("The two passwords differ."))
        elif first:
            try:
                password_validation.validate_password(first, self.user_for_validation())
            except forms.ValidationError as error:
                self.add_error("password1", error)
        return cleaned_data

    def user_for_validation(self):
        return None


class JoinForm(forms.Form):
    """What a person adds when they accept an invitation with the account they already have."""

    job_title = forms.CharField(label=_("Job title"), max_length=150, required=False)
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"), choices=LANGUAGES, required=False, widget=forms.CheckboxSelectMultiple
    )


class AcceptInvitationForm(JoinForm, PasswordFields):
    """A new account from an invitation: the membership details and a password."""

    field_order = ["job_title", "languages", "password1", "password2"]

    def __init__(self, *args, invitation, **kwargs):
        self.invitation = invitation
        super().__init__(*args, **kwargs)

    def user_for_validation(self):
        invitation = self.invitation
        return get_user_model()(
            email=invitation.email, first_name=invitation.first_name, last_name=invitation.last_name
        )


class InvitationForm(forms.ModelForm):
    class Meta:
        model = Invitation
        fields = ["email", "first_name", "last_name", "language", "emb", "groups"]
        widgets = {"groups": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = current_language()
        self.fields["language"].required = False
        offer_embs_by_country(self.fields["emb"])
        self.fields["groups"].queryset = Group.objects.order_by("name")

    def clean_language(self):
        # Sent without one (a page from before the field existed): the Secretariat's current language.
        return self.cleaned_data["language"] or current_language()

    def clean_email(self):
        email = self.cleaned_data["email"].lower()
        if already_member(email):
            raise forms.ValidationError(_("This person is already a member."))
        return email


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve and invite")), ("decline", _("Decline"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Sent with a decline; kept in the audit trail either way."),
    )


class ProfileForm(forms.ModelForm):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    language = get_user_model()._meta.get_field("language").formfield(label=_("Language"), required=False)
    reply_by_email = get_user_model()._meta.get_field("reply_by_email").formfield()
    languages = forms.MultipleChoiceField(
        label=_("Languages you work in"), choices=LANGUAGES, required=False, widget=forms.CheckboxSelectMultiple
    )

    class Meta:
        model = MemberProfile
        fields = [
            "first_name",
            "last_name",
            "language",
            "reply_by_email",
            "job_title",
            "emb",
            "languages",
            "expertise",
            "expertise_notes",
        ]
        widgets = {"expertise": forms.CheckboxSelectMultiple}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].initial = self.instance.user.first_name
        self.fields["last_name"].initial = self.instance.user.last_name
        self.fields["language"].initial = self.instance.user.language
        self.fields["reply_by_email"].initial = self.instance.user.reply_by_email
        offer_embs_by_country(self.fields["emb"])

    def clean_language(self):
        # Sent without one (a page from before the field existed): the member's language stays.
        return self.cleaned_data["language"] or self.instance.user.language

    def save(self, commit=True):
        profile = super().save(commit=commit)
        user = profile.user
        user.first_name = self.cleaned_data["first_name"]
        user.last_name = self.cleaned_data["last_name"]
        user.reply_by_email = self.cleaned_data["reply_by_email"]
        if commit:
            user.save(update_fields=["first_name", "last_name", "reply_by_email"])
            user.choose_language(self.cleaned_data["language"])
        return profile


class DirectoryForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=100)
    country = forms.ModelChoiceField(
        label=_("Country"), queryset=Country.objects.all(), required=False, to_field_name="iso_code"
    )
    emb = forms.ModelChoiceField(
        label=_("Election management body"), queryset=ElectionManagementBody.objects.all(), required=False
    )
    expertise = forms.ModelChoiceField(
        label=_("Expertise"), queryset=PracticeArea.objects.all(), required=False, to_field_name="slug"
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Only offer what the directory can actually find.
        self.fields["country"].queryset = Country.objects.filter(embs__members__isnull=False).distinct()
        self.fields["emb"].queryset = ElectionManagementBody.objects.filter(members__isnull=False).distinct()

    def filter(self, profiles):
        if not self.is_valid():
            return profiles
        data = self.cleaned_data
        if data["q"]:
            for word in data["q"].split():
                profiles = profiles.filter(Q(user__first_name__icontains=word) | Q(user__last_name__icontains=word))
        if data["country"]:
            profiles = profiles.filter(emb__country=data["country"])
        if data["emb"]:
            profiles = profiles.filter(emb=data["emb"])
        if data["expertise"]:
            profiles = profiles.filter(expertise=data["expertise"])
        return profiles.distinct()
