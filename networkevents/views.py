"""A member's own events: the list of what they registered for, and their calendar feed."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from cen_portal.i18n import url_in_reader_language

from .calendar import calendar_response
from .models import EventIndexPage, MemberCalendar


@login_required
def my_events(request):
    calendar = MemberCalendar.of(request.user)
    events, waiting = calendar.events()
    feed = request.build_absolute_uri(reverse("member_calendar", args=[calendar.token]))
    index = EventIndexPage.objects.live().first()
    context = {
        "events": events,
        "waiting": waiting,
        "feed_url": feed,
        "events_url": url_in_reader_language(index, request) if index else "",
    }
    return render(request, "networkevents/my_events.html", context)


@login_required
@require_POST
def reset_feed(request):
    MemberCalendar.of(request.user).reset()
    messages.success(request, _("Your calendar has a new address. Calendars using the old one will stop updating."))
    return redirect("my_events")


@require_GET
def member_calendar(request, token):
    """The feed at the secret address: no sign-in, so the address is the key."""
    calendar = MemberCalendar.objects.filter(token=token, member__is_active=True).select_related("member").first()
    if calendar is None:
        raise Http404("No such calendar.")
    events, waiting = calendar.events()
    with translation.override(calendar.member.language):
        name = _("My events: Commonwealth Electoral Network")
    response = calendar_response(events, request, name, "my-events", tentative=waiting)
    response["Cache-Control"] = "private, no-store"
    return response
