from django import forms
from django.utils.translation import gettext_lazy as _

ANSWER_LENGTH = 1000


class RegistrationForm(forms.Form):
    """Registering is one step: the button, with the event's question if it asks one."""

    answer = forms.CharField(
        required=False,
        max_length=ANSWER_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only the organisers see your answer; it is deleted after the event."),
    )

    def __init__(self, *args, question="", **kwargs):
        super().__init__(*args, **kwargs)
        if question:
            self.fields["answer"].label = question
        else:
            del self.fields["answer"]
