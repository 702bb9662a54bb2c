from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Max, OuterRef, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cen_portal.drafts import NoPlaceForDraft
from cen_portal.filters import parse_id
from cen_portal.markdown import quote
from members.decorators import member_required, secretariat_required
from members.models import MemberProfile

from . import actions
from .consolidation import draft_from_thread
from .forms import (
    ConsolidateForm,
    ModerationForm,
    MoveThreadForm,
    NewThreadForm,
    ReplyForm,
    ReportForm,
    SubscriptionForm,
)
from .models import Category, Post, PostReport, ReadMarker, Subscription, Thread, has_accepted_code_of_conduct
from .notifications import subscription_for_token

THREADS_PER_PAGE = 25
POSTS_PER_PAGE = 20


def readable_category(user, slug):
    """The category, or a 404 that does not reveal whether a private space exists."""
    return get_object_or_404(Category.objects.readable_by(user), slug=slug)


def readable_thread(user, pk, slug=None):
    threads = Thread.objects.readable_by(user).select_related("category", "author", "knowledge_item")
    thread = get_object_or_404(threads, pk=pk)
    if slug is not None and thread.category.slug != slug:
        raise Http404
    return thread


def needs_code_of_conduct(request):
    if has_accepted_code_of_conduct(request.user):
        return None
    return redirect(reverse("forums:code_of_conduct") + "?" + urlencode({"next": request.get_full_path()}))


@member_required
def index(request):
    categories = Category.objects.readable_by(request.user).annotate(
        thread_count=Count("threads", distinct=True), last_activity=Max("threads__last_posted_at")
    )
    return render(request, "forums/index.html", {"categories": categories})


@member_required
def category(request, slug):
    category = readable_category(request.user, slug)
    last_read = ReadMarker.objects.filter(user=request.user, thread=OuterRef("pk")).values("read_at")[:1]
    threads = (
        Thread.objects.readable_by(request.user)
        .filter(category=category)
        .select_related("author")
        .annotate(post_count=Count("posts"), read_at=Subquery(last_read))
        .order_by("-pinned", "-last_posted_at", "-pk")
    )
    page = Paginator(threads, THREADS_PER_PAGE).get_page(request.GET.get("page"))
    for thread in page:
        thread.unread = thread.read_at is None or thread.last_posted_at > thread.read_at
    subscription = Subscription.objects.filter(user=request.user, category=category).first()
    return render(
        request,
        "forums/category.html",
        {"category": category, "threads": page, "subscription": subscription, "subscription_form": SubscriptionForm()},
    )


@member_required
def new_thread(request, slug):
    category = readable_category(request.user, slug)
    if redirect_response := needs_code_of_conduct(request):
        return redirect_response
    form = NewThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        thread = actions.start_thread(category, request.user, form.cleaned_data["title"], form.cleaned_data["body"])
        messages.success(request, _("Your thread has been started. You will be told of replies."))
        return redirect(thread)
    return render(request, "forums/thread_form.html", {"category": category, "form": form})


@member_required
def thread(request, slug, pk):
    thread = readable_thread(request.user, pk, slug)
    posts = thread.posts.select_related("author__profile")
    if not request.user.is_secretariat:
        posts = posts.filter(hidden=False)
    paginator = Paginator(posts, POSTS_PER_PAGE)
    wanted_post = parse_id(request.GET.get("post"))
    if wanted_post:
        earlier = posts.filter(pk__lt=wanted_post).count()
        page = paginator.get_page(earlier // POSTS_PER_PAGE + 1)
    else:
        page = paginator.get_page(request.GET.get("page"))
    marker = ReadMarker.objects.filter(user=request.user, thread=thread).first()
    for post in page:
        post.unread = marker is None or post.created_at > marker.read_at
    actions.mark_read(thread, request.user)
    initial = {}
    quoted = parse_id(request.GET.get("quote"))
    if quoted:
        quoted_post = posts.filter(pk=quoted).first()
        if quoted_post:
            initial["body"] = quote(quoted_post)
    context = {
        "thread": thread,
        "category": thread.category,
        "posts": page,
        "reply_form": ReplyForm(initial=initial),
        "subscription": Subscription.objects.filter(user=request.user, thread=thread).first(),
        "subscription_form": SubscriptionForm(),
        "moderation_form": ModerationForm(),
        "move_form": MoveThreadForm(),
        "consolidate_form": ConsolidateForm(),
    }
    return render(request, "forums/thread.html", context)


@member_required
@require_POST
def reply(request, slug, pk):
    thread = readable_thread(request.user, pk, slug)
    if redirect_response := needs_code_of_conduct(request):
        return redirect_response
    if thread.locked and not request.user.is_secretariat:
        messages.error(request, _("This thread is locked: no new replies."))
        return redirect(thread)
    form = ReplyForm(request.POST)
    if form.is_valid():
        post = actions.reply(thread, request.user, form.cleaned_data["body"])
        return redirect(post.get_absolute_url())
    return render(request, "forums/reply_form.html", {"thread": thread, "form": form})


def editable_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread__category"), pk=pk)
    readable_thread(request.user, post.thread_id)
    if not post.editable_by(request.user):
        raise PermissionDenied(_("Only the author can edit a post, and not once it is hidden or its thread locked."))
    return post


@member_required
def edit_post(request, pk):
    post = editable_post(request, pk)
    form = ReplyForm(request.POST or None, instance=post)
    if request.method == "POST" and form.is_valid():
        actions.edit(post, form.cleaned_data["body"])
        messages.success(request, _("Your post has been updated."))
        return redirect(post.get_absolute_url())
    return render(request, "forums/reply_form.html", {"thread": post.thread, "form": form, "editing": post})


@member_required
def report_post(request, pk):
    post = get_object_or_404(Post.objects.select_related("thread__category"), pk=pk, hidden=False)
    readable_thread(request.user, post.thread_id)
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        actions.report(post, request.user, form.cleaned_data["reason"])
        messages.success(request, _("Thank you. The Secretariat's moderators will look at this post."))
        return redirect(post.get_absolute_url())
    return render(request, "forums/report_form.html", {"post": post, "form": form})


@member_required
def code_of_conduct(request):
    next_url = request.POST.get("next") or request.GET.get("next") or reverse("forums:index")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("forums:index")
    profile = MemberProfile.objects.filter(user=request.user).first()
    if request.method == "POST" and profile is not None:
        if request.POST.get("accept") == "yes":
            profile.code_of_conduct_accepted_at = timezone.now()
            profile.save(update_fields=["code_of_conduct_accepted_at"])
            return redirect(next_url)
        messages.error(request, _("Tick the box to accept the code of conduct."))
    return render(request, "forums/code_of_conduct.html", {"profile": profile, "next": next_url})


@member_required
def subscriptions(request):
    if request.method == "POST":
        subscription = get_object_or_404(Subscription, pk=request.POST.get("subscription"), user=request.user)
        if request.POST.get("action") == "stop":
            subscription.delete()
            messages.success(request, _("You no longer follow %(target)s.") % {"target": subscription.target})
        else:
            form = SubscriptionForm(request.POST)
            if form.is_valid():
                subscription.mode = form.cleaned_data["mode"]
                subscription.save(update_fields=["mode"])
                messages.success(request, _("Saved."))
        return redirect("forums:subscriptions")
    items = Subscription.objects.filter(user=request.user).select_related("thread", "category")
    return render(request, "forums/subscriptions.html", {"subscriptions": items, "modes": Subscription.Mode.choices})


@member_required
@require_POST
def follow(request):
    form = SubscriptionForm(request.POST)
    mode = form.cleaned_data["mode"] if form.is_valid() else Subscription.Mode.IMMEDIATE
    if request.POST.get("thread"):
        thread_id = parse_id(request.POST["thread"])
        if not thread_id:
            raise Http404
        target = readable_thread(request.user, thread_id)
        actions.follow(request.user, thread=target, mode=mode)
    else:
        target = readable_category(request.user, request.POST.get("category", ""))
        actions.follow(request.user, category=target, mode=mode)
    messages.success(request, _("You now follow %(target)s.") % {"target": target})
    return redirect(target)


def unsubscribe(request, token):
    """One click from an email, no sign-in needed: the signed link is the proof."""
    subscription = subscription_for_token(token)
    if subscription is None:
        return render(request, "forums/unsubscribe.html", {"invalid": True}, status=404)
    if request.method == "POST":
        target = str(subscription.target)
        subscription.delete()
        return render(request, "forums/unsubscribe.html", {"done": True, "target": target})
    return render(request, "forums/unsubscribe.html", {"subscription": subscription})


# Moderation ----------------------------------------------------------------------------------


@secretariat_required
def moderation(request):
    reports = (
        PostReport.objects.filter(resolved_at=None)
        .select_related("post__thread__category", "post__author", "reporter")
        .order_by("created_at")
    )
    return render(request, "forums/moderation.html", {"reports": reports, "form": ModerationForm()})


@secretariat_required
@require_POST
def moderate_post(request, pk):
    post = get_object_or_404(Post, pk=pk)
    action = request.POST.get("action")
    form = ModerationForm(request.POST)
    if action not in {"hide", "restore"} or not form.is_valid():
        messages.error(request, _("Choose an action and give a reason: both are kept in the audit trail."))
        return redirect(post.get_absolute_url())
    actions.moderate_post(post, request.user, action, form.cleaned_data["reason"])
    messages.success(request, _("Done: the post is hidden.") if post.hidden else _("Done: the post is visible."))
    return redirect(post.get_absolute_url())


@secretariat_required
@require_POST
def moderate_thread(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    action = request.POST.get("action")
    form = (MoveThreadForm if action == "move" else ModerationForm)(request.POST)
    if action not in {"lock", "unlock", "pin", "unpin", "hide", "restore", "move"} or not form.is_valid():
        messages.error(request, _("Choose an action and give a reason: both are kept in the audit trail."))
        return redirect(thread)
    actions.moderate_thread(
        thread, request.user, action, form.cleaned_data["reason"], form.cleaned_data.get("category")
    )
    messages.success(request, _("Done."))
    return redirect(thread)


@secretariat_required
@require_POST
def consolidate(request, pk):
    thread = get_object_or_404(Thread, pk=pk)
    form = ConsolidateForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whether to make a case study or a guidance note."))
        return redirect(thread)
    try:
        page = draft_from_thread(thread, request.user, form.cleaned_data["kind"])
    except NoPlaceForDraft as error:
        messages.error(request, str(error))
        return redirect(thread)
    if thread.category.is_private:
        messages.warning(
            request,
            _(
                "This draft keeps the private space's restriction: only %(group)s and the Secretariat can read it, "
                "even once published, until you change its privacy."
            )
            % {"group": thread.category.group.name},
        )
    messages.success(request, _("A draft has been started from this thread. Edit and publish it here."))
    return redirect("wagtailadmin_pages:edit", page.pk)
