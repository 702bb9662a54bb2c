"""A real ZIP of generated PDFs through the upload, the safety checks and the worker, and what the
Secretariat then sees of the batch."""

from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.documents import get_document_model

from catalogue.archive import safe_name
from catalogue.extraction import Unreadable, read_pdf
from catalogue.importing import start_batch
from catalogue.models import ImportBatch, ImportedFile
from catalogue.review import reject
from catalogue.storage import imports_collection
from tests.catalogue.conftest import (
    FRENCH_TEXT,
    KENYA_TEXT,
    encrypted_pdf,
    make_pdf,
    pdf_upload,
    scanned_pdf,
    zip_of,
)
from tests.factories import UserFactory, member

pytestmark = pytest.mark.django_db
Problem = ImportedFile.Problem


def zip_bomb_member():
    """20 MB that deflates to about 20 KB: a ratio of 1,000 to 1, and it even starts like a PDF."""
    return b"%PDF-1.4\n" + bytes(20 * 1024 * 1024)


@pytest.fixture
def batch_zip():
    english = make_pdf("Answering voters on polling day", KENYA_TEXT)
    return zip_of(
        {
            "reports/polling-day.pdf": english,
            "reports/protéger-les-comptes.pdf": make_pdf("Note d'orientation : protéger les comptes", FRENCH_TEXT),
            "locked.pdf": encrypted_pdf(make_pdf("Locked", KENYA_TEXT)),
            "scan.pdf": scanned_pdf(),
            "copies/polling-day-copy.pdf": english,
            "../escape.pdf": english,
            "bomb.pdf": zip_bomb_member(),
            "notes.txt": b"Not a PDF at all",
            "renamed.pdf": b"MZ\x90\x00 an executable called a PDF",
            "inner.zip": zip_of({"a.pdf": english}).read(),
        }
    )


def upload(client, files, manifest=None, **fields):
    data = {"files": files, **fields}
    if manifest is not None:
        data["manifest"] = manifest
    return client.post("/admin/catalogue/upload/", data)


def test_a_zip_goes_through_the_worker_and_every_file_is_accounted_for(
    library, batch_zip, client, django_capture_on_commit_callbacks
):
    client.force_login(library.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, [batch_zip], name="Observer reports 2010-2015")
    batch = ImportBatch.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/catalogue/batch/{batch.pk}/"
    files = {file.name: file for file in batch.files.all()}

    english = files["polling-day.pdf"]
    assert english.status == ImportedFile.Status.SUGGESTED
    assert (english.title, english.year, english.language, english.page_count) == (
        "Answering voters on polling day",
        2022,
        "en",
        1,
    )
    ticked = {
        column: [entry["value"] for entry in entries if entry["ticked"]]
        for column, entries in english.suggestions.items()
    }
    assert ticked["countries"] == ["KE"]
    assert ticked["emb"] == [library.iebc.pk]
    assert "responsive" in ticked["principles"] and "dedicating-staff-resources" in ticked["practice_areas"]
    kenya = next(entry for entry in english.suggestions["countries"] if entry["value"] == "KE")
    assert any("Nairobi" in sentence or "Kenyan" in sentence for sentence in kenya["evidence"])

    french = files["protéger-les-comptes.pdf"]
    assert french.status == ImportedFile.Status.SUGGESTED and french.language == "fr"
    assert [entry["value"] for entry in french.suggestions["countries"] if entry["ticked"]] == ["CM"]
    assert french.suggestions["kind"][0]["value"] == "guidance"

    expected_failures = {
        "locked.pdf": Problem.ENCRYPTED,
        "scan.pdf": Problem.NEEDS_OCR,
        "polling-day-copy.pdf": Problem.DUPLICATE,
        "../escape.pdf": Problem.UNSAFE_NAME,
        "bomb.pdf": Problem.COMPRESSION,
        "notes.txt": Problem.NOT_PDF,
        "renamed.pdf": Problem.NOT_PDF,
        "inner.zip": Problem.NESTED_ARCHIVE,
    }
    assert {name: files[name].problem for name in expected_failures} == expected_failures
    assert all(files[name].status == ImportedFile.Status.FAILED for name in expected_failures)
    assert files["polling-day-copy.pdf"].similar_to_file == english
    # Only the two readable PDFs and the two refused by the worker were kept, all privately.
    kept = get_document_model().objects.filter(collection=imports_collection())
    assert sorted(document.title for document in kept) == [
        "locked.pdf",
        "polling-day.pdf",
        "protéger-les-comptes.pdf",
        "scan.pdf",
    ]
    assert not (Path(django_settings.MEDIA_ROOT).parent / "escape.pdf").exists()

    page = client.get(f"/admin/catalogue/batch/{batch.pk}/").content.decode()
    for reason in [
        "Encrypted: needs a password (1)",
        "No text layer: needs OCR (1)",
        "Not a PDF (2)",
        "Unsafe file name in the archive (1)",
        "Compressed too much to be a document (a possible zip bomb) (1)",
        "An archive inside the archive (1)",
        "Same file as one already on the portal or in a batch (1)",
    ]:
        assert reason in page, reason
    assert f'href="/admin/catalogue/file/{english.pk}/"' in page
    assert batch.progress() | {"failures": None} == {
        "files": 10,
        "waiting": 0,
        "suggested": 2,
        "to_review": 2,
        "reviewed": 0,
        "drafted": 0,
        "failed": 8,
        "failures": None,
    }


def test_a_batch_over_the_file_limit_lists_the_rest_as_over_the_limit(
    library, settings, django_capture_on_commit_callbacks
):
    settings.IMPORT_MAX_FILES = 2
    files = [
        pdf_upload(f"{number}.pdf", make_pdf(f"Report {number}", KENYA_TEXT + [str(number)])) for number in range(3)
    ]
    with django_capture_on_commit_callbacks(execute=True):
        batch = start_batch("Three files", files)
    assert [file.problem for file in batch.files.order_by("name")] == ["", "", Problem.TOO_MANY]


def test_a_file_imported_before_is_not_imported_again_even_once_rejected(library, django_capture_on_commit_callbacks):
    content = make_pdf("Answering voters on polling day", KENYA_TEXT)
    with django_capture_on_commit_callbacks(execute=True):
        first = start_batch("First", [pdf_upload("first.pdf", content)]).files.get()
    reject(first, library.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        second = start_batch("Second", [pdf_upload("again.pdf", content)])
    again = second.files.get()
    assert again.problem == Problem.DUPLICATE and again.similar_to_file == first
    assert again.document is None


def test_a_file_already_on_the_portal_is_not_imported_again(library, django_capture_on_commit_callbacks):
    from django.core.files.base import ContentFile

    content = make_pdf("Answering voters on polling day", KENYA_TEXT)
    existing = get_document_model()(title="Published report")  # made in code: Wagtail kept no hash
    existing.file.save("published.pdf", ContentFile(content), save=False)
    existing.save()
    with django_capture_on_commit_callbacks(execute=True):
        batch = start_batch("Again", [pdf_upload("again.pdf", content)])
    again = batch.files.get()
    assert again.problem == Problem.DUPLICATE and again.similar_to_document == existing
    assert again.document is None and not get_document_model().objects.filter(collection=imports_collection()).exists()


def test_nearly_the_same_text_as_a_document_on_the_portal_is_shown_with_a_link(
    library, client, django_capture_on_commit_callbacks
):
    Document = get_document_model()
    from django.core.files.base import ContentFile

    existing = Document(title="The call centre report")
    existing.file.save(
        "call-centre.pdf", ContentFile(make_pdf("Answering voters on polling day", KENYA_TEXT)), save=False
    )
    existing.save()
    revised = make_pdf("Answering voters on polling day (revised)", KENYA_TEXT + ["A corrected edition."])
    with django_capture_on_commit_callbacks(execute=True):
        batch = start_batch("Revised", [pdf_upload("revised.pdf", revised)])
    imported = batch.files.get()
    assert imported.status == ImportedFile.Status.SUGGESTED  # not refused: a person decides
    assert imported.similar_to_document == existing and imported.similarity >= 0.8
    client.force_login(library.secretariat)
    page = client.get(f"/admin/catalogue/file/{imported.pk}/").content.decode()
    assert "Nearly the same text" in page and f"/admin/documents/edit/{existing.pk}/" in page


def test_a_zip_that_cannot_be_opened_is_refused_with_a_message_and_nothing_kept(library, client):
    client.force_login(library.secretariat)
    broken = zip_of({"a.pdf": b"%PDF-1.4"})
    broken.file.seek(0)
    broken = type(broken)("broken.zip", broken.read()[:40], content_type="application/zip")
    response = upload(client, [broken])
    assert response.status_code == 400
    assert "“broken.zip” cannot be opened as a ZIP file" in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_a_zip_of_thousands_of_entries_is_refused_whole(library, client, settings):
    settings.IMPORT_MAX_FILES = 3
    client.force_login(library.secretariat)
    response = upload(client, [zip_of({f"{number}.txt": b"x" for number in range(10)}, name="many.zip")])
    assert response.status_code == 400
    assert "“many.zip” holds 10 entries; a batch takes at most 3 files. Split it." in response.content.decode()
    assert not ImportBatch.objects.exists()


def test_only_the_secretariat_imports(library, client, batch_zip):
    assert client.get("/admin/catalogue/").status_code == 302  # to sign in
    editor = UserFactory(is_staff=True)  # may open the admin, but is not the Secretariat
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for user in (member(), editor):
        signed_in = Client()
        signed_in.force_login(user)
        for url in ("/admin/catalogue/", "/admin/catalogue/upload/"):
            assert signed_in.get(url).status_code in (302, 403), url
        assert upload(signed_in, [batch_zip]).status_code in (302, 403)
    assert not ImportBatch.objects.exists()
    client.force_login(library.secretariat)
    menu = client.get("/admin/").content.decode()
    assert "Import documents" in menu


def test_no_file_at_all_is_asked_for_again(library, client):
    client.force_login(library.secretariat)
    response = client.post("/admin/catalogue/upload/", {"name": "Empty"})
    assert response.status_code == 400
    assert "Choose a ZIP file or at least one PDF." in response.content.decode()


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_a_name_from_an_archive_is_a_plain_file_name_or_refused(name):
    safe = safe_name(name)
    if safe is not None:
        assert "/" not in safe and "\\" not in safe and safe not in ("", ".", "..")
        assert name.endswith(safe) and ".." not in name.replace("\\", "/").split("/")


def test_windows_folders_are_folders_and_their_climbs_are_refused():
    assert safe_name("reports\\2014\\a.pdf") == "a.pdf"
    assert safe_name("..\\evil.pdf") is None and safe_name("C:\\evil.pdf") is None
    assert safe_name("/etc/passwd") is None and safe_name("a/../../b.pdf") is None


def test_damaged_data_in_a_zip_is_listed_as_damaged_never_an_error(library, client, django_capture_on_commit_callbacks):
    good = make_pdf("Answering voters on polling day", KENYA_TEXT)
    archive = zip_of({"good.pdf": good, "bad.pdf": make_pdf("Another report", FRENCH_TEXT)}).read()
    # Spoil the second member's compressed bytes (after its local header), not the directory.
    start = archive.index(b"bad.pdf") + len(b"bad.pdf") + 40
    spoiled = archive[:start] + bytes(b ^ 0xFF for b in archive[start : start + 200]) + archive[start + 200 :]
    client.force_login(library.secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client, [SimpleUploadedFile("spoiled.zip", spoiled)])
    assert response.status_code == 302
    files = {file.name: file for file in ImportBatch.objects.get().files.all()}
    assert files["good.pdf"].status == ImportedFile.Status.SUGGESTED
    assert files["bad.pdf"].problem == Problem.BROKEN and files["bad.pdf"].detail


def test_a_file_that_takes_too_long_to_read_is_left_behind_and_the_worker_goes_on():
    content = make_pdf("Answering voters on polling day", KENYA_TEXT)
    assert read_pdf(content).title == "Answering voters on polling day"  # in a process of its own
    with pytest.raises(Unreadable) as slow:
        read_pdf(content, seconds=0.001)
    assert slow.value.problem == Problem.TOO_DEMANDING


def test_every_reason_the_reader_gives_is_one_the_batch_page_can_name():
    from catalogue import extraction

    reasons = {extraction.ENCRYPTED, extraction.BROKEN, extraction.NEEDS_OCR, extraction.TOO_DEMANDING}
    assert reasons <= set(Problem.values)
