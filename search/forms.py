import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from cen_portal.filters import ForgivingMultipleChoiceField, TaxonomyFilterForm, shorten_for_message
from cen_portal.kinds import KINDS

from .contract import (
    DEFAULT_LANGUAGE,
    MAX_QUERY_LENGTH,
    MAX_RESULT_WINDOW,
    PER_PAGE,
    SORTS,
    KnowledgeQuery,
    clean_text,
    language_or_none,
)

FIRST_YEAR = 1900


class SearchForm(TaxonomyFilterForm):
    """The search page's question, read from the query string. Anything it cannot use is
    dropped with a message; it never fails."""

    q = forms.CharField(label=_("Search for"), required=False, strip=False)
    kind = ForgivingMultipleChoiceField(
        label=_("Type"), unknown=_("“%(value)s” is not a known type of item, so that filter was ignored.")
    )
    sort = forms.ChoiceField(label=_("Sort by"), choices=list(SORTS.items()), required=False)
    upcoming = forms.BooleanField(label=_("Only events still to come"), required=False)
    page = forms.CharField(required=False)

    filter_fields = ["kind"] + TaxonomyFilterForm.filter_fields
    max_page = MAX_RESULT_WINDOW // PER_PAGE

    def __init__(self, data):
        super().__init__(data)
        self.fields["kind"].choices = [(key, str(label)) for key, label in KINDS.items()]
        last_year = datetime.date.today().year + 1
        self.fields["year"].choices = [(str(year), str(year)) for year in range(last_year, FIRST_YEAR - 1, -1)]
        self.notices = []

    def clean_q(self):
        raw = self.cleaned_data["q"]
        text = clean_text(raw)
        if len(" ".join(raw.split())) > MAX_QUERY_LENGTH:
            self.notices.append(
                _("Your search was shortened to its first %(count)s characters.") % {"count": MAX_QUERY_LENGTH}
            )
        return text

    def clean_sort(self):
        return self.cleaned_data["sort"] or "relevance"

    def clean_page(self):
        raw = self.cleaned_data["page"].strip()
        if not raw:
            return 1
        if not (raw.isascii() and raw.isdigit()) or int(raw) < 1:
            self.notices.append(
                _("There is no page “%(page)s”; showing page 1.") % {"page": shorten_for_message(raw, 12)}
            )
            return 1
        page = int(raw)
        if page > self.max_page:
            self.notices.append(
                _("Only the first %(count)s pages of results can be shown; showing page %(count)s.")
                % {"count": self.max_page}
            )
            return self.max_page
        return page

    def to_query(self, language=DEFAULT_LANGUAGE):
        """The KnowledgeQuery for what was understood, for a reader of `language`."""
        self.is_valid()
        data = self.cleaned_data
        filters = {}
        for name in self.filter_fields:
            values = [str(value) for value in data.get(name) or []]
            if name == "country":
                values = [value.upper() for value in values]
            if values:
                filters[name] = values
        return KnowledgeQuery(
            text=data.get("q", ""),
            filters=filters,
            sort=data.get("sort") or "relevance",
            page=data.get("page") or 1,
            language=language_or_none(language) or DEFAULT_LANGUAGE,
            upcoming=bool(data.get("upcoming")),
        )

    def messages(self):
        return self.notices + self.error_messages()
