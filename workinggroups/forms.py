"""Editor forms for a working group's pages: each group works with its own files."""

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from cen_portal.forms import TaggedKnowledgePageForm
from cen_portal.privacy import is_public


class GroupFilesMixin:
    """A working group's pages may use the group's own documents and images, or files already
    public on the portal; never another group's or a pending submission's (whose names and
    links would show in the preview). The admin's choosers only offer the group's files, but an
    id can be posted directly, so the check is made on every save. The Secretariat may use any
    file on purpose."""

    def is_valid(self):
        # Checked once the page's own fields and its inline formsets are all clean.
        return super().is_valid() and self.uses_only_allowed_files()

    def uses_only_allowed_files(self):
        group = self.working_group()
        user = getattr(self, "for_user", None)
        if group is None or getattr(user, "is_secretariat", False):
            return True
        allowed = True
        for file in self.referenced_files(self.cleaned_data):
            if not self.is_allowed(file, group):
                allowed = False
                self.add_error(
                    None,
                    forms.ValidationError(
                        _(
                            "“%(title)s” is not one of %(group)s's files and is not yet public. Upload it to the "
                            "group's collection (%(collection)s) to use it here."
                        )
                        % {"title": file.title, "group": group.title, "collection": group.collection or group.title},
                        code="foreign_file",
                    ),
                )
        return allowed

    def working_group(self):
        raise NotImplementedError

    @staticmethod
    def is_allowed(file, group):
        own = group.collection is not None and file.collection.path.startswith(group.collection.path)
        return own or is_public(file)

    def referenced_files(self, cleaned_data):
        file_models = (get_document_model(), get_image_model())
        found = {}
        for name, value in cleaned_data.items():
            found.update(self.files_in(self.instance, name, value, file_models))
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get("DELETE"):
                    continue
                for name, value in data.items():
                    found.update(self.files_in(form.instance, name, value, file_models))
        return list(found.values())

    @staticmethod
    def files_in(instance, name, value, file_models):
        """Documents and images a form value refers to: chosen directly, or linked from rich
        text and StreamField blocks."""
        if isinstance(value, file_models):
            return {(type(value), value.pk): value}
        try:
            field = instance._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field
            return {}
        if value is None or not hasattr(field, "extract_references"):
            return {}
        found = {}
        for model, pk, _path, _content_path in field.extract_references(value):
            if model in file_models:
                file = model.objects.filter(pk=pk).first()
                if file is not None:
                    found[(model, file.pk)] = file
        return found


class WorkingGroupPageForm(GroupFilesMixin, WagtailAdminPageForm):
    def working_group(self):
        return self.instance


class ReportPageForm(GroupFilesMixin, TaggedKnowledgePageForm):
    def working_group(self):
        parent = self.parent_page.specific if self.parent_page else None
        return parent if parent is not None and hasattr(parent, "collection") else None
