"""Registering for an event: one step to register or cancel, places up to the capacity and a
waiting list that moves up on its own (with an email), the organisers' list and its CSV, and the
answers to the event's question kept from everyone else and deleted after the event."""

import csv
import datetime
import io
import threading

import pytest
from django.db import connection, connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import PageViewRestriction

from networkevents.models import EventPage, Registration
from tests.factories import member, secretariat_user

from .conftest import event, restrict

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("on_today")]

QUESTION = "Do you need a visa letter?"


@pytest.fixture
def conference(sections):
    return event(
        sections, "Biennial conference", 60, registration_open=True, capacity=2, registration_question=QUESTION
    )


def register(client, person, page, answer=""):
    client.force_login(person)
    return client.post(f"{page.url}register/", {"answer": answer})


def test_a_member_registers_and_cancels_in_one_step_each(client, conference):
    person = member()
    response = register(client, person, conference, "Yes, for the UK.")
    assert response.status_code == 302
    page = client.get(conference.url).content.decode()
    assert "You are registered." in page and "Cancel my registration" in page
    client.post(f"{conference.url}cancel/")
    assert not Registration.objects.filter(member=person).exists()
    assert "Register</button>" in client.get(conference.url).content.decode()


def test_when_the_places_are_taken_the_next_wait_and_move_up_in_order_with_an_email(client, conference, mailoutbox):
    first, second, third, fourth = member(), member(), member(), member()
    for person in (first, second, third, fourth):
        register(client, person, conference)
    assert [r.member for r in Registration.objects.filter(status="waiting")] == [third, fourth]
    client.force_login(fourth)
    assert "You are number 2 on the waiting list." in client.get(conference.url).content.decode()
    client.force_login(first)
    client.post(f"{conference.url}cancel/")
    assert Registration.objects.get(member=third).status == "registered"
    assert Registration.objects.get(member=fourth).status == "waiting"
    sent = [message for message in mailoutbox if third.email in message.to]
    assert len(sent) == 1 and "A place is yours: Biennial conference" in sent[0].subject


def test_the_organiser_adding_places_moves_the_waiting_list_up(client, conference):
    people = [member() for _ in range(4)]
    for person in people:
        register(client, person, conference)
    conference = EventPage.objects.get(pk=conference.pk)
    conference.capacity = 3
    conference.save_revision().publish()
    assert [r.member for r in Registration.objects.filter(status="registered")] == people[:3]


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite's in-memory test database refuses a second writer outright; the PostgreSQL pass runs this",
)
def test_concurrent_registrations_never_take_more_places_than_there_are(transactional_db, sections):
    conference = event(sections, "Crowded workshop", 30, registration_open=True, capacity=3)
    people = [member() for _ in range(12)]
    start = threading.Barrier(len(people))

    def register_one(person):
        try:
            start.wait()
            Registration.register(EventPage.objects.get(pk=conference.pk), person)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=register_one, args=(person,)) for person in people]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    registrations = list(Registration.objects.of(conference))
    assert len(registrations) == 12
    assert sum(r.status == "registered" for r in registrations) == 3
    # The line is in the order people joined it.
    waiting = [r for r in registrations if r.status == "waiting"]
    assert waiting == sorted(waiting, key=lambda r: (r.registered_at, r.pk))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(["register", "cancel"]), st.integers(0, 5)), max_size=25))
def test_any_order_of_registrations_and_cancellations_keeps_places_full_and_the_line_in_order(sections, steps):
    conference = event(sections, f"Workshop {len(EventPage.objects.all())}", 30, registration_open=True, capacity=2)
    people = [member() for _ in range(6)]
    joined = []  # the order people (still registered or waiting) joined in
    for action, index in steps:
        person = people[index]
        mine = Registration.objects.of(conference).filter(member=person).first()
        if action == "register" and mine is None:
            Registration.register(conference, person)
            joined.append(person)
        elif action == "cancel" and mine is not None:
            mine.cancel(conference)
            joined.remove(person)
    registered = [r.member for r in Registration.objects.of(conference).filter(status="registered")]
    waiting = [r.member for r in Registration.objects.of(conference).filter(status="waiting")]
    # The first two still there hold the places (promoted ones joined earlier than those waiting).
    assert set(registered) == set(joined[:2]) and waiting == joined[2:]
    assert conference.places_left() == 2 - len(registered)


def test_a_too_long_answer_is_refused_with_the_form_back_and_the_text_kept(client, conference):
    response = register(client, member(), conference, "visa " * 300)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ensure this value has at most 1000 characters" in page and "visa visa visa" in page
    assert not Registration.objects.exists()


def test_only_members_who_may_open_the_event_register(client, conference, working_group):
    group_page, group_member = working_group
    response = client.post(f"{conference.url}register/")  # anonymous: no form token, refused
    assert response.status_code in (302, 403) and not Registration.objects.exists()
    restrict(conference, PageViewRestriction.GROUPS, [group_page.member_group])
    outsider = member()
    client.force_login(outsider)
    client.post(f"{conference.url}register/")
    assert not Registration.objects.filter(member=outsider).exists()


def test_registration_closes_when_the_event_is_cancelled_or_over(client, sections):
    past = event(sections, "Last year", -300, registration_open=True)
    cancelled = event(sections, "Called off", 30, registration_open=True, cancelled=True)
    for page in (past, cancelled):
        register(client, member(), page)
        assert "Registration is closed." in client.get(page.url).content.decode()
    assert not Registration.objects.exists()


def test_the_answers_are_for_the_organisers_only_and_their_csv_holds_every_registration(client, conference):
    register(client, member(user__first_name="Ama"), conference, "=HYPERLINK(1) visa please")
    register(client, member(user__first_name="Kofi"), conference, "")
    for reader in (member(), None):
        client.logout()
        if reader:
            client.force_login(reader)
        assert client.get(f"{conference.url}registrations/").status_code in (403, 404)
        assert client.get(f"{conference.url}registrations/csv/").status_code in (403, 404)
        assert "visa please" not in client.get(conference.url).content.decode()
    client.force_login(secretariat_user())
    assert "visa please" in client.get(f"{conference.url}registrations/").content.decode()
    rows = list(csv.reader(io.StringIO(client.get(f"{conference.url}registrations/csv/").content.decode())))
    assert rows[0] == ["name", "email", "emb", "status", "registered_at", "answer"]
    assert [row[3] for row in rows[1:]] == ["registered", "registered"]
    assert rows[1][5] == "'=HYPERLINK(1) visa please"  # never a formula in a spreadsheet


def test_answers_are_deleted_the_chosen_number_of_days_after_the_event(client, sections):
    workshop = event(
        sections, "Workshop", 5, registration_open=True, registration_question=QUESTION, answers_kept_days=10
    )
    register(client, member(), workshop, "A visa letter.")
    after = workshop.ends_at + datetime.timedelta(days=10)
    assert Registration.delete_old_answers(after - datetime.timedelta(minutes=1)) == 0
    assert Registration.delete_old_answers(after + datetime.timedelta(minutes=1)) == 1
    assert Registration.objects.get().answer == ""


def test_the_organising_working_groups_members_see_the_registrations_and_other_members_do_not(
    client, sections, working_group
):
    group_page, group_member = working_group
    workshop = event(
        sections,
        "Group workshop",
        30,
        registration_open=True,
        registration_question=QUESTION,
        organising_group=group_page,
    )
    register(client, member(), workshop, "A visa letter for Suva.")
    client.force_login(group_member)
    assert "A visa letter for Suva." in client.get(f"{workshop.url}registrations/").content.decode()
    client.force_login(member())
    assert client.get(f"{workshop.url}registrations/").status_code == 403


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(answer=st.text(max_size=1200))
def test_any_answer_registers_with_its_text_kept_or_comes_back_with_the_form(client, conference, answer):
    person = member()
    response = register(client, person, conference, answer)
    registration = Registration.objects.filter(member=person).first()
    if response.status_code == 302:
        # Kept as the form cleaned it (surrounding white space, Windows line ends).
        assert registration is not None and registration.answer == answer.replace("\r\n", "\n").strip()
    else:
        assert response.status_code == 200 and registration is None
        assert "at most 1000 characters" in response.content.decode() or "\x00" in answer


@pytest.mark.skipif(connection.vendor != "postgresql", reason="runs after the PostgreSQL-only test above")
def test_the_database_has_what_migrations_made_again_after_the_concurrency_test(transactional_db):
    # The test above commits, and pytest-django empties every table after it; the tests after
    # it on this process (the browser tests, in the last one) need the locales and the page tree.
    # Committing too, this one runs after it (pytest-django puts such tests last, in file order).
    from wagtail.models import Locale, Page, Site

    assert {"en", "fr"} <= set(Locale.objects.values_list("language_code", flat=True))
    assert Page.get_first_root_node() is not None and Site.objects.exists()
