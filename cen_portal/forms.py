from collections import defaultdict
from operator import attrgetter

from django import forms
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from .taxonomy import ElectionManagementBody, display_sort_key


class TaggedKnowledgePageForm(WagtailAdminPageForm):
    """Editor form for knowledge items: the tags a reader browses by must be filled in to publish
    or submit for moderation, and say so (Wagtail marks required fields). A draft, and Wagtail's
    autosave, may leave them empty for now: someone still writing is not told off.

    Many-to-many tags are only known to the form, not to `Model.clean()`, so the rule is here."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.required_tags():
            self.fields[name].required = True
            self.fields[name].error_messages["required"] = _("Choose at least one.")

    def required_tags(self):
        return [name for name in getattr(self.instance, "required_tags", ()) if name in self.fields]

    def defer_required_fields(self):
        deferring = not self.is_deferred_validation
        super().defer_required_fields()
        if deferring:
            for name in self.required_tags():
                self.fields[name].required = False
                self.deferred_required_fields.append(name)

    def clean(self):
        cleaned_data = super().clean()
        missing = [str(self.fields[name].label) for name in self.required_tags() if name in self.errors]
        if missing:
            # Wagtail's summary at the top lists the fields by name only when the form has an
            # error of its own; without it, the editor hunts for the one field that failed.
            self.add_error(
                None,
                forms.ValidationError(
                    _("Before this page can be published, fill in: %(fields)s."),
                    params={"fields": ", ".join(missing)},
                    code="required",
                ),
            )
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
