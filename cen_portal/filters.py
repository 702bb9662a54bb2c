"""Filtering and paginating listings of tagged knowledge items from the query string.

Unknown or malformed values never raise: the filter is dropped and the reader is told
what was ignored, the same pattern as djangoproject.com's `DocumentationCategory.parse()`.
"""

from django import forms
from django.core.paginator import Paginator
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _

from .taxonomy import term_labels

# French typography's no-break spaces (before ; : ! ? and inside « »), which isprintable() refuses.
NO_BREAK_SPACES = "\u00a0\u202f"


def shorten_for_message(value, limit=40):
    """Echo a reader's value back safely: printable characters only, and not too long."""
    text = "".join(ch for ch in str(value) if ch.isprintable() or ch in NO_BREAK_SPACES)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# The largest id a database column holds (SQLite's and PostgreSQL's bigint).
MAX_ID = 2**63 - 1


def parse_id(value):
    """A positive id typed into a query string or form field, or None: only ASCII digits count
    ("²" is a digit to Python but not a number to int()), and only what a database id can hold."""
    text = str(value if value is not None else "").strip()
    if not (text.isascii() and text.isdigit()):
        return None
    number = int(text)
    return number if 0 < number <= MAX_ID else None


def parse_ids(values):
    return [number for number in (parse_id(value) for value in values) if number is not None]


class ForgivingMultipleChoiceField(forms.TypedMultipleChoiceField):
    """A multiple choice whose error names the offending value in a readable form. `unknown` is the
    whole sentence, with %(value)s: a sentence per filter translates; a term glued into one does not."""

    def __init__(self, *, unknown, **kwargs):
        self.unknown = unknown
        super().__init__(required=False, **kwargs)

    def validate(self, value):
        for item in value:
            if not self.valid_value(item):
                raise forms.ValidationError(
                    self.unknown, code="invalid_choice", params={"value": shorten_for_message(item)}
                )


class TaxonomyFilterForm(forms.Form):
    """Filters by the Network's taxonomy, read from a query string.

    Values within one filter are alternatives (OR); different filters combine (AND).
    Subclasses set the year choices and add fields of their own.
    """

    principle = ForgivingMultipleChoiceField(
        label=_("Key principle"), unknown=_("“%(value)s” is not a known key principle, so that filter was ignored.")
    )
    area = ForgivingMultipleChoiceField(
        label=_("Good-practice area"),
        unknown=_("“%(value)s” is not a known good-practice area, so that filter was ignored."),
    )
    country = ForgivingMultipleChoiceField(
        label=_("Country"), unknown=_("“%(value)s” is not a known country, so that filter was ignored.")
    )
    region = ForgivingMultipleChoiceField(
        label=_("Region"), unknown=_("“%(value)s” is not a known region, so that filter was ignored.")
    )
    year = ForgivingMultipleChoiceField(
        label=_("Year"), unknown=_("“%(value)s” is not a known year, so that filter was ignored."), coerce=int
    )

    # Fields whose chosen values become filter chips.
    filter_fields = ["principle", "area", "country", "region", "year"]

    def __init__(self, data):
        data = data.copy()
        if "country" in data:
            data.setlist("country", [value.lower() for value in data.getlist("country")])
        super().__init__(data)
        # Keys are the same in every language; labels are in the reader's.
        for name in ("principle", "area", "region"):
            self.fields[name].choices = list(term_labels(name).items())
        self.fields["country"].choices = [(code.lower(), label) for code, label in term_labels("country").items()]

    def active_filters(self, query):
        """Chips for the filters in force, each with the query string that removes it."""
        self.is_valid()
        chips = []
        for name in self.filter_fields:
            labels = dict(self.fields[name].choices)
            for value in self.cleaned_data.get(name, []):
                value = str(value)
                remaining = query.copy()
                remaining.setlist(name, [v for v in remaining.getlist(name) if v.lower() != value.lower()])
                remaining.pop("page", None)
                chips.append(
                    {
                        "label": _("%(filter)s: %(value)s")
                        % {"filter": self.fields[name].label, "value": labels.get(value, value)},
                        "remove_query": remaining.urlencode(),
                    }
                )
        return chips

    def error_messages(self):
        return [message for errors in self.errors.values() for message in errors]


class KnowledgeFilterForm(TaxonomyFilterForm):
    """The filters of a listing page, over one model's queryset."""

    def __init__(self, data, *, model, queryset):
        super().__init__(data)
        self.model = model
        self.queryset = queryset
        years = queryset.order_by().values_list(model.year_lookup, flat=True).distinct()
        self.fields["year"].choices = [(str(y), str(y)) for y in sorted({y for y in years if y}, reverse=True)]

    # Each filter's lookup on the listed model.
    lookups = {
        "principle": "principles__slug__in",
        "area": "practice_areas__slug__in",
        "country": "countries__iso_code__in",
        "region": "countries__region__slug__in",
    }

    def filtered(self):
        """The queryset narrowed by every filter that was understood."""
        self.is_valid()
        data = self.cleaned_data
        items = self.queryset
        lookups = {**self.lookups, "year": f"{self.model.year_lookup}__in"}
        for name, lookup in lookups.items():
            values = data.get(name)
            if values:
                if name == "country":
                    values = [value.upper() for value in values]
                items = items.filter(**{lookup: values})
        return items.distinct()

    def used_values(self):
        """For each filter, the values the listed items carry."""
        return {
            "principle": set(self.queryset.values_list("principles__slug", flat=True)),
            "area": set(self.queryset.values_list("practice_areas__slug", flat=True)),
            "country": {code.lower() for code in self.queryset.values_list("countries__iso_code", flat=True) if code},
            "region": set(self.queryset.values_list("countries__region__slug", flat=True)),
            "year": {str(choice) for choice, _label in self.fields["year"].choices},
        }

    def options(self):
        """For each filter, the values the listing actually uses, marked when selected."""
        self.is_valid()
        used = self.used_values()
        groups = []
        for name, field in self.fields.items():
            selected = {str(value) for value in self.cleaned_data.get(name, [])}
            choices = [
                {"value": value, "label": label, "selected": value in selected}
                for value, label in field.choices
                if value in used[name] or value in selected
            ]
            if choices:
                groups.append({"name": name, "label": field.label, "choices": choices})
        return groups


def paginate(request, items, per_page):
    """A page of items, and a message when the requested page could not be shown."""
    paginator = Paginator(items, per_page)
    requested = request.GET.get("page", "1")
    page = paginator.get_page(requested)
    message = None
    if str(page.number) != requested.strip() and "page" in request.GET:
        message = _("There is no page “%(page)s”; showing page %(number)s of %(count)s.") % {
            "page": shorten_for_message(requested, 12),
            "number": page.number,
            "count": paginator.num_pages,
        }
    return page, message


def filtered_listing_context(request, model, queryset, per_page=12, form_class=KnowledgeFilterForm, listed=None):
    """Everything a listing template needs: the page of items, the filters and any messages.
    `listed`, if given, narrows and orders the filtered items paged through (the filters'
    choices still come from all of `queryset`)."""
    form = form_class(request.GET, model=model, queryset=queryset)
    items = listed(form.filtered()) if listed else form.filtered().order_by(*model.listing_order)
    page, page_message = paginate(request, items, per_page)
    messages = form.error_messages() + ([page_message] if page_message else [])
    query_without_page = request.GET.copy()
    query_without_page.pop("page", None)
    return {
        "filter_form": form,
        "filter_groups": form.options(),
        "active_filters": form.active_filters(request.GET),
        "filter_messages": messages,
        "items": page,
        "result_count": page.paginator.count,
        "query_without_page": query_without_page.urlencode(),
    }


def api_form_data(parameters):
    """An API's parsed parameters as the query string its page's form reads (`lang` aside), so
    the API and the page filter the same way."""
    data = QueryDict(mutable=True)
    for name, value in parameters.dict(exclude={"lang"}).items():
        if isinstance(value, list):
            data.setlist(name, [str(item) for item in value])
        elif value not in (None, ""):
            data[name] = str(value)
    return data
