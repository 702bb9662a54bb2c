from collections import defaultdict
from operator import attrgetter

from django import forms
from django.db.models import prefetch_related_objects
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


class ChooseSeveral(forms.CheckboxSelectMultiple):
    """Several items from a long list (countries, EMBs, members): checkboxes under a heading per
    group, such as the region, in the reader's alphabetical order. A group is folded unless
    something in it is chosen; a filter box narrows the list as one types. Everything but the
    filter works without JavaScript, with a keyboard and on a phone, unlike a Ctrl-click list.

    `group_by` is the path from a choice's object to its group ("country__region"); groups sort
    by their `sort_order`, then by name."""

    template_name = "cen_portal/widgets/choose_several.html"

    def __init__(self, group_by, attrs=None, choices=()):
        super().__init__(attrs, choices)
        self.group_by = group_by

    def optgroups(self, name, value, attrs=None):
        choices = [(choice, label) for choice, label in self.choices if choice != ""]
        prefetch_related_objects([choice.instance for choice, _label in choices], self.group_by)
        group_of = attrgetter(self.group_by.replace("__", "."))
        grouped = defaultdict(list)
        for choice, label in choices:
            grouped[group_of(choice.instance)].append((choice, label))
        chosen = {str(item) for item in value}
        groups, index = [], 0
        for group in sorted(grouped, key=lambda group: (getattr(group, "sort_order", 0), display_sort_key(str(group)))):
            options = []
            for choice, label in sorted(grouped[group], key=lambda item: display_sort_key(str(item[1]))):
                options.append(self.create_option(name, choice, label, str(choice) in chosen, index, attrs=attrs))
                index += 1
            groups.append((group, options, index))
        return groups

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["groups"] = [
            {"name": str(group), "options": options, "chosen": sum(option["selected"] for option in options)}
            for group, options, _index in context["widget"]["optgroups"]
        ]
        return context
