"""The CSV manifest: its values win over suggestions, its mistakes are named row by row, and no
text at all makes the reader fail in any other way."""

import csv
import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from catalogue.importing import parse_manifest, start_batch
from catalogue.manifest import COLUMNS, ManifestError, read_manifest
from catalogue.models import ImportBatch
from tests.catalogue.conftest import KENYA_TEXT, make_pdf, pdf_upload

pytestmark = pytest.mark.django_db
cell = st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=30)

MANIFEST = (
    b"File,Title,Kind,Year,Countries,Principles,Practice areas,Working group\n"
    b"polling-day.pdf,Polling-day questions in Kenya,report,2021,Kenya; Ghana,secure,3.9,"
    b"Working Group on Voter Information\n"
)


def test_the_manifests_values_win_over_the_suggestions(library, client, django_capture_on_commit_callbacks):
    client.force_login(library.secretariat)
    upload = pdf_upload("polling-day.pdf", make_pdf("Answering voters on polling day", KENYA_TEXT))
    manifest = io.BytesIO(MANIFEST)
    manifest.name = "manifest.csv"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/admin/catalogue/upload/", {"files": [upload], "manifest": manifest})
    assert response.status_code == 302
    imported = ImportBatch.objects.get().files.get()
    suggestions = imported.suggestions
    assert [entry["value"] for entry in suggestions["countries"]] == ["KE", "GH"]
    assert all(entry["source"] == "manifest" for entry in suggestions["countries"])
    assert [entry["value"] for entry in suggestions["principles"]] == ["secure"]
    assert [entry["value"] for entry in suggestions["working_group"]] == [library.group.pk]
    form = client.get(f"/admin/catalogue/file/{imported.pk}/").context["form"]
    assert form.initial["title"] == "Polling-day questions in Kenya" and form.initial["year"] == 2021
    assert form.initial["destination"] == f"report:{library.group.pk}"
    assert "from the manifest" in client.get(f"/admin/catalogue/file/{imported.pk}/").content.decode()


def test_a_manifests_mistakes_are_listed_and_nothing_is_uploaded(library, client):
    client.force_login(library.secretariat)
    manifest = io.BytesIO(b"file,colour,countries\na.pdf,blue,Atlantis\n")
    manifest.name = "manifest.csv"
    upload = pdf_upload("a.pdf", make_pdf("A", KENYA_TEXT))
    response = client.post("/admin/catalogue/upload/", {"files": [upload], "manifest": manifest})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Unknown columns: colour." in page
    assert not ImportBatch.objects.exists()
    manifest = io.BytesIO(b"file,countries,year\na.pdf,Atlantis,soon\n")
    manifest.name = "manifest.csv"
    upload.seek(0)
    page = client.post("/admin/catalogue/upload/", {"files": [upload], "manifest": manifest}).content.decode()
    assert "“a.pdf”: countries “Atlantis” is not one the portal knows." in page
    assert "“a.pdf”: year “soon” is not one the portal knows." in page
    assert "choose the files again" in page
    assert not ImportBatch.objects.exists()


def test_values_are_matched_whatever_their_case_accents_or_language(library):
    rows = parse_manifest("file,countries,language,emb\nx.pdf,kenya;CAMEROUN;gh,Français,iebc\n".encode())
    assert rows == {"x.pdf": {"countries": ["KE", "CM", "GH"], "language": "fr", "emb": library.iebc.pk}}
    with pytest.raises(ManifestError, match="year “²”"):
        parse_manifest("file,year\nx.pdf,²\n".encode())


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(column=st.sampled_from(COLUMNS[1:]), value=cell)
def test_any_value_in_any_column_is_matched_or_named_as_unknown(library, column, value):
    content = io.StringIO()
    csv.writer(content).writerow(["file", column])
    csv.writer(content).writerow(["x.pdf", value])
    try:
        rows = parse_manifest(content.getvalue().encode())
    except ManifestError as error:
        assert all("“x.pdf”" in problem for problem in error.problems)
    else:
        assert set(rows) == {"x.pdf"}


def test_a_manifest_in_another_encoding_is_refused_with_what_to_do(library):
    with pytest.raises(ManifestError, match="UTF-8"):
        read_manifest("file,title\nx.pdf,Élection\n".encode("latin-1"))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=400) | st.text(max_size=400).map(str.encode))
def test_any_bytes_are_read_or_refused_with_reasons_never_an_error(content):
    try:
        manifest = read_manifest(content)
    except ManifestError as error:
        assert error.problems and all(isinstance(problem, str) and problem for problem in error.problems)
    else:
        assert all(isinstance(name, str) and name for name in manifest)


@settings(max_examples=100, deadline=None)
@given(
    columns=st.lists(st.sampled_from([column for column in COLUMNS if column != "file"]), unique=True, max_size=5),
    rows=st.lists(
        st.tuples(cell.filter(lambda name: name.strip()), st.lists(cell, min_size=5, max_size=5)), max_size=8
    ),
)
def test_what_a_spreadsheet_writes_is_read_back_as_it_was(columns, rows):
    names = set()
    unique_rows = [(name, cells) for name, cells in rows if not (name.strip() in names or names.add(name.strip()))]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["file", *columns])
    for name, cells in unique_rows:
        writer.writerow([name, *cells[: len(columns)]])
    manifest = read_manifest(buffer.getvalue().encode("utf-8"))
    expected = {
        name.strip(): {column: value.strip() for column, value in zip(columns, cells, strict=False) if value.strip()}
        for name, cells in unique_rows
    }
    assert manifest == expected


def test_the_command_imports_a_folder_with_its_manifest(library, tmp_path, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    (tmp_path / "polling-day.pdf").write_bytes(make_pdf("Answering voters on polling day", KENYA_TEXT))
    (tmp_path / "readme.txt").write_text("not imported: not a PDF or ZIP")
    (tmp_path / "manifest.csv").write_bytes(MANIFEST)
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command(
            "import_documents",
            str(tmp_path),
            manifest=str(tmp_path / "manifest.csv"),
            user=library.secretariat.email,
            stdout=out,
        )
    batch = ImportBatch.objects.get()
    assert batch.name == tmp_path.name and batch.created_by == library.secretariat
    assert [file.name for file in batch.files.all()] == ["polling-day.pdf"]
    assert "1 files, 0 not imported" in out.getvalue()


def test_the_command_refuses_a_bad_manifest_and_someone_not_allowed(library, tmp_path):
    from django.core.management import CommandError, call_command

    from tests.factories import member

    (tmp_path / "a.pdf").write_bytes(make_pdf("A", KENYA_TEXT))
    (tmp_path / "manifest.csv").write_bytes(b"title\nno file column\n")
    with pytest.raises(CommandError, match="“file” column"):
        call_command("import_documents", str(tmp_path), manifest=str(tmp_path / "manifest.csv"))
    with pytest.raises(CommandError, match="not a Secretariat member"):
        call_command("import_documents", str(tmp_path), user=member().email)
    assert not ImportBatch.objects.exists()


def test_start_batch_keeps_two_files_of_one_name_apart(library):
    content = [make_pdf("A", KENYA_TEXT), make_pdf("B", KENYA_TEXT + ["Different."])]
    batch = start_batch("Same names", [pdf_upload("report.pdf", content[0]), pdf_upload("report.pdf", content[1])])
    assert sorted(file.name for file in batch.files.all()) == ["report (2).pdf", "report.pdf"]
