"""The tags as the site's own forms offer them (kept out of the package's names: a form's
choices are queries, which must not be built while Django is still loading the models)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cen_portal.forms import ChooseSeveral

from .terms import Country, KeyPrinciple, PracticeArea


class TagFieldsForm(forms.Form):
    """The taxonomy's tags as members choose them on the site's own forms: principles and
    practice areas as checkboxes, countries by region in the reader's language and order, each
    by the key the index and the filters use. All optional: a form requires what it needs."""

    principles = forms.ModelMultipleChoiceField(
        label=_("Key principles"),
        queryset=KeyPrinciple.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        required=False,
    )
    practice_areas = forms.ModelMultipleChoiceField(
        label=_("Good-practice areas"),
        queryset=PracticeArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        required=False,
    )
    countries = forms.ModelMultipleChoiceField(
        label=_("Country or countries"),
        queryset=Country.objects.all(),
        widget=ChooseSeveral(group_by="region"),
        to_field_name="iso_code",
        required=False,
    )
