"""The ask form against whatever a person may type or send: never a 500, a clear message for
what cannot be used, every field kept, and no invisible characters in what is stored."""

import datetime
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions.forms import QuestionForm
from questions.models import Question

from .conftest import make_question

pytestmark = pytest.mark.django_db

PROPERTY_SETTINGS = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
INVISIBLE = {"Cc", "Cf", "Co", "Cs"}


def valid_data(**overrides):
    return {
        "title": "Has any EMB run a rumour hotline on polling day?",
        "details": "We want to know how calls were answered.",
        "why_now": "Our election is close.",
        "deadline": (datetime.date.today() + datetime.timedelta(days=20)).isoformat(),
        "practice_areas": ["rumour-management"],
        "countries": ["GH"],
        "visibility": "members",
        **overrides,
    }


@PROPERTY_SETTINGS
@given(title=st.text(max_size=260), details=st.text(max_size=300), why_now=st.text(max_size=100))
def test_free_text_is_stored_clean_or_refused_with_a_message(network, title, details, why_now):
    form = QuestionForm(valid_data(title=title, details=details, why_now=why_now))
    if form.is_valid():
        for field in ("title", "details", "why_now"):
            value = form.cleaned_data[field]
            assert value.strip() and value == value.strip()
            assert not any(unicodedata.category(ch) in INVISIBLE and ch not in "\n\t" for ch in value)
        assert len(form.cleaned_data["title"]) <= 200
    else:
        assert set(form.errors) <= {"title", "details", "why_now"}
        assert all(str(message) for messages in form.errors.values() for message in messages)


@PROPERTY_SETTINGS
@given(
    principles=st.lists(st.text(max_size=30), max_size=4),
    areas=st.lists(st.one_of(st.just("rumour-management"), st.text(max_size=30)), max_size=4),
    countries=st.lists(st.one_of(st.just("GH"), st.text(max_size=4)), max_size=4),
    regions=st.lists(st.text(max_size=20), max_size=3),
    visibility=st.one_of(st.sampled_from(["members", "private"]), st.text(max_size=12)),
    deadline=st.one_of(st.dates().map(str), st.text(max_size=12)),
)
def test_any_tags_give_a_page_with_every_field_kept_never_an_error(
    client, network, principles, areas, countries, regions, visibility, deadline
):
    client.force_login(network.asker)
    data = valid_data(
        title="Rumour hotline canary-title",
        principles=principles,
        practice_areas=areas,
        countries=countries,
        regions=regions,
        visibility=visibility,
        deadline=deadline,
        action="send",
    )
    before = Question.objects.count()
    response = client.post("/en/ask/", data)
    assert response.status_code in (200, 302)
    if response.status_code == 200:
        page = response.content.decode()
        assert "Please correct the following" in page
        assert "Rumour hotline canary-title" in page and "We want to know how calls were answered." in page
        assert Question.objects.count() == before
    else:
        # Sent: the question carries exactly the tags chosen, each kind stored with the question.
        question = Question.objects.get(pk=response.url.strip("/").split("/")[-1])
        assert set(question.principles.values_list("slug", flat=True)) == set(principles)
        assert set(question.practice_areas.values_list("slug", flat=True)) == set(areas)
        assert set(question.countries.values_list("iso_code", flat=True)) == set(countries)
        assert set(question.regions.values_list("slug", flat=True)) == set(regions)


def test_clarifying_a_returned_question_replaces_its_tags(client, network):
    question = make_question(network, stage=Question.Stage.CLARIFY)
    client.force_login(network.asker)
    response = client.post(
        f"/en/questions/{question.pk}/clarify/",
        valid_data(
            title=question.title,
            principles=["responsive"],
            practice_areas=["account-security"],
            countries=["KE", "FJ"],
            regions=["pacific"],
        ),
    )
    assert response.status_code == 302
    question = Question.objects.get(pk=question.pk)
    assert [p.slug for p in question.principles.all()] == ["responsive"]
    assert [a.slug for a in question.practice_areas.all()] == ["account-security"]
    assert sorted(question.countries.values_list("iso_code", flat=True)) == ["FJ", "KE"]
    assert [r.slug for r in question.regions.all()] == ["pacific"]
    assert question.stage == Question.Stage.ASKED


def test_checking_first_shows_matching_items_and_keeps_the_question_unsent(client, network):
    from search.sync import request_update
    from tests.search.conftest import index_now

    from .conftest import make_question

    earlier = make_question(
        network, title="Has any EMB run a rumour hotline on polling day?", stage=Question.Stage.CLOSED
    )
    request_update(earlier.search_key)
    index_now()
    client.force_login(network.bystander)
    response = client.post("/en/ask/", valid_data(action="check"))
    page = response.content.decode()
    assert response.status_code == 200
    assert "Already in the knowledge base" in page and earlier.get_absolute_url() in page
    assert 'value="Has any EMB run a rumour hotline on polling day?"' in page
    assert Question.objects.count() == 1


def test_past_questions_a_reader_may_not_see_are_not_suggested(client, network):
    from search.sync import request_update
    from tests.search.conftest import index_now

    from .conftest import make_question

    private = make_question(
        network,
        title="Has any EMB run a rumour hotline on polling day?",
        stage=Question.Stage.CLOSED,
        visibility="private",
    )
    request_update(private.search_key)
    index_now()
    client.force_login(network.bystander)
    page = client.post("/en/ask/", valid_data(action="check")).content.decode()
    assert private.get_absolute_url() not in page
    assert "Nothing in the knowledge base or among earlier questions matches yet." in page


def test_the_ask_page_is_for_members(client, network):
    assert client.get("/en/ask/").status_code == 302
    client.force_login(network.asker)
    page = client.get("/en/ask/").content.decode()
    assert "Ask the network" in page and "Send my question" in page


def test_checking_first_lists_a_translated_item_once_in_the_pages_language(client, network, sections):
    from tests.factories import CaseStudyPageFactory
    from tests.search.bilingual_corpus import translate
    from tests.search.conftest import index_now

    english = CaseStudyPageFactory(
        parent=sections["case_studies"],
        title="A rumour hotline on polling day",
        summary="Callers reported rumours and the commission answered within the hour.",
    )
    english.save_revision().publish()
    french = translate(
        english,
        title="Une permanence téléphonique contre les rumeurs le jour du scrutin",
        summary="Les appelants signalaient les rumeurs et la commission répondait dans l'heure.",
    )
    index_now()
    client.force_login(network.bystander)
    in_english = client.post("/en/ask/", valid_data(action="check")).content.decode()
    in_french = client.post("/fr/ask/", valid_data(action="check")).content.decode()
    assert in_english.count(english.url) == 1 and french.url not in in_english
    assert in_french.count(french.url) == 1 and english.url not in in_french
