"""The JSON API's root, /api/v1/, described by /api/v1/openapi.json: one NinjaAPI to which the
apps' routers are added (search, practice data: see urls.py), and the one shape of every
endpoint's problems: 422 with a `detail` and `messages`, in the language asked for."""

from django.utils.translation import gettext as _
from ninja import NinjaAPI, Schema
from ninja.errors import ValidationError

from .i18n import CONTENT_LANGUAGES

api = NinjaAPI(
    title="CEN Knowledge Portal API",
    version="1",
    description="Search the Commonwealth Electoral Network's shared practice.",
    urls_namespace="api-v1",
    docs_url=None,  # The interactive docs load scripts from a CDN; the schema is enough.
)


class Problem(Schema):
    detail: str
    messages: list[str]


class FilterProblem(Exception):
    def __init__(self, messages):
        super().__init__(_("Some parameters could not be used."))
        self.messages = messages


@api.exception_handler(FilterProblem)
def filter_problem(request, error):
    return api.create_response(request, {"detail": str(error), "messages": error.messages}, status=422)


@api.exception_handler(ValidationError)
def invalid_parameters(request, error):
    """Parameters of the wrong type (a page that is not a number) get the documented 422."""
    # A list parameter's location ends with the item's position: name the parameter itself.
    names = sorted(
        {next((part for part in reversed(problem["loc"]) if isinstance(part, str)), "") for problem in error.errors}
        - {""}
    )
    messages = [_("The parameter “%(name)s” has a value that cannot be used.") % {"name": name} for name in names]
    if "lang" in names:
        messages.append(_("Languages available: %(languages)s.") % {"languages": ", ".join(CONTENT_LANGUAGES)})
    return api.create_response(request, {"detail": str(FilterProblem(messages)), "messages": messages}, status=422)
