from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.crypto import constant_time_compare
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cen_portal.drafts import NoPlaceForDraft, start_draft
from cen_portal.filters import parse_id
from cen_portal.i18n import under_reader_prefix
from search.service import readable_item

from .models import open_signature
from .records import record_open
from .report import SearchGapReport

PERIODS = {"30": 30, "90": 90, "365": 365}


def require_secretariat(request):
    if not request.user.is_secretariat:
        raise PermissionDenied(_("Only the Secretariat sees what readers search for."))


def report(request):
    require_secretariat(request)
    period = request.GET.get("days") if request.GET.get("days") in PERIODS else "90"
    gap_report = SearchGapReport.for_days(PERIODS[period])
    context = {
        "period": period,
        "periods": PERIODS,
        "totals": gap_report.totals(),
        "top": gap_report.top_queries(),
        "unanswered": gap_report.unanswered(),
        "never_opened": gap_report.never_opened(),
        "months": gap_report.by_month(),
        "filters": gap_report.filters_used(),
        "retention_days": settings.SEARCH_LOG_RETENTION_DAYS,
    }
    return render(request, "insights/report.html", context)


@require_POST
def start_guidance(request):
    """A draft guidance note whose working title is an unanswered search."""
    require_secretariat(request)
    title = " ".join(request.POST.get("query", "").split())[:200]
    try:
        if not title:
            raise NoPlaceForDraft
        page = start_draft(
            "guidance",
            curator=request.user,
            title=title,
            fallback_slug="search-gap",
            summary=_("Readers searched for “%(query)s” and found nothing.") % {"query": title},
            body=[],
        )
    except NoPlaceForDraft:
        messages.error(request, _("There is no guidance section, or no search words, to start from."))
        return redirect("insights_report")
    messages.success(request, _("A draft guidance note has been started. Write it here."))
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_GET
def open_result(request, search_id, key):
    """A result opened from a search page: followed when the reader may read the item (404
    otherwise, as for any private page), and noted against the search when the link is one the
    page handed out. Only an item's own address is ever the destination (no open redirect)."""
    item = readable_item(key, request.user)
    if item is None or not url_has_allowed_host_and_scheme(item.url, allowed_hosts={request.get_host()}):
        raise Http404
    rank = request.GET.get("rank", "")
    if constant_time_compare(request.GET.get("sig", ""), open_signature(search_id, key, rank)):
        record_open(search_id, key, parse_id(rank))
    return redirect(under_reader_prefix(item.url))
