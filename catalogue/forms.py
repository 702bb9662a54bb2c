from django import forms
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from cen_portal.drafts import DRAFT_PLACES
from cen_portal.forms import ChooseSeveral, offer_embs_by_country
from cen_portal.kinds import KINDS
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea
from cen_portal.uploads import MultipleFileInput

from .models import LANGUAGES
from .suggestions import sentences

SUMMARY_LENGTH = 500


class BatchFilesField(forms.FileField):
    """Several files at once (Django's documented pattern); what they hold is checked as the batch is made."""

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, (list, tuple)) else [data]) if file]
        if not files:
            raise forms.ValidationError(_("Choose a ZIP file or at least one PDF."), code="required")
        return files


class UploadForm(forms.Form):
    files = BatchFilesField(
        label=_("Files"),
        widget=MultipleFileInput(attrs={"accept": ".zip,.pdf"}),
        help_text=_("A ZIP of PDFs, or several PDFs at once."),
    )
    manifest = forms.FileField(
        label=_("Manifest (optional)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": ".csv"}),
        help_text=_(
            "A CSV file with a “file” column and any of: title, kind, year, language, countries, emb, "
            "principles, practice_areas, working_group, summary. Separate several values with “;”. "
            "Its values win over the suggestions."
        ),
    )
    name = forms.CharField(
        label=_("Name of the batch"),
        max_length=200,
        required=False,
        help_text=_("For example “Observer reports 2010–2015”. The first file's name if left empty."),
    )


def destinations():
    """[(value, label)]: each kind a file can become, and under which page it goes."""
    choices = []
    for kind, place in DRAFT_PLACES.items():
        if place.attach_document is None:
            continue
        for parent in place.parents():
            if place.parent_label:
                label = _("%(kind)s of the %(parent)s") % {"kind": KINDS.get(kind, kind), "parent": parent.title}
            else:
                label = _("%(kind)s (in “%(parent)s”)") % {"kind": KINDS.get(kind, kind), "parent": parent.title}
            choices.append((f"{kind}:{parent.pk}", label))
    return choices


def opening_sentences(text, title):
    """The file's first sentences after its title, as a summary to start from."""
    text, title = " ".join(text.split()), " ".join(title.split())
    if title and text.startswith(title):
        text = text[len(title) :]
    return Truncator(" ".join(sentences(text, limit=4))).chars(SUMMARY_LENGTH)


def first_ticked(suggestions, column):
    return next((entry["value"] for entry in suggestions.get(column, []) if entry["ticked"]), None)


def ticked(suggestions, column):
    return [entry["value"] for entry in suggestions.get(column, []) if entry["ticked"]]


class ReviewForm(forms.Form):
    """What a person decides about one imported file: every suggested tag can be kept (ticked),
    dropped (unticked) or joined by others; the values become a draft page, never a published one."""

    title = forms.CharField(label=_("Title"), max_length=255)
    destination = forms.ChoiceField(label=_("Kind of item, and where it goes"))
    year = forms.IntegerField(label=_("Year"), min_value=1900, max_value=2100, required=False)
    language = forms.ChoiceField(label=_("Language"), choices=LANGUAGES)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Two or three sentences shown in listings; the first sentences of the file to start from."),
    )
    countries = forms.ModelMultipleChoiceField(
        label=_("Countries"),
        queryset=Country.objects.select_related("region"),
        required=False,
        widget=ChooseSeveral(group_by="region"),
    )
    emb = forms.ModelChoiceField(
        label=_("Election management body"), queryset=ElectionManagementBody.objects, required=False
    )
    principles = forms.ModelMultipleChoiceField(
        label=_("Key principles"), queryset=KeyPrinciple.objects, required=False, widget=forms.CheckboxSelectMultiple
    )
    practice_areas = forms.ModelMultipleChoiceField(
        label=_("Good-practice areas"),
        queryset=PracticeArea.objects,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args, imported, **kwargs):
        self.imported = imported
        kwargs.setdefault("initial", self.suggested(imported))
        super().__init__(*args, **kwargs)
        self.fields["destination"].choices = destinations()
        offer_embs_by_country(self.fields["emb"])
        # Fields a kind needs that the others do not (an instrument's adopting body), from its page model.
        for place in DRAFT_PLACES.values():
            for name in place.asks:
                if name not in self.fields:
                    field = place.page_model._meta.get_field(name).formfield(required=False)
                    field.help_text = _("Needed for: %(model)s.") % {"model": place.page_model._meta.verbose_name}
                    self.fields[name] = field

    @staticmethod
    def suggested(imported):
        suggestions, row = imported.suggestions, imported.manifest_row
        kind = first_ticked(suggestions, "kind")
        place = DRAFT_PLACES.get(kind)
        # A kind whose parent a person chooses (a report's working group) is preselected only
        # with the parent that was suggested; any other goes to its one listing page.
        parent = first_ticked(suggestions, "working_group") if place and place.parent_label else None
        destination = ""
        for value, _label in destinations():
            value_kind, value_parent = value.split(":")
            if value_kind == kind and (not place.parent_label or int(value_parent) == parent):
                destination = value
                break
        summary = row.get("summary") or opening_sentences(imported.text, imported.title)
        return {
            "title": row.get("title") or imported.title or imported.name.rsplit(".", 1)[0],
            "destination": destination,
            "year": row.get("year") or imported.year,
            "language": row.get("language") or imported.language or "en",
            "summary": summary,
            "countries": Country.objects.filter(iso_code__in=ticked(suggestions, "countries")),
            "emb": first_ticked(suggestions, "emb"),
            "principles": KeyPrinciple.objects.filter(slug__in=ticked(suggestions, "principles")),
            "practice_areas": PracticeArea.objects.filter(slug__in=ticked(suggestions, "practice_areas")),
        }

    def clean(self):
        cleaned = super().clean()
        destination = cleaned.get("destination")
        if destination:
            kind, parent_pk = destination.split(":")
            cleaned["kind"] = kind
            cleaned["parent"] = DRAFT_PLACES[kind].parents().filter(pk=parent_pk).first()
            if cleaned["parent"] is None:
                self.add_error("destination", _("That page is no longer there; choose another."))
        return cleaned
