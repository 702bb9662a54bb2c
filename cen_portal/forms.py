from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .taxonomy import ElectionManagementBody


class TaggedKnowledgePageForm(WagtailAdminPageForm):
    """Editor form for knowledge items: the tags a reader browses by must be filled in.

    Many-to-many tags are only known to the form, not to `Model.clean()`, so the check is here.
    """

    def clean(self):
        cleaned_data = super().clean()
        for name in getattr(self.instance, "required_tags", ()):
            if name in self.fields and not cleaned_data.get(name):
                self.add_error(name, forms.ValidationError(_("Choose at least one."), code="required"))
        return cleaned_data


def offer_embs_by_country(field):
    """An EMB choice listed and labelled by country ("Fiji: Fijian Elections Office")."""
    field.queryset = ElectionManagementBody.objects.select_related("country").order_by("country__name", "name")
    field.label_from_instance = lambda emb: f"{emb.country.name}: {emb.name}"
