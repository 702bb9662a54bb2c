"""The review queue: a person keeps, drops or adds tags, and a draft (never a published page) is
made with the file attached, in the right place and, once published, the right collection."""

import pytest
from django.db import transaction
from django.test import Client
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from wagtail.models import Collection, Page

from catalogue.forms import ReviewForm
from catalogue.importing import start_batch
from catalogue.models import ImportedFile
from catalogue.review import DraftRefused, create_draft, reject
from catalogue.storage import imports_collection
from tests.catalogue.conftest import FRENCH_TEXT, KENYA_TEXT, make_pdf, pdf_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(library, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        batch = start_batch(
            "Two files",
            [
                pdf_upload("polling-day.pdf", make_pdf("Answering voters on polling day", KENYA_TEXT)),
                pdf_upload("comptes.pdf", make_pdf("Note d'orientation : protéger les comptes", FRENCH_TEXT)),
            ],
        )
    return {file.name: file for file in batch.files.all()}


def review_form(client, file):
    response = client.get(f"/admin/catalogue/file/{file.pk}/")
    assert response.status_code == 200
    form = response.context["form"]
    data = {}
    for name, field in form.fields.items():
        value = form.initial.get(name, field.initial)
        if hasattr(value, "values_list"):
            value = [str(pk) for pk in value.values_list("pk", flat=True)]
        elif hasattr(value, "pk"):
            value = str(value.pk)
        elif isinstance(value, int) and name != "year":
            value = str(value)
        data[name] = "" if value is None else value
    return response, data


def test_the_review_shows_each_suggestion_with_its_evidence_and_ticks_the_confident_ones(library, imported, client):
    client.force_login(library.secretariat)
    response, data = review_form(client, imported["polling-day.pdf"])
    page = response.content.decode()
    assert "What was suggested, and why" in page
    assert "Kenya" in page and "Nairobi" in page  # the sentence behind the country
    assert data["countries"] == [str(library.kenya.pk)]
    assert data["emb"] == str(library.iebc.pk)
    assert data["destination"].startswith("case-study:")
    assert data["year"] == 2022 and data["language"] == "en"
    assert data["title"] == "Answering voters on polling day"
    assert data["summary"].startswith("Ahead of the 2022 general election")


def test_create_draft_makes_an_unpublished_page_with_the_chosen_tags_and_the_file_kept_private(
    library, imported, client
):
    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    data["principles"] = [str(library.secure.pk)]  # the reviewer's own choice, not the suggestion
    data["countries"] = [str(library.kenya.pk), str(library.ghana.pk)]
    response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""})
    assert response.status_code == 302
    file.refresh_from_db()
    assert file.status == ImportedFile.Status.DRAFTED and file.reviewed_by == library.secretariat
    page = file.draft_page.specific
    assert page.live is False and page.get_parent().pk == library.sections["case_studies"].pk
    assert (page.title, page.year, page.emb) == ("Answering voters on polling day", 2022, library.iebc)
    assert list(page.principles.all()) == [library.secure]
    assert {country.iso_code for country in page.countries.all()} == {"KE", "GH"}
    assert page.body[0].block_type == "document" and page.body[0].value["document"] == file.document
    # Until a person publishes it, only the Secretariat can open the file.
    assert file.document.collection == imports_collection()
    assert Client().get(file.document.url).status_code in (302, 403)
    page.get_latest_revision().publish()
    file.document.refresh_from_db()
    assert file.document.collection == Collection.get_first_root_node()
    assert Client().get(file.document.url).status_code == 200


def test_a_report_goes_under_the_chosen_working_group_and_its_file_into_the_groups_collection(
    library, imported, client
):
    group_collection = Collection.get_first_root_node().add_child(name="Voter information group")
    library.group.collection = group_collection
    library.group.save_revision().publish()
    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    data["destination"] = f"report:{library.group.pk}"
    assert client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""}).status_code == 302
    file.refresh_from_db()
    report = file.draft_page.specific
    assert report.get_parent().pk == library.group.pk
    assert report.publication_date.year == 2022
    assert [attached.document for attached in report.documents.all()] == [file.document]
    report.get_latest_revision().publish()
    file.document.refresh_from_db()
    assert file.document.collection == group_collection


def test_a_french_file_becomes_a_draft_in_the_french_tree_when_there_is_one(library, imported, client, home):
    from wagtail.models import Locale

    french = Locale.objects.get_or_create(language_code="fr")[0]
    guidance_fr = library.guidance.copy_for_translation(french, copy_parents=True)
    client.force_login(library.secretariat)
    file = imported["comptes.pdf"]
    _response, data = review_form(client, file)
    assert data["language"] == "fr" and data["destination"] == f"guidance:{library.guidance.pk}"
    data["summary"] = "Protéger les comptes officiels."
    assert client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""}).status_code == 302
    file.refresh_from_db()
    assert file.draft_page.get_parent().pk == guidance_fr.pk and file.draft_page.locale == french
    file.draft_page.get_latest_revision().publish()
    file.document.refresh_from_db()
    assert file.document.collection == Collection.get_first_root_node()


def test_a_second_decision_on_the_same_file_is_refused(library, imported, client):
    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    form = ReviewForm(data, imported=file)
    assert form.is_valid(), form.errors
    create_draft(file, form.cleaned_data, library.secretariat)
    with pytest.raises(DraftRefused, match="dealt with this file in the meantime"):
        create_draft(file, form.cleaned_data, library.secretariat)  # a double click, or a second reviewer
    with pytest.raises(DraftRefused, match="dealt with this file in the meantime"):
        reject(file, library.secretariat)
    file.refresh_from_db()
    assert file.document is not None and ImportedFile.objects.filter(draft_page__isnull=False).count() == 1
    # The view says so and sends the reviewer back to the batch, for a draft or a rejection.
    for action in ("create", "reject"):
        response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, action: ""})
        assert response["Location"] == f"/admin/catalogue/batch/{file.batch_id}/"


def test_a_report_needs_its_year(library, imported, client):
    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    data.update(destination=f"report:{library.group.pk}", year="")
    response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""})
    assert response.status_code == 400
    assert "A report needs the year it was published." in response.content.decode()
    # A case study stores its year in a column that takes no NULL: refused with the reason, not an error.
    data.update(destination=f"case-study:{library.sections['case_studies'].pk}")
    response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""})
    assert response.status_code == 400 and "year: This field is required." in response.content.decode()


def test_a_draft_the_page_cannot_take_re_renders_with_the_reason_and_keeps_every_choice(
    library, imported, client, home
):
    from tests.factories import InstrumentIndexPageFactory  # noqa: F401 (the section exists already)

    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    instruments = library.sections["instruments"]
    data.update(destination=f"instrument:{instruments.pk}", adopting_body="", title="A title I typed")
    response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""})
    assert response.status_code == 400
    page = response.content.decode()
    assert "The draft was not created" in page and "adopting body" in page
    assert 'value="A title I typed"' in page
    file.refresh_from_db()
    assert file.status == ImportedFile.Status.SUGGESTED and file.draft_page is None
    data["adopting_body"] = "United Nations General Assembly"
    assert client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""}).status_code == 302
    file.refresh_from_db()
    assert file.draft_page.specific.adopting_body == "United Nations General Assembly"


def test_bad_values_in_the_review_form_are_shown_and_nothing_is_made(library, imported, client):
    client.force_login(library.secretariat)
    file = imported["polling-day.pdf"]
    _response, data = review_form(client, file)
    data.update(title="", year="1066", destination="report:999999")
    response = client.post(f"/admin/catalogue/file/{file.pk}/", {**data, "create": ""})
    assert response.status_code == 400
    errors = response.context["form"].errors
    assert set(errors) == {"title", "year", "destination"}
    assert not Page.objects.filter(title="").exists()


def test_a_rejected_file_makes_nothing_and_the_next_file_is_offered(library, imported, client):
    client.force_login(library.secretariat)
    first, second = imported["comptes.pdf"], imported["polling-day.pdf"]
    response = client.post(f"/admin/catalogue/file/{first.pk}/", {"reject": ""})
    assert response["Location"] == f"/admin/catalogue/file/{second.pk}/"
    first.refresh_from_db()
    assert first.status == ImportedFile.Status.REJECTED and first.draft_page is None
    assert first.document is None  # the file is deleted; its fingerprint stays
    # Dealt with: its review page now sends the reviewer back to the batch.
    assert client.get(f"/admin/catalogue/file/{first.pk}/")["Location"] == f"/admin/catalogue/batch/{first.batch_id}/"
    assert first.batch.progress()["reviewed"] == 1


text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=300)


@hypothesis_settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=text, summary=text, year=st.text(max_size=6), destination=st.one_of(st.just("a real place"), text))
def test_whatever_a_reviewer_types_makes_a_draft_or_is_refused_with_reasons(
    library, imported, title, summary, year, destination
):
    file = imported["polling-day.pdf"]
    if destination == "a real place":
        destination = f"case-study:{library.sections['case_studies'].pk}"
    form = ReviewForm(
        {"title": title, "summary": summary, "year": year, "destination": destination, "language": "en"}, imported=file
    )
    with transaction.atomic():
        if not form.is_valid():
            assert form.errors
        else:
            try:
                page = create_draft(file, form.cleaned_data, library.secretariat)
            except DraftRefused as refused:
                assert refused.messages
            else:
                assert page.live is False and page.title == form.cleaned_data["title"]
        transaction.set_rollback(True)  # the file waits for the next example
