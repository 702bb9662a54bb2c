from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .taxonomy import ElectionManagementBody, display_sort_key


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
    """An EMB choice listed and labelled by country ("Fiji: Fijian Elections Office"), in the
    reader's language and in the alphabetical order of its country names."""
    field.iterator = ReaderOrderIterator
    field.queryset = ElectionManagementBody.objects.select_related("country")
    field.label_from_instance = lambda emb: f"{emb.country}: {emb}"


class ReaderOrderIterator(forms.models.ModelChoiceIterator):
    """Choices sorted by their label as the reader reads it (names of countries differ by language)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        choices = [self.choice(obj) for obj in self.queryset]
        yield from sorted(choices, key=lambda choice: display_sort_key(str(choice[1])))


def offer_countries_by_name(field):
    """A country choice in the reader's language and alphabetical order."""
    field.iterator = ReaderOrderIterator
    field.widget.choices = field.choices
