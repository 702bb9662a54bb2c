"""The Secretariat's import screens in the Wagtail admin: batches, upload, a batch's files, and
the review of one file."""

from functools import wraps

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages

from .archive import ArchiveRefused
from .forms import ReviewForm, UploadForm
from .importing import parse_manifest, start_batch
from .manifest import ManifestError
from .models import ImportBatch, ImportedFile
from .review import DraftRefused, create_draft, reject

PERMISSION = "catalogue.import_documents"
SUGGESTION_COLUMNS = (
    ("kind", gettext_lazy("Kind")),
    ("working_group", gettext_lazy("Working group")),
    ("countries", gettext_lazy("Countries")),
    ("emb", gettext_lazy("Election management body")),
    ("principles", gettext_lazy("Key principles")),
    ("practice_areas", gettext_lazy("Good-practice areas")),
)


def may_import(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.has_perm(PERMISSION):
            raise PermissionDenied(_("Only the Secretariat imports documents."))
        return view(request, *args, **kwargs)

    return wrapper


@may_import
def batches(request):
    rows = [(batch, batch.progress()) for batch in ImportBatch.objects.select_related("created_by")[:100]]
    return render(request, "catalogue/batches.html", {"rows": rows})


@may_import
def upload(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        batch = None
        try:
            manifest = form.cleaned_data["manifest"]
            rows = parse_manifest(manifest.read()) if manifest else {}
            files = form.cleaned_data["files"]
            name = form.cleaned_data["name"] or files[0].name
            batch = start_batch(name, files, request.user, rows)
        except ManifestError as error:
            for problem in error.problems:
                form.add_error("manifest", problem)
        except ArchiveRefused as refused:
            form.add_error("files", str(refused))
        if batch is not None:
            progress = batch.progress()
            messages.success(
                request,
                _("%(files)s files received: %(kept)s are being read, %(failed)s were not imported (listed below).")
                % {
                    "files": progress["files"],
                    "kept": progress["files"] - progress["failed"],
                    "failed": progress["failed"],
                },
            )
            return redirect("catalogue:batch", batch.pk)
    limits = {"files": settings.IMPORT_MAX_FILES, "size": filesizeformat(settings.IMPORT_MAX_BATCH_BYTES)}
    context = {"form": form, "limits": limits}
    return render(request, "catalogue/upload.html", context, status=400 if form.errors else 200)


@may_import
def batch(request, pk):
    batch = get_object_or_404(ImportBatch, pk=pk)
    files = batch.files.select_related("similar_to_file", "similar_to_document", "draft_page")
    return render(request, "catalogue/batch.html", {"batch": batch, "progress": batch.progress(), "files": files})


@may_import
def review(request, pk):
    imported = get_object_or_404(ImportedFile.objects.select_related("batch", "document"), pk=pk)
    if imported.status != ImportedFile.Status.SUGGESTED:
        messages.info(request, _("“%(name)s” has been dealt with already.") % {"name": imported.name})
        return redirect("catalogue:batch", imported.batch_id)
    form = ReviewForm(request.POST or None, imported=imported)
    if request.method == "POST" and "reject" in request.POST:
        try:
            reject(imported, request.user)
        except DraftRefused as refused:  # someone else decided a moment before
            messages.error(request, " ".join(refused.messages))
            return redirect("catalogue:batch", imported.batch_id)
        messages.success(request, _("“%(name)s” was rejected: nothing was made from it.") % {"name": imported.name})
        return next_in_batch(imported)
    if request.method == "POST" and form.is_valid():
        try:
            page = create_draft(imported, form.cleaned_data, request.user)
        except DraftRefused as refused:
            for message in refused.messages:
                form.add_error(None, message)
        else:
            messages.success(
                request,
                _("Draft “%(title)s” created. It is not published: edit it, then publish or submit it for review.")
                % {"title": page.title},
                buttons=[messages.button(reverse("wagtailadmin_pages:edit", args=[page.pk]), _("Edit the draft"))],
            )
            return next_in_batch(imported)
    evidence = [
        (label, imported.suggestions.get(column, []))
        for column, label in SUGGESTION_COLUMNS
        if imported.suggestions.get(column)
    ]
    context = {"imported": imported, "form": form, "evidence": evidence}
    return render(request, "catalogue/review.html", context, status=400 if form.errors else 200)


def next_in_batch(imported):
    waiting = imported.batch.files.filter(status=ImportedFile.Status.SUGGESTED).first()
    if waiting:
        return redirect("catalogue:review", waiting.pk)
    return redirect("catalogue:batch", imported.batch_id)
