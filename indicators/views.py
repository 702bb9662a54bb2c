from allauth.core import ratelimit
from django.contrib import messages
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Page

from cen_portal.models import CountryIndexPage
from cen_portal.privacy import may_view_page
from cen_portal.taxonomy import ElectionManagementBody
from members.decorators import secretariat_required
from members.models import MemberProfile

from . import corrections
from .compare import Comparison
from .forms import ComparePageForm, CorrectionForm, DecisionForm
from .models import Correction, Indicator, IndicatorValue


@require_GET
def compare(request):
    form = ComparePageForm(request.GET)
    comparison = Comparison.build(**form.comparison_arguments())
    export = request.GET.get("format")
    if export == "csv":
        response = HttpResponse(comparison.csv(), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="cen-practice-comparison.csv"'
        return response
    if export == "json":
        return JsonResponse({"embs": comparison.records(), "messages": [str(message) for message in form.messages()]})
    query = request.GET.copy()
    query.pop("format", None)
    context = {
        "form": form,
        "comparison": comparison,
        "messages_for_query": form.messages() if request.GET else [],
        "query": query.urlencode(),
        "indicators": Indicator.objects.select_related("practice_area", "principle"),
    }
    return render(request, "indicators/compare.html", context)


@require_GET
def emb_profile(request, pk):
    emb = get_object_or_404(ElectionManagementBody.objects.select_related("country__region"), pk=pk)
    values = (
        IndicatorValue.objects.current()
        .filter(emb=emb)
        .select_related("indicator__practice_area")
        .order_by("indicator__sort_order", "indicator__name")
    )
    context = {
        "emb": emb,
        "values": values,
        "missing": Indicator.objects.exclude(pk__in=values.values("indicator")),
        "country_url": CountryIndexPage.url_for(emb.country, request),
        "working_groups": emb.working_groups.live().public().order_by("title"),
        "case_studies": emb.case_studies.live().public().order_by("-year")[:6],
        # Who works at an EMB is for members' eyes only.
        "members": (
            MemberProfile.objects.filter(emb=emb, user__is_active=True).select_related("user")
            if request.user.is_authenticated and request.user.is_member
            else None
        ),
    }
    return render(request, "indicators/emb_profile.html", context)


@require_GET
def value_history(request, pk, code):
    emb = get_object_or_404(ElectionManagementBody.objects, pk=pk)
    indicator = get_object_or_404(Indicator.objects, code=code)
    history = IndicatorValue.objects.filter(emb=emb, indicator=indicator).select_related("indicator")
    return render(request, "indicators/value_history.html", {"emb": emb, "indicator": indicator, "history": history})


def suggest_value(request, pk, code):
    emb = get_object_or_404(ElectionManagementBody.objects, pk=pk)
    indicator = get_object_or_404(Indicator.objects, code=code)
    current = IndicatorValue.objects.current().filter(emb=emb, indicator=indicator).first()
    return suggestion(request, {"emb": emb, "indicator": indicator, "current": current}, back=emb_url(emb))


def suggest_item(request, page_id):
    page = get_object_or_404(Page.objects.live(), pk=page_id)
    if not may_view_page(page, request):  # never confirm that a page the reader cannot open exists
        raise Http404
    return suggestion(request, {"page": page.specific}, back=page.url)


def suggestion(request, target, back):
    """The suggestion form for a value or an item; anyone may use it, within limits."""
    form = CorrectionForm(request.POST or None, indicator=target.get("indicator"), user=request.user)
    if request.method == "POST" and form.is_valid():
        key = request.user.email if request.user.is_authenticated else form.cleaned_data["email"]
        if ratelimit.consume(request, action="correction", key=key):
            corrections.suggest(
                data=form.cleaned_data,
                user=request.user,
                emb=target.get("emb"),
                indicator=target.get("indicator"),
                page=target.get("page"),
            )
            messages.success(request, _("Thank you. The Secretariat will look at your suggestion and write to you."))
            return redirect(back)
        form.add_error(None, _("Too many suggestions have come from here today. Please try again tomorrow."))
        return render(request, "indicators/suggest.html", {"form": form, **target}, status=429)
    return render(request, "indicators/suggest.html", {"form": form, **target})


def emb_url(emb):
    return reverse("indicators:emb", args=[emb.pk])


@secretariat_required
def correction_queue(request, invalid=None, form=None):
    pending = Correction.objects.filter(status=Correction.Status.PENDING).select_related(
        "emb", "indicator", "page", "suggested_by"
    )
    decided = (
        Correction.objects.exclude(status=Correction.Status.PENDING)
        .select_related("decided_by")
        .order_by("-decided_at")[:20]
    )
    current = {
        (value.emb_id, value.indicator_id): value
        for value in IndicatorValue.objects.current().filter(emb__in=[c.emb_id for c in pending if c.emb_id])
    }
    for correction in pending:
        correction.current = current.get((correction.emb_id, correction.indicator_id))
        # The decision that could not be recorded comes back with its errors and its text.
        correction.form = form if correction.pk == invalid else decision_form(correction)
    return render(request, "indicators/corrections.html", {"pending": pending, "decided": decided})


def decision_form(correction, data=None):
    # One form per waiting correction on the page: ids of their own, names the same.
    return DecisionForm(data, auto_id=f"id_%s_{correction.pk}")


@secretariat_required
@require_POST
def decide(request, pk):
    correction = get_object_or_404(Correction, pk=pk, status=Correction.Status.PENDING)
    form = decision_form(correction, request.POST)
    if not form.is_valid():
        return correction_queue(request, invalid=correction.pk, form=form)
    if form.cleaned_data["decision"] == "accept":
        corrections.accept(correction, decided_by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Accepted; the suggester has been thanked."))
    else:
        corrections.decline(correction, decided_by=request.user, reason=form.cleaned_data["reason"])
        messages.success(request, _("Declined; the suggester has been told why."))
    return redirect("indicators:corrections")
