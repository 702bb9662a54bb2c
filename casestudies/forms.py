"""The "Share your practice" form: members describe a practice without learning the CMS."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cen_portal.forms import offer_embs_by_country
from cen_portal.taxonomy import ElectionManagementBody
from cen_portal.taxonomy.forms import TagFieldsForm
from cen_portal.uploads import AttachmentsField


class SharePracticeForm(TagFieldsForm):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("What happened, in a few words."))
    emb = forms.ModelChoiceField(label=_("Election management body"), queryset=ElectionManagementBody.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=1945, max_value=2100)
    summary = forms.CharField(
        label=_("Summary"),
        max_length=600,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Two or three sentences."),
    )
    what_was_done = forms.CharField(
        label=_("What was done"), max_length=10_000, widget=forms.Textarea(attrs={"rows": 8})
    )
    what_was_learned = forms.CharField(
        label=_("What was learned"), max_length=5_000, widget=forms.Textarea(attrs={"rows": 5})
    )
    attachments = AttachmentsField(
        label=_("Attachments"),
        required=False,
        help_text=_("Up to 5 files of at most 10 MB each: PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG."),
    )

    field_order = ["title", "countries", "emb", "year", "principles", "practice_areas"]

    def __init__(self, *args, profile=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].required = True
        self.fields["principles"].required = True
        offer_embs_by_country(self.fields["emb"])
        if profile is not None and not self.is_bound:
            self.initial.setdefault("emb", profile.emb_id)
            self.initial.setdefault("countries", [profile.emb.country.iso_code])
