"""A small batch of the back catalogue waiting for review (catalogue/), imported through the
same path as the Secretariat's uploads. Loaded once: a batch of that name is left as it is."""

from django.core.files.uploadedfile import SimpleUploadedFile

from catalogue.importing import start_batch
from catalogue.models import ImportBatch

from .datafiles import read
from .pdf import build_report_pdf


def load():
    data = read("imports")
    if ImportBatch.objects.filter(name=data["BATCH"]).exists():
        return
    files = [
        SimpleUploadedFile(document["filename"], build_report_pdf(document), content_type="application/pdf")
        for document in data["DOCUMENTS"]
    ]
    start_batch(data["BATCH"], files)
