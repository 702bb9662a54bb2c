"""The demo's batch waiting for review, and the quality of the suggestions measured on the demo's
tagged items (`make suggest-eval` prints the same figures)."""

import pytest

from catalogue.evaluation import COLUMNS, evaluate
from catalogue.models import ImportBatch, ImportedFile
from catalogue.tasks import read_imported_file
from tests.demo_world import load_demo

pytestmark = pytest.mark.django_db


def test_the_demo_has_a_small_batch_waiting_for_review():
    load_demo()
    batch = ImportBatch.objects.get(name="Back catalogue sample (illustrative)")
    for file in batch.files.all():  # the load's worker ran after its commit; the test's never commits
        read_imported_file.call(file.pk)
    files = {file.name: file for file in batch.files.all()}
    assert {file.status for file in files.values()} == {ImportedFile.Status.SUGGESTED}
    kenya, revised = files["polling-day-questions-kenya.pdf"], files["polling-day-questions-kenya-revised.pdf"]
    assert [entry["value"] for entry in kenya.suggestions["countries"] if entry["ticked"]] == ["KE"]
    # Each is shown with a link to the other, whichever the reviewer opens first.
    assert (revised.similar_to_file, kenya.similar_to_file) == (kenya, revised) and revised.similarity >= 0.8
    french = files["securite-des-comptes-officiels.pdf"]
    assert french.language == "fr"
    assert [entry["value"] for entry in french.suggestions["countries"] if entry["ticked"]] == ["CM"]
    assert french.suggestions["kind"][0]["value"] == "guidance"
    assert "security-of-information" in [
        entry["value"] for entry in french.suggestions["practice_areas"] if entry["ticked"]
    ]


def test_the_suggestions_meet_their_targets_on_the_demo_items_each_held_out():
    load_demo()
    scores, (kinds_right, kinds_total), (languages_right, languages_total), held_out = evaluate()
    assert held_out >= 35
    for column in COLUMNS:
        assert scores[column].meets_targets(), (column, scores[column].precision, scores[column].recall)
    assert languages_right == languages_total > 40  # English and French versions of the items
    assert kinds_right / kinds_total >= 0.75
