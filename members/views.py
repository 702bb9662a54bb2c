from django.contrib import messages
from django.contrib.auth import login
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from . import admission
from .decorators import member_required, secretariat_required
from .forms import AcceptInvitationForm, DecisionForm, DirectoryForm, InvitationForm, MembershipRequestForm, ProfileForm
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
    form = MembershipRequestForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        admission.request_membership(form)
        return redirect("members:request_sent")
    return render(request, "members/request_form.html", {"form": form})


def request_sent(request):
    return render(request, "members/request_sent.html")


def accept_invitation(request, token):
    invitation = Invitation.objects.filter(token=token).select_related("emb").first()
    if invitation is None or not invitation.is_usable:
        return render(
            request, "members/invitation_unusable.html", {"invitation": invitation}, status=410 if invitation else 404
        )
    form = AcceptInvitationForm(request.POST or None, invitation=invitation)
    if request.method == "POST" and form.is_valid():
        user = admission.accept(
            invitation,
            password=form.cleaned_data["password1"],
            job_title=form.cleaned_data["job_title"],
            languages=form.cleaned_data["languages"],
        )
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome to the CEN Knowledge Portal."))
        return redirect("members:home")
    return render(request, "members/accept_invitation.html", {"form": form, "invitation": invitation})


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
        )
        messages.success(request, _("An invitation has been sent to %(email)s.") % {"email": invitation.email})
        return redirect("members:invite")
    invitations = Invitation.objects.select_related("emb", "invited_by")[:20]
    return render(request, "members/invite.html", {"form": form, "invitations": invitations})
