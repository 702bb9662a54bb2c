"""Anyone may suggest a correction with a source; the Secretariat accepts (the value changes,
its history is kept, the suggester is thanked) or declines with a reason; all of it audited."""

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import ModelLogEntry, PageViewRestriction

from indicators.models import Correction, IndicatorValue
from tests.factories import CaseStudyPageFactory, member, secretariat_user

pytestmark = pytest.mark.django_db

SOURCE = "https://www.pngec.example.org/annual-report-2023"


def suggest_mfa(client, network, **changes):
    data = {
        "value": "yes",
        "as_of": "2023-06-30",
        "source_url": SOURCE,
        "explanation": "Two-factor authentication was switched on for every account in 2023.",
        "email": "observer@example.org",
        **changes,
    }
    return client.post(f"/en/practice-data/emb/{network['png'].pk}/mfa-official-accounts/correct/", data)


def test_anyone_suggests_a_value_with_a_source_and_the_secretariat_hears(client, network, mailoutbox, settings):
    settings.SECRETARIAT_EMAIL = "secretariat@cen.example.org"
    response = suggest_mfa(client, network)
    assert response.status_code == 302
    correction = Correction.objects.get()
    assert correction.proposed_value == "yes" and correction.email == "observer@example.org"
    to_secretariat = mailoutbox[-1]
    assert to_secretariat.to == ["secretariat@cen.example.org"]
    assert "Recorded now: No" in to_secretariat.body and "Suggested: Yes" in to_secretariat.body


@pytest.mark.parametrize(
    "changes,message",
    [
        ({"source_url": ""}, "This field is required."),
        ({"value": "maybe"}, "Select a valid choice."),
        ({"email": "not-an-email"}, "Enter a valid email address."),
        ({"explanation": ""}, "This field is required."),
    ],
)
def test_a_suggestion_without_what_it_needs_is_explained_and_kept(client, network, changes, message):
    response = suggest_mfa(client, network, **changes)
    content = response.content.decode()
    assert response.status_code == 200 and message in content
    assert "switched on for every account" in content or changes.get("explanation") == ""
    assert not Correction.objects.exists()


def test_suggestions_are_rate_limited(client, network):
    for _ in range(5):
        assert suggest_mfa(client, network).status_code == 302
    limited = suggest_mfa(client, network)
    assert limited.status_code == 429 and "Too many suggestions" in limited.content.decode()
    assert Correction.objects.count() == 5


def secretariat_client():
    client = Client()
    client.force_login(secretariat_user())
    return client


def test_accepting_updates_the_value_keeps_history_and_thanks_the_suggester(client, network, mailoutbox):
    suggest_mfa(client, network)
    correction = Correction.objects.get()
    secretariat = secretariat_client()
    queue = secretariat.get("/en/practice-data/corrections/").content.decode()
    assert "PNG Electoral Commission" in queue and "switched on for every account" in queue
    mailoutbox.clear()
    secretariat.post(f"/en/practice-data/corrections/{correction.pk}/decide/", {"decision": "accept"})
    current = IndicatorValue.objects.current().get(emb=network["png"], indicator=network["mfa"])
    assert current.value == "yes" and current.source_url == SOURCE and str(current.as_of) == "2023-06-30"
    assert [value.value for value in current.history()] == ["yes", "no"]
    assert mailoutbox[-1].to == ["observer@example.org"] and "accepted" in mailoutbox[-1].subject
    assert ModelLogEntry.objects.filter(action="indicators.correction_accepted").exists()
    history = client.get(f"/en/practice-data/emb/{network['png'].pk}/mfa-official-accounts/history/").content.decode()
    assert (
        history.index("<td>Yes <span") < history.index("<td>No</td>")
        and f"Suggested correction #{correction.pk}" in history
    )


def test_declining_needs_a_reason_which_is_sent(client, network, mailoutbox):
    suggest_mfa(client, network)
    correction = Correction.objects.get()
    secretariat = secretariat_client()
    secretariat.post(f"/en/practice-data/corrections/{correction.pk}/decide/", {"decision": "decline"})
    assert Correction.objects.get().status == "pending"
    secretariat.post(
        f"/en/practice-data/corrections/{correction.pk}/decide/",
        {"decision": "decline", "reason": "The report describes a pilot, not every account."},
    )
    assert Correction.objects.get().status == "declined"
    assert "describes a pilot" in mailoutbox[-1].body
    assert IndicatorValue.objects.current().get(emb=network["png"], indicator=network["mfa"]).value == "no"


def test_only_the_secretariat_sees_the_queue(client, network):
    assert client.get("/en/practice-data/corrections/").status_code == 302
    client.force_login(member())
    assert client.get("/en/practice-data/corrections/").status_code == 403


def test_every_knowledge_item_offers_a_correction_and_private_ones_stay_private(client, sections, mailoutbox):
    study = CaseStudyPageFactory(parent=sections["case_studies"], title="Caretaker rules for incumbents")
    assert f"/en/practice-data/item/{study.pk}/correct/" in client.get(study.url).content.decode()
    response = client.post(
        f"/en/practice-data/item/{study.pk}/correct/",
        {"explanation": "The year is wrong: it was 2017.", "email": "reader@example.org"},
    )
    assert response.status_code == 302 and Correction.objects.get().page_id == study.pk

    private = CaseStudyPageFactory(parent=sections["case_studies"], title="Zorvantic members' briefing")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(f"/en/practice-data/item/{private.pk}/correct/").status_code == 404
    client.force_login(member())
    assert "Zorvantic" in client.get(f"/en/practice-data/item/{private.pk}/correct/").content.decode()


def test_a_value_cannot_be_true_as_of_a_date_still_to_come(client, network):
    response = suggest_mfa(client, network, as_of="2099-01-01")
    assert "A value cannot be true as of a date still to come." in response.content.decode()
    assert not Correction.objects.exists()


def test_a_decision_that_cannot_be_recorded_comes_back_with_its_text(client, network):
    suggest_mfa(client, network)
    correction = Correction.objects.get()
    reason = "The source describes a pilot. " * 40  # too long
    response = secretariat_client().post(
        f"/en/practice-data/corrections/{correction.pk}/decide/", {"decision": "decline", "reason": reason}
    )
    content = response.content.decode()
    assert response.status_code == 200 and "Ensure this value has at most 1000 characters" in content
    assert "The source describes a pilot." in content
    assert Correction.objects.get().status == "pending"


typed = st.text(max_size=80) | st.sampled_from(["", "unknown", "2099-01-01", "javascript:alert(1)", "x" * 3000, "\x00"])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.fixed_dictionaries({name: typed for name in ["value", "as_of", "source_url", "explanation", "email"]}))
def test_anything_typed_into_a_suggestion_is_answered_clearly(client, network, data):
    for url in (
        f"/en/practice-data/emb/{network['png'].pk}/new-media-staff/correct/",
        f"/en/practice-data/emb/{network['png'].pk}/official-platforms/correct/",
    ):
        response = client.post(url, data)
        assert response.status_code in {200, 302, 429}
        if response.status_code == 200:
            assert "Please correct the following" in response.content.decode()
