"""Editor forms for a working group's pages: each group works with its own files, and links only
to pages its editors may see."""

from django import forms
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.forms.boundfield import BoundField
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.rich_text.rewriters import FIND_A_TAG, extract_attrs

from cen_portal.admin_scope import visible_pages
from cen_portal.filters import parse_id
from cen_portal.forms import TaggedKnowledgePageForm
from cen_portal.privacy import is_public


class PageLinksInSight(BoundField):
    """A field as re-shown after a save is refused: Wagtail's rich-text editor shows the address
    of each page linked to (a draft's slug is made from its title), so a link to a page out of
    the editor's sight comes back as its text alone."""

    def value(self):
        value = super().value()
        if not (self.form.is_bound and isinstance(value, str)):
            return value
        linked = {pk for model, pk in references_in(self.form.instance, self.name, value) if issubclass(model, Page)}
        hidden = self.form.pages_out_of_sight(linked)
        return without_page_links(value, hidden) if hidden else value


class GroupFilesMixin:
    """A working group's pages may use the group's own documents and images, or files already
    public on the portal; never another group's or a pending submission's (whose names and
    links would show in the preview). The admin's choosers only offer the group's files, but an
    id can be posted directly, so the check is made on every save. The Secretariat may use any
    file on purpose.

    Their links and page choices go only to pages the editor may see in the admin
    (`cen_portal.admin_scope.visible_pages`): the editor and the preview would show another
    page's address. An unseen page and a page that does not exist are refused alike."""

    bound_field_class = PageLinksInSight

    def is_valid(self):
        valid = super().is_valid()
        if not self.is_bound:
            return valid
        # Checked even when another field is wrong, since the re-shown form drops a refused link
        # and the editor must be told why; once per form, as its own errors are.
        if not hasattr(self, "_references_allowed"):
            references = self.references(self.cleaned_data)
            pages_in_sight = self.links_only_to_pages_in_sight(references)
            self._references_allowed = self.uses_only_allowed_files(references) and pages_in_sight
        return valid and self._references_allowed

    def uses_only_allowed_files(self, references):
        group = self.working_group()
        user = getattr(self, "for_user", None)
        if group is None or getattr(user, "is_secretariat", False):
            return True
        allowed = True
        for file in self.existing_files(references):
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

    def links_only_to_pages_in_sight(self, references):
        links = [(form, name, pk) for form, name, model, pk in references if issubclass(model, Page)]
        hidden = self.pages_out_of_sight({pk for _form, _name, pk in links})
        refused = dict.fromkeys((form, name) for form, name, pk in links if pk in hidden)
        for form, name in refused:
            form.add_error(
                name if name in form.fields else None,
                forms.ValidationError(
                    _("This links to a page you cannot see. Choose another page."), code="page_out_of_sight"
                ),
            )
        return not refused

    def pages_out_of_sight(self, ids):
        """Those of these page ids (as posted: strings or ints) that name no page the editor may
        see; an id that cannot be a page's is one of them."""
        user = getattr(self, "for_user", None)
        if user is None or not ids:
            return set()
        if not hasattr(self, "_pages_in_sight"):
            self._pages_in_sight = {}
        unknown = {as_id(pk) for pk in ids} - set(self._pages_in_sight) - {None}
        if unknown:
            in_sight = set(visible_pages(user).filter(pk__in=unknown).values_list("pk", flat=True))
            self._pages_in_sight.update({pk: pk in in_sight for pk in unknown})
        return {pk for pk in ids if not self._pages_in_sight.get(as_id(pk), False)}

    def working_group(self):
        raise NotImplementedError

    @staticmethod
    def is_allowed(file, group):
        own = group.collection is not None and file.collection.path.startswith(group.collection.path)
        return own or is_public(file)

    def references(self, cleaned_data):
        """What the page's content names, as (form, field name, model, id): documents, images and
        pages, chosen directly or linked from rich text and StreamField blocks, in the page's own
        fields and its inline forms (those not being deleted)."""
        found = []
        for name, value in cleaned_data.items():
            found += [(self, name, model, pk) for model, pk in references_in(self.instance, name, value)]
        for formset in getattr(self, "formsets", {}).values():
            for form in formset.forms:
                data = getattr(form, "cleaned_data", None) or {}
                if data.get("DELETE"):
                    continue
                for name, value in data.items():
                    found += [(form, name, model, pk) for model, pk in references_in(form.instance, name, value)]
        return found

    @staticmethod
    def existing_files(references):
        """The documents and images among these references that exist."""
        file_models = (get_document_model(), get_image_model())
        found = {}
        for _form, _name, model, pk in references:
            if model in file_models:
                try:  # looked up as Wagtail's editor looks it up: " 5" is file 5 there too
                    file = model.objects.filter(pk=pk).first()
                except (ValueError, TypeError):  # "abc"
                    continue
                if file is not None:
                    found[(model, file.pk)] = file
        return list(found.values())

    def referenced_files(self, cleaned_data):
        return self.existing_files(self.references(cleaned_data))


def references_in(instance, name, value):
    """The (model, id) pairs a form value names: an object chosen directly, or what a rich-text
    or StreamField value links to or embeds (Wagtail's own reference extraction)."""
    if isinstance(value, models.Model):
        return [(type(value), value.pk)]
    try:
        field = instance._meta.get_field(name)
    except FieldDoesNotExist:  # a form-only field
        return []
    if value is None or not hasattr(field, "extract_references"):
        return []
    return [(model, pk) for model, pk, _path, _content_path in field.extract_references(value)]


def as_id(value):
    """A page's id as rich text stores it ("12") or a choice gives it (12); None for anything else
    (" 12", "012", "1e3", "abc", a number too large for the database), which is refused."""
    number = parse_id(value)
    return number if str(number) == str(value) else None


def without_page_links(html, ids):
    """Rich text with its links to these page ids made plain text."""

    def unlink(match):
        attrs = extract_attrs(match.group(1))
        return "<a>" if attrs.get("linktype") == "page" and attrs.get("id") in ids else match.group(0)

    return FIND_A_TAG.sub(unlink, html)


class WorkingGroupPageForm(GroupFilesMixin, WagtailAdminPageForm):
    def working_group(self):
        return self.instance


class ReportPageForm(GroupFilesMixin, TaggedKnowledgePageForm):
    def working_group(self):
        parent = self.parent_page.specific if self.parent_page else None
        return parent if parent is not None and hasattr(parent, "collection") else None
