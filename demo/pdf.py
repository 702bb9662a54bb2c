"""Make the demo reports' PDFs at load time, so their text is real and searchable."""

from django.core.files.base import ContentFile
from fpdf import FPDF
from wagtail.documents import get_document_model


def write_block(pdf, height, text):
    pdf.multi_cell(0, height, text, new_x="LMARGIN", new_y="NEXT")


def build_report_pdf(pdf_data):
    """A simple A4 PDF with the report's title and sections; returns its bytes."""
    pdf = FPDF(format="A4")
    pdf.set_title(pdf_data["title"])
    pdf.set_author("Commonwealth Electoral Network (demo content)")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    write_block(pdf, 8, pdf_data["title"])
    pdf.ln(2)
    pdf.set_font("Helvetica", "I", 9)
    write_block(pdf, 5, "Illustrative demo document made for the CEN Knowledge Portal.")
    for section in pdf_data["sections"]:
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 12)
        write_block(pdf, 7, section["heading"])
        pdf.set_font("Helvetica", "", 11)
        for paragraph in section["paragraphs"]:
            write_block(pdf, 5.5, paragraph)
            pdf.ln(1.5)
    return bytes(pdf.output())


def store_report_document(collection, pdf_data, content):
    """The report's PDF as a Wagtail document in its working group's collection (reused if present)."""
    Document = get_document_model()
    document = Document.objects.filter(collection=collection, title=pdf_data["title"]).first()
    if document is None:
        document = Document(title=pdf_data["title"], collection=collection)
        document.file.save(pdf_data["filename"], ContentFile(content), save=False)
        document.file_size = len(content)
        document.save()
    return document
