from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect, render

from cen_portal.filters import parse_ids
from cen_portal.uploads import keep_uploads, upload_problem
from members.decorators import member_required

from .forms import SharePracticeForm
from .models import PracticeSubmission
from .sharing import PENDING_COLLECTION, NoCaseStudyListing, kept_documents, submit


@member_required
def share_practice(request):
    profile = getattr(request.user, "profile", None)
    kept_ids = parse_ids(request.POST.getlist("kept"))
    kept = kept_documents(kept_ids, request.user) if request.method == "POST" else []
    form = SharePracticeForm(request.POST or None, request.FILES or None, profile=profile)
    if request.method == "POST":
        valid = form.is_valid()
        uploads = form.cleaned_data.get("attachments", []) if "attachments" not in form.errors else []
        problem = upload_problem(request.user, kept, uploads)
        if problem:
            form.add_error("attachments", problem)
            valid, uploads = False, []
        kept += keep_uploads(uploads, request.user, PENDING_COLLECTION)
        if valid:
            try:
                page = submit(form.cleaned_data, kept, request.user)
            except NoCaseStudyListing as error:
                messages.error(request, str(error))
            else:
                return redirect("casestudies:shared", page.pk)
    return render(request, "casestudies/share_form.html", {"form": form, "kept": kept})


@member_required
def shared(request, pk):
    submission = get_object_or_404(PracticeSubmission, page_id=pk, submitter=request.user)
    return render(request, "casestudies/share_done.html", {"submission": submission, "page": submission.page})
