"""The comparison in the JSON API: GET /api/v1/practice-data, described in /api/v1/openapi.json."""

from typing import Literal

from django.utils import translation
from ninja import Field, Query, Router, Schema

from cen_portal.api import Problem
from cen_portal.filters import api_form_data

from .compare import Comparison
from .forms import CompareForm

router = Router()


class CompareParameters(Schema):
    emb: list[int] = []
    region: str = ""
    indicator: list[str] = []
    where: str = ""
    equals: str = ""
    lang: Literal["en", "fr"] = Field("en", description="The language of the names and of the messages.")


class IndicatorValueOut(Schema):
    value: str | int | float | list[str]
    display: str
    as_of: str
    source_url: str
    source: str
    illustrative: bool


class EmbValues(Schema):
    emb: str
    emb_id: int
    country: str
    region: str
    values: dict[str, IndicatorValueOut | None]


class ComparisonOut(Schema):
    embs: list[EmbValues]
    messages: list[str]


@router.get("/practice-data", response={200: ComparisonOut, 422: Problem}, summary="Compare practice data across EMBs")
def practice_data(request, params: Query[CompareParameters]):
    """Current indicator values per election management body, each with the date it was true
    and its source: the same table as /practice-data/, the same filters. Unknown filter values
    are left out and named in `messages`, in the language asked for (`lang`)."""
    with translation.override(params.lang):
        form = CompareForm(api_form_data(params))
        comparison = Comparison.build(**form.comparison_arguments())
        return {"embs": comparison.records(), "messages": [str(message) for message in form.messages()]}
