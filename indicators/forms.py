import datetime
from collections import defaultdict

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from cen_portal.filters import parse_id, shorten_for_message
from cen_portal.forms import ChooseSeveral, offer_embs_by_country
from cen_portal.taxonomy import ElectionManagementBody, Region

from .models import UNKNOWN, Indicator, IndicatorValue


def refuse_future(date):
    if date and date > datetime.date.today():
        raise forms.ValidationError(_("A value cannot be true as of a date still to come."))
    return date


def unknown(message):
    """A field's refusal of a value it does not know: one whole sentence with %(value)s (a sentence
    per field translates well; a term glued into a shared sentence does not)."""
    return {"invalid_choice": message}


class EmbChoiceField(forms.ModelMultipleChoiceField):
    """EMBs by id; a value that cannot be an id is refused by name before the database sees it."""

    def _check_values(self, value):
        for item in value:
            if parse_id(item) is None:
                raise forms.ValidationError(self.error_messages["invalid_choice"], params={"value": item})
        return super()._check_values(value)


class CompareForm(forms.Form):
    """What to compare, read from the query string (the API's parameters). Anything it cannot use
    is left out with a message, never an error page."""

    emb = EmbChoiceField(
        label=_("Election management bodies"),
        queryset=ElectionManagementBody.objects.none(),
        widget=ChooseSeveral(group_by="country__region"),
        required=False,
        error_messages=unknown(_("“%(value)s” is not a known election management body, so it was left out.")),
    )
    region = forms.ModelChoiceField(
        label=_("Or a region"),
        queryset=Region.objects.all(),
        to_field_name="slug",
        required=False,
        error_messages=unknown(_("“%(value)s” is not a known region, so it was left out.")),
    )
    indicator = forms.ModelMultipleChoiceField(
        label=_("Indicators"),
        queryset=Indicator.objects.all(),
        to_field_name="code",
        required=False,
        error_messages=unknown(_("“%(value)s” is not a known indicator, so it was left out.")),
    )
    where = forms.ModelChoiceField(
        label=_("Only the EMBs with a given value for"),
        queryset=Indicator.objects.all(),
        to_field_name="code",
        required=False,
        error_messages=unknown(_("“%(value)s” is not a known indicator, so it was left out.")),
    )
    equals = forms.CharField(label=_("The value it must have"), required=False, max_length=100)

    def __init__(self, data):
        super().__init__(data)
        offer_embs_by_country(self.fields["emb"])
        self.fields["indicator"].widget = forms.CheckboxSelectMultiple(choices=self.fields["indicator"].choices)

    def clean(self):
        cleaned_data = super().clean()
        where, equals = cleaned_data.get("where"), cleaned_data.get("equals", "").strip()
        if where is not None and equals:
            try:
                cleaned_data["where_value"] = where.clean_condition_value(equals)
            except forms.ValidationError as error:
                self.add_error("equals", error)
        return cleaned_data

    def comparison_arguments(self):
        """The arguments for Comparison.build from what could be used."""
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if name not in self.errors}
        where = (data["where"], data["where_value"]) if data.get("where") and "where_value" in data else None
        return {
            "embs": data.get("emb") or None,
            "region": data.get("region"),
            "indicators": data.get("indicator") or None,
            "where": where,
        }

    def messages(self):
        return [
            _("%(field)s: %(error)s") % {"field": self.fields[name].label, "error": shorten_for_message(error, 200)}
            for name, errors in self.errors.items()
            for error in errors
        ]


class ComparePageForm(CompareForm):
    """The comparison as the page offers it: the condition is one choice among each indicator's
    own values ("Two-factor authentication: Yes"), not a value to guess and type. Links in the
    API's terms (`where` and `equals`) still open the same table."""

    condition = forms.CharField(label=_("Only the EMBs where"), required=False, max_length=200)
    field_order = ["emb", "region", "indicator", "condition"]

    def __init__(self, data):
        data = data.copy()
        where, equals = data.pop("where", [""])[-1], data.pop("equals", [""])[-1]
        if where and equals and not data.get("condition"):
            data["condition"] = f"{where}={equals}"
        super().__init__(data)
        del self.fields["where"], self.fields["equals"]
        self.fields["condition"].widget = forms.Select(choices=condition_choices())

    def clean_condition(self):
        condition = self.cleaned_data["condition"].strip()
        if not condition:
            return None
        code, _sep, raw = condition.partition("=")
        indicator = Indicator.objects.filter(code=code.strip()).first()
        if indicator is None:
            raise forms.ValidationError(
                _("“%(value)s” is not a known indicator, so it was left out."), params={"value": code}
            )
        return indicator, indicator.clean_condition_value(raw)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("condition"):
            cleaned_data["where"], cleaned_data["where_value"] = cleaned_data["condition"]
        return cleaned_data


def condition_choices():
    """Each indicator's possible values, grouped under its name: the list's own answers, or the
    numbers and years recorded so far; "unknown" is a value of every indicator."""
    recorded = defaultdict(set)
    for indicator_id, value in (
        IndicatorValue.objects.current()
        .filter(indicator__kind__in=[Indicator.Kind.NUMBER, Indicator.Kind.YEAR])
        .values_list("indicator_id", "value")
    ):
        if value != UNKNOWN:
            recorded[indicator_id].add(value)
    groups = [("", _("Any value"))]
    for indicator in Indicator.objects.all():
        if indicator.kind in (Indicator.Kind.NUMBER, Indicator.Kind.YEAR):
            answers = [(value, indicator.display(value)) for value in sorted(recorded[indicator.pk])]
            answers.append((UNKNOWN, indicator.display(UNKNOWN)))
        else:
            answers = indicator.choices()
        groups.append((indicator.translated.name, [(f"{indicator.code}={value}", label) for value, label in answers]))
    return groups


class CorrectionForm(forms.Form):
    """A suggested correction: a new value with a source, or what is wrong with an item."""

    value = forms.CharField(label=_("The right value"), required=False, max_length=200)
    values = forms.MultipleChoiceField(label=_("The right values"), required=False, widget=forms.CheckboxSelectMultiple)
    as_of = forms.DateField(
        label=_("True as of"), required=False, help_text=_("The date the source describes, as YYYY-MM-DD.")
    )
    source_url = forms.URLField(
        label=_("Source"),
        required=False,
        max_length=500,
        help_text=_("A web page or published document that shows it."),
        assume_scheme="https",
    )
    explanation = forms.CharField(label=_("What is wrong"), max_length=2000, widget=forms.Textarea(attrs={"rows": 5}))
    email = forms.EmailField(
        label=_("Your email address"), help_text=_("The Secretariat writes to you with its decision.")
    )

    def __init__(self, *args, indicator=None, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.indicator = indicator
        if user is not None and user.is_authenticated:
            del self.fields["email"]
        if indicator is None:
            for name in ("value", "values", "as_of"):
                del self.fields[name]
            return
        self.fields["source_url"].required = True
        self.fields["as_of"].initial = datetime.date.today()
        if indicator.kind == Indicator.Kind.CHOICES:
            del self.fields["value"]
            self.fields["values"].choices = indicator.choices()
        elif indicator.choices()[:-1]:
            del self.fields["values"]
            self.fields["value"] = forms.ChoiceField(label=_("The right value"), choices=indicator.choices())
        else:
            del self.fields["values"]
            self.fields["value"].help_text = _("A number or year, or “unknown”.")

    def clean_as_of(self):
        return refuse_future(self.cleaned_data["as_of"])

    def clean(self):
        cleaned_data = super().clean()
        if self.indicator is None:
            return cleaned_data
        raw = cleaned_data.get("values") if "values" in self.fields else cleaned_data.get("value")
        if UNKNOWN in (raw or []) and isinstance(raw, list):
            raw = UNKNOWN
        try:
            cleaned_data["proposed_value"] = self.indicator.clean_value(raw)
        except forms.ValidationError as error:
            self.add_error("values" if "values" in self.fields else "value", error)
        if not cleaned_data.get("as_of"):
            cleaned_data["as_of"] = datetime.date.today()
        return cleaned_data


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("accept", _("Accept")), ("decline", _("Decline"))], widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason (sent to whoever suggested it)"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("decision") == "decline" and not cleaned_data.get("reason", "").strip():
            self.add_error("reason", _("Say why, so the person can understand the decision."))
        return cleaned_data


class RecordValueForm(WagtailAdminModelForm):
    """The admin's form for practice data: saving always records a new value and keeps the
    previous one as history, whether it was opened to add or to change."""

    value = forms.CharField(
        label=_("Value"),
        max_length=500,
        help_text=_(
            "yes, partly or no; an option's value (several separated by commas); a number; a year; or unknown."
        ),
    )

    class Meta:
        model = IndicatorValue
        fields = ["emb", "indicator", "value", "as_of", "source_url", "source_title", "note", "illustrative"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            value = self.instance.value
            self.initial["value"] = ", ".join(value) if isinstance(value, list) else str(value)

    def clean_as_of(self):
        return refuse_future(self.cleaned_data["as_of"])

    def clean(self):
        cleaned_data = super().clean()
        indicator = cleaned_data.get("indicator")
        if indicator is not None and "value" in cleaned_data:
            try:
                cleaned_data["value"] = indicator.clean_value(cleaned_data["value"])
            except forms.ValidationError as error:
                self.add_error("value", error)
        if not cleaned_data.get("source_url") and not cleaned_data.get("source_title"):
            self.add_error("source_url", _("Name a source: a web address or a document."))
        return cleaned_data

    def save(self, commit=True):
        data = self.cleaned_data
        return IndicatorValue.record(
            emb=data["emb"],
            indicator=data["indicator"],
            value=data["value"],
            as_of=data["as_of"],
            source_url=data["source_url"],
            source_title=data["source_title"],
            note=data["note"],
            illustrative=data["illustrative"],
            by=self.for_user,
        )
