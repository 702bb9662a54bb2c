"""The "Share your practice" form: members describe a practice without learning the CMS."""

from django import forms
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from cen_portal.forms import offer_countries_by_name, offer_embs_by_country
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea

MAX_ATTACHMENTS = 5
MAX_ATTACHMENT_SIZE = 10 * 1024 * 1024
# What each allowed kind of file must start with, so a renamed executable is refused.
SIGNATURES = {
    "pdf": [b"%PDF-"],
    "docx": [b"PK\x03\x04"],
    "odt": [b"PK\x03\x04"],
    "png": [b"\x89PNG\r\n\x1a\n"],
    "jpg": [b"\xff\xd8\xff"],
    "jpeg": [b"\xff\xd8\xff"],
}


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class AttachmentsField(forms.FileField):
    """Several files at once (Django's documented pattern), each checked for type and size."""

    def __init__(self, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ",".join(f".{ext}" for ext in SIGNATURES)}))
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        files = [file for file in (data if isinstance(data, (list, tuple)) else [data]) if file]
        if len(files) > MAX_ATTACHMENTS:
            raise forms.ValidationError(_("Attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS})
        for file in files:
            check_attachment(file)
        return files


def check_attachment(file):
    name = file.name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in SIGNATURES:
        raise forms.ValidationError(
            _("“%(name)s” is not a file type we accept. Use PDF, Word (.docx), OpenDocument (.odt), PNG or JPEG."),
            params={"name": name},
        )
    if file.size > MAX_ATTACHMENT_SIZE:
        raise forms.ValidationError(
            _("“%(name)s” is %(size)s; files can be at most %(limit)s."),
            params={"name": name, "size": filesizeformat(file.size), "limit": filesizeformat(MAX_ATTACHMENT_SIZE)},
        )
    head = file.read(16)
    file.seek(0)
    if not any(head.startswith(signature) for signature in SIGNATURES[extension]):
        raise forms.ValidationError(
            _("“%(name)s” does not look like a .%(extension)s file. Check it opens, then attach it again."),
            params={"name": name, "extension": extension},
        )


class SharePracticeForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200, help_text=_("What happened, in a few words."))
    countries = forms.ModelMultipleChoiceField(
        label=_("Country or countries"), queryset=Country.objects.all(), to_field_name="iso_code"
    )
    emb = forms.ModelChoiceField(label=_("Election management body"), queryset=ElectionManagementBody.objects.all())
    year = forms.IntegerField(label=_("Year"), min_value=1945, max_value=2100)
    principles = forms.ModelMultipleChoiceField(
        label=_("Key principles"),
        queryset=KeyPrinciple.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
    )
    practice_areas = forms.ModelMultipleChoiceField(
        label=_("Good-practice areas"),
        queryset=PracticeArea.objects.all(),
        widget=forms.CheckboxSelectMultiple,
        to_field_name="slug",
        required=False,
    )
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

    def __init__(self, *args, profile=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["countries"].widget.attrs["size"] = 8
        offer_embs_by_country(self.fields["emb"])
        offer_countries_by_name(self.fields["countries"])
        if profile is not None and not self.is_bound:
            self.initial.setdefault("emb", profile.emb_id)
            self.initial.setdefault("countries", [profile.emb.country.iso_code])
