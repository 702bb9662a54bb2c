from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import ModelLogEntry

from cen_portal.drafts import NoPlaceForDraft
from cen_portal.filters import parse_ids
from cen_portal.uploads import keep_uploads, upload_problem
from members.decorators import member_required, secretariat_required
from search import service
from search.forms import SearchForm

from . import actions
from .dashboard import figures, open_rows, queue, write_csv
from .forms import AnswerForm, CloseForm, QuestionForm, RatingForm, RouteForm, TriageForm
from .models import AnswerAttachment, Invitation, Question
from .routing import propose_experts

MATCHES = 6


def readable_question(user, pk):
    """The question, or a 404 that does not say whether a private question exists."""
    return get_object_or_404(Question.objects.readable_by(user).select_related("asker__profile__emb"), pk=pk)


def earlier_answers(title, user):
    """Knowledge items and closed questions this reader may see that match the question, each
    once, in the language the page is read in where it is translated."""
    results = service.search(SearchForm({"q": title}).to_query(language=get_language()), user)
    results.hits = results.hits[:MATCHES]
    return results


@member_required
def ask(request):
    form = QuestionForm(request.POST or None)
    results = None
    if request.method == "POST":
        valid = form.is_valid()
        title = form.cleaned_data.get("title") if "title" in form.cleaned_data else ""
        if title:
            results = earlier_answers(title, request.user)
        if valid and request.POST.get("action") == "send":
            question = actions.ask(request.user, form)
            messages.success(
                request, _("Your question has been sent. The Secretariat will look at it within one working day.")
            )
            return redirect(question)
    return render(request, "questions/ask.html", {"form": form, "results": results})


@member_required
def question_list(request):
    questions = Question.objects.readable_by(request.user).select_related("asker")
    return render(
        request,
        "questions/question_list.html",
        {
            "asked": questions.filter(asker=request.user),
            "invited": questions.filter(invitations__expert=request.user).exclude(asker=request.user),
            "open": questions.filter(visibility=Question.Visibility.MEMBERS)
            .exclude(asker=request.user)
            .exclude(invitations__expert=request.user)[:50],
            "queue": queue() if request.user.is_secretariat else None,
        },
    )


@member_required
def detail(request, pk):
    question = readable_question(request.user, pk)
    return render(request, "questions/question.html", question_context(request, question))


def question_context(request, question, **forms):
    """What the question page shows this reader; `forms` are bound forms to show again with their errors."""
    user = request.user
    context = {
        "question": question,
        "answers": question.answers.select_related("author__profile__emb").prefetch_related("attachments__document"),
        "invitation": question.invitation_for(user),
        "can_answer": question.can_answer(user),
        "reply_visible": question.reply_readable_by(user),
        "is_asker": user.pk == question.asker_id,
        "kept": forms.get("kept", []),
    }
    if context["can_answer"]:
        context["answer_form"] = forms.get("answer_form") or AnswerForm()
    if context["is_asker"] and question.stage == Question.Stage.CLOSED and question.rated_at is None:
        context["rating_form"] = forms.get("rating_form") or RatingForm()
    if user.is_secretariat:
        context["invitations"] = question.invitations.select_related("expert__profile__emb")
        context["log_entries"] = (
            ModelLogEntry.objects.for_instance(question).select_related("user").order_by("timestamp")
        )
        if question.stage == Question.Stage.ASKED:
            context["triage_form"] = forms.get("triage_form") or TriageForm(question=question)
        if question.stage in (Question.Stage.ACCEPTED, Question.Stage.ROUTED):
            context["route_form"] = forms.get("route_form") or RouteForm(
                question=question, proposals=propose_experts(question)
            )
        if question.stage == Question.Stage.ROUTED:
            context["close_form"] = forms.get("close_form") or CloseForm(question=question)
    return context


def rerender(request, question, **forms):
    """The question page again with a form's errors, every field kept."""
    return render(request, "questions/question.html", question_context(request, question, **forms), status=400)


@member_required
def edit(request, pk):
    """The asker clarifies a returned question and sends it back to the Secretariat."""
    question = readable_question(request.user, pk)
    if question.asker_id != request.user.pk or question.stage != Question.Stage.CLARIFY:
        raise PermissionDenied(_("Only the asker can clarify a question the Secretariat returned."))
    form = QuestionForm(request.POST or None, instance=question)
    if request.method == "POST" and form.is_valid():
        form.save()
        actions.resubmit(question, request.user)
        messages.success(request, _("Thank you. Your question is back with the Secretariat."))
        return redirect(question)
    return render(request, "questions/edit.html", {"form": form, "question": question})


# What the Secretariat reads after each triage decision, and what comes next.
TRIAGE_DONE = {
    "accept": gettext_lazy("Accepted, and the asker has been told. Next: invite experts."),
    "clarify": gettext_lazy("Returned to the asker with your note. It comes back to this queue when they clarify it."),
    "decline": gettext_lazy("Declined, and the asker has been told why."),
    "merge": gettext_lazy("Merged with the earlier question, and the asker has been told where to follow it."),
}


@secretariat_required
@require_POST
def triage(request, pk):
    question = get_object_or_404(Question, pk=pk, stage=Question.Stage.ASKED)
    form = TriageForm(request.POST, question=question)
    if not form.is_valid():
        return rerender(request, question, triage_form=form)
    actions.triage(
        question,
        request.user,
        form.cleaned_data["decision"],
        form.cleaned_data["note"],
        form.cleaned_data["merge_into"],
    )
    messages.success(request, TRIAGE_DONE[form.cleaned_data["decision"]])
    if question.stage == Question.Stage.ACCEPTED:
        return redirect(question.get_absolute_url() + "#invite-experts")
    return redirect("questions:index")


@secretariat_required
@require_POST
def route(request, pk):
    question = get_object_or_404(Question, pk=pk, stage__in=[Question.Stage.ACCEPTED, Question.Stage.ROUTED])
    form = RouteForm(request.POST, question=question, proposals=propose_experts(question))
    if not form.is_valid():
        return rerender(request, question, route_form=form)
    invitations = actions.route(question, request.user, form.experts_with_reasons())
    count = len(invitations)
    messages.success(
        request,
        ngettext("%(count)s expert has been invited.", "%(count)s experts have been invited.", count)
        % {"count": count},
    )
    return redirect(question)


def respond(request, token):
    """ "I will answer" or "Not me" from the invitation email: the signed link is the proof.

    It works once, for `RESPONSE_LINK_DAYS`, while the question is with the experts. It shows
    the question's title and deadline only to the invited expert, signed in; someone else
    signed in gets nothing from it, and without signing in it records the choice and says thank
    you, nothing more."""
    invitation, response = invitation_and_response(token)
    if invitation is None:
        context = {"invalid": True, "link_days": actions.RESPONSE_LINK_DAYS}
        return render(request, "questions/respond.html", context, status=404)
    if request.user.is_authenticated and request.user.pk != invitation.expert_id:
        return render(request, "questions/respond.html", {"not_yours": True}, status=403)
    question = invitation.question
    context = {"response": response, "question_url": question.get_absolute_url()}
    if invitation.status != Invitation.Status.INVITED:
        return render(request, "questions/respond.html", {**context, "used": True}, status=410)
    if request.method == "POST":
        if not actions.respond(invitation, response):  # answered meanwhile, on the question page
            return render(request, "questions/respond.html", {**context, "used": True}, status=410)
        return render(request, "questions/respond.html", {**context, "done": True})
    # The title and the deadline only for a reader who may read the question: the invited expert, signed in.
    context["question"] = question if question.readable_by(request.user) else None
    return render(request, "questions/respond.html", context)


def invitation_and_response(token):
    """The invitation a link stands for while the question is with the experts, or (None, None)."""
    invitation, response = actions.invitation_for_token(token)
    if invitation is None or invitation.question.stage != Question.Stage.ROUTED or not invitation.expert.is_active:
        return None, None
    return invitation, response


@member_required
@require_POST
def respond_here(request, pk):
    """The same choice made on the question page by a signed-in expert, once."""
    question = readable_question(request.user, pk)
    invitation = question.invitation_for(request.user)
    response = request.POST.get("response")
    invited = invitation is not None and response in actions.RESPONSES and question.stage == Question.Stage.ROUTED
    # Once, as the page offers it: "Not me" cannot be taken back here either.
    if not invited or not actions.respond(invitation, response):
        raise PermissionDenied(_("Only an invited expert can answer this."))
    if response == "accept":
        messages.success(request, _("Thank you: the asker and the Secretariat count on your answer."))
    else:
        messages.success(request, _("Thank you for telling us. You are no longer invited to this question."))
        return redirect("questions:index")
    return redirect(question)


@member_required
@require_POST
def answer(request, pk):
    question = readable_question(request.user, pk)
    if not question.can_answer(request.user):
        raise PermissionDenied(_("Only the invited experts and the Secretariat can answer this question."))
    kept_ids = parse_ids(request.POST.getlist("kept"))
    kept = actions.kept_documents(kept_ids, request.user)
    form = AnswerForm(request.POST, request.FILES)
    valid = form.is_valid()
    uploads = form.cleaned_data.get("attachments", []) if "attachments" not in form.errors else []
    problem = upload_problem(request.user, kept, uploads)
    if problem:
        form.add_error("attachments", problem)
        valid, uploads = False, []
    kept += keep_uploads(uploads, request.user, actions.ANSWER_COLLECTION)
    if not valid:
        return rerender(request, question, answer_form=form, kept=kept)
    new_answer = actions.answer(question, request.user, form.cleaned_data["body"], kept)
    messages.success(request, _("Your answer has been posted. Thank you."))
    return redirect(new_answer.get_absolute_url())


@member_required
def attachment(request, pk, attachment_pk):
    question = readable_question(request.user, pk)
    item = get_object_or_404(
        AnswerAttachment.objects.select_related("document"), pk=attachment_pk, answer__question=question
    )
    document = item.document
    try:
        file = document.file.open("rb")
    except FileNotFoundError as error:
        raise Http404 from error
    response = FileResponse(file, as_attachment=True, filename=document.filename)
    response["Cache-Control"] = "private, no-store"
    return response


@secretariat_required
@require_POST
def close(request, pk):
    question = get_object_or_404(Question, pk=pk, stage=Question.Stage.ROUTED)
    form = CloseForm(request.POST, question=question)
    if not form.is_valid():
        return rerender(request, question, close_form=form)
    data = form.cleaned_data
    try:
        actions.close(
            question, request.user, data["reply"], data["audience"], data["asker_consent"], data["consenting_embs"]
        )
    except NoPlaceForDraft as error:
        messages.error(request, str(error))
        return redirect(question)
    if question.guidance_page_id:
        messages.success(request, _("Closed. A draft guidance note holds the reply: edit and publish it here."))
        return redirect("wagtailadmin_pages:edit", question.guidance_page_id)
    messages.success(request, _("Closed. The reply stays with the asker."))
    return redirect(question)


@member_required
@require_POST
def rate(request, pk):
    question = readable_question(request.user, pk)
    if question.asker_id != request.user.pk or question.stage != Question.Stage.CLOSED or question.rated_at:
        raise PermissionDenied(_("Only the asker rates a closed question, once."))
    form = RatingForm(request.POST)
    if not form.is_valid():
        return rerender(request, question, rating_form=form)
    actions.rate(question, form.cleaned_data["usefulness"], form.cleaned_data["comment"])
    messages.success(request, _("Thank you for your rating."))
    return redirect(question)


@secretariat_required
def dashboard(request):
    """The Secretariat's service dashboard in the Wagtail admin; `?format=csv` exports the table."""
    rows = open_rows()
    if request.GET.get("format") == "csv":
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="open-questions.csv"'
        write_csv(rows, response)
        return response
    return render(request, "questions/dashboard.html", {"rows": rows, "figures": figures()})
