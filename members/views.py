from allauth.core import ratelimit
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import login
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.i18n import set_language

from . import admission
from .decorators import member_required, secretariat_required
from .forms import (
    AcceptInvitationForm,
    DecisionForm,
    DirectoryForm,
    InvitationForm,
    JoinForm,
    MembershipRequestForm,
    ProfileForm,
)
from .models import Invitation, MemberProfile, MembershipRequest

DIRECTORY_PAGE_SIZE = 24


@member_required
def home(request):
    return render(request, "members/home.html", {"profile": getattr(request.user, "profile", None)})


@member_required
def edit_profile(request):
    profile = get_object_or_404(MemberProfile, user=request.user)
    form = ProfileForm(request.POST or None, instance=profile)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("members:home")
    return render(request, "members/profile_form.html", {"form": form})


def switch_language(request):
    """Where the language switcher leads. Members post (Django's set_language), and their choice
    is also kept on their account, so the portal's emails to them follow it; readers who are not
    signed in follow a link, so public pages carry no form token and can be cached for everyone
    (cen_portal/public_cache.py). Either way the choice is remembered in a cookie."""
    if request.method != "POST":
        return follow_language_link(request)
    response = set_language(request)
    language = request.POST.get("language")
    user = request.user
    if request.method == "POST" and user.is_authenticated and language in dict(settings.LANGUAGES):
        if user.language != language:
            user.choose_language(language)
    return response


def follow_language_link(request):
    language, next_url = request.GET.get("language"), request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if language in dict(settings.LANGUAGES):
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME,
            language,
            max_age=settings.LANGUAGE_COOKIE_AGE,
            path=settings.LANGUAGE_COOKIE_PATH,
            domain=settings.LANGUAGE_COOKIE_DOMAIN,
            secure=settings.LANGUAGE_COOKIE_SECURE,
            httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
            samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        )
    return response


@member_required
def directory(request):
    form = DirectoryForm(request.GET or None)
    profiles = form.filter(
        MemberProfile.objects.filter(user__is_active=True)
        .select_related("user", "emb__country")
        .prefetch_related("expertise")
    )
    page = Paginator(profiles, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "members/directory.html", {"form": form, "profiles": page, "query_without_page": query.urlencode()}
    )


def request_membership(request):
    """Anyone may ask to join. Each request emails the address given, so posts are limited per
    network address and per email address (ACCOUNT_RATE_LIMITS["membership_request"]); every
    post counts, a form with errors too."""
    form = MembershipRequestForm(request.POST or None)
    if request.method == "POST":
        typed_email = request.POST.get("email", "").strip().lower()
        if not ratelimit.consume(request, action="membership_request", key=typed_email):
            return too_many_requests(request, form)
        if form.is_valid():
            admission.request_membership(form)
            return redirect("members:request_sent")
    return render(request, "members/request_form.html", {"form": form})


def too_many_requests(request, form):
    form.is_valid()  # what was typed is shown again, with the form's own errors if any
    form.add_error(
        None,
        _(
            "Too many requests have been sent from your network or for this address. "
            "Please try again tomorrow, or write to the Secretariat."
        ),
    )
    return render(request, "members/request_form.html", {"form": form}, status=429)


def request_sent(request):
    return render(request, "members/request_sent.html")


def accept_invitation(request, token):
    invitation = Invitation.objects.filter(token=token).select_related("emb").first()
    if invitation is None or not invitation.is_usable:
        return render(
            request, "members/invitation_unusable.html", {"invitation": invitation}, status=410 if invitation else 404
        )
    account = admission.existing_account(invitation.email)
    if account is not None:
        return join_with_existing_account(request, invitation, account)
    form = AcceptInvitationForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        try:
            user = admission.create_account(
                invitation,
                password=form.cleaned_data["password1"],
                job_title=form.cleaned_data["job_title"],
                languages=form.cleaned_data["languages"],
            )
        except admission.AccountExists:
            return redirect(request.path)  # someone made the account meanwhile: sign in instead
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to the CEN Knowledge Portal."))
        return redirect("members:home")
    return render(request, "members/accept_invitation.html", {"form": form, "invitation": invitation})


def join_with_existing_account(request, invitation, account):
    """An invitation never changes an existing account or signs anyone in: the owner signs in
    as usual (with their second factor), then accepts the membership here."""
    if request.user != account:
        context = {"invitation": invitation, "signed_in_as": request.user if request.user.is_authenticated else None}
        return render(request, "members/sign_in_to_accept.html", context)
    form = JoinForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        admission.join(
            invitation, account, job_title=form.cleaned_data["job_title"], languages=form.cleaned_data["languages"]
        )
        messages.success(request, _("Your membership has been added to your account."))
        return redirect("members:home")
    return render(request, "members/accept_invitation.html", {"form": form, "invitation": invitation, "joining": True})


@secretariat_required
def requests(request):
    pending = MembershipRequest.objects.filter(status=MembershipRequest.Status.PENDING).select_related("emb__country")
    decided = MembershipRequest.objects.exclude(status=MembershipRequest.Status.PENDING).select_related(
        "emb", "decided_by"
    )[:20]
    return render(request, "members/requests.html", {"pending": pending, "decided": decided, "form": DecisionForm()})


@secretariat_required
@require_POST
def decide(request, pk):
    membership_request = get_object_or_404(MembershipRequest, pk=pk, status=MembershipRequest.Status.PENDING)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        pending = MembershipRequest.objects.filter(status=MembershipRequest.Status.PENDING)
        return render(
            request,
            "members/requests.html",
            {"pending": pending, "decided": [], "form": form, "invalid": membership_request},
        )
    note = form.cleaned_data["note"]
    if form.cleaned_data["decision"] == "approve":
        admission.approve(membership_request, decided_by=request.user, note=note)
        messages.success(request, _("%(name)s has been sent an invitation.") % {"name": membership_request})
    else:
        admission.decline(membership_request, decided_by=request.user, note=note)
        messages.success(
            request, _("The request from %(name)s was declined; they have been told.") % {"name": membership_request}
        )
    return redirect("members:requests")


@secretariat_required
def invite(request):
    form = InvitationForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        invitation = admission.invite(
            email=data["email"],
            first_name=data["first_name"],
            last_name=data["last_name"],
            emb=data["emb"],
            groups=data["groups"],
            invited_by=request.user,
            language=data["language"],
        )
        messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": invitation.email})
        return redirect("members:invite")
    invitations = Invitation.objects.select_related("emb", "invited_by")[:20]
    return render(request, "members/invite.html", {"form": form, "invitations": invitations})
