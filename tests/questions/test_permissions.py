"""The permission matrix for questions: six kinds of reader against everything one can do,
for a question open to all members and a private one (Secretariat and invited experts only).

Readers: anonymous; a member with no part in the question; the asker; the invited expert;
another member (an expert invited to a different question); the Secretariat."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from cen_portal.uploads import keep_uploads
from questions import actions
from questions.models import Answer, Invitation, Question
from search.forms import SearchForm
from search.service import search
from search.sync import request_update
from tests.search.conftest import index_now

from .conftest import answer, invite, make_question

pytestmark = pytest.mark.django_db

READERS = ["anonymous", "member", "asker", "invited expert", "other member", "secretariat"]
EVERYONE_SIGNED_IN = set(READERS) - {"anonymous"}
SECRETARIAT_ONLY = {"secretariat"}

CAN = {
    "read": {
        "open": EVERYONE_SIGNED_IN,
        "private": {"asker", "invited expert", "secretariat"},
    },
    "answer": {"open": {"invited expert", "secretariat"}, "private": {"invited expert", "secretariat"}},
    "triage": {"open": SECRETARIAT_ONLY, "private": SECRETARIAT_ONLY},
    "route": {"open": SECRETARIAT_ONLY, "private": SECRETARIAT_ONLY},
    "consolidate": {"open": SECRETARIAT_ONLY, "private": SECRETARIAT_ONLY},
    "see on the dashboard": {"open": SECRETARIAT_ONLY, "private": SECRETARIAT_ONLY},
    "find in search": {
        "open": EVERYONE_SIGNED_IN,
        "private": {"asker", "invited expert", "secretariat"},
    },
}


@pytest.fixture
def world(network):
    other = make_question(network, title="A different question", asker=network.bystander, visibility="private")
    other.stage = Question.Stage.ROUTED
    other.save()
    other_member = network.country_expert
    invite(other, other_member)
    questions = {}
    for visibility in ("open", "private"):
        question = make_question(
            network,
            title=f"Canary {visibility} question on polling-day rumours",
            visibility="members" if visibility == "open" else "private",
            stage=Question.Stage.ROUTED,
        )
        invite(question, network.expert)
        first = answer(question, network.expert, body=f"Canary {visibility} answer.")
        [document] = keep_uploads(
            [SimpleUploadedFile("evidence.pdf", b"%PDF-1.4 canary", content_type="application/pdf")],
            network.expert,
            actions.ANSWER_COLLECTION,
        )
        first.attachments.create(document=document)
        questions[visibility] = question
    readers = {
        "anonymous": None,
        "member": network.bystander,
        "asker": network.asker,
        "invited expert": network.expert,
        "other member": other_member,
        "secretariat": network.secretariat,
    }
    return {"readers": readers, "questions": questions, "network": network}


def as_reader(client, world, reader):
    user = world["readers"][reader]
    if user is not None:
        client.force_login(user)
    return client


def refused(response):
    """Anonymous readers are sent to sign in; members get 403, or 404 for what they may not know exists."""
    if response.status_code == 302:
        return "/en/accounts/login/" in response.url
    return response.status_code in (403, 404)


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_read(client, world, reader, visibility):
    question = world["questions"][visibility]
    client = as_reader(client, world, reader)
    attachment = question.answers.get().attachments.get()
    page = client.get(question.get_absolute_url())
    download = client.get(attachment.get_absolute_url())
    if reader in CAN["read"][visibility]:
        assert page.status_code == 200 and f"Canary {visibility} answer." in page.content.decode()
        assert download.status_code == 200 and b"".join(download.streaming_content).startswith(b"%PDF")
        assert download["Cache-Control"] == "private, no-store"
    else:
        assert refused(page) and refused(download)
        assert "Canary" not in page.content.decode()
    # The attachment's document is never open to anyone through Wagtail's own document URL but the Secretariat.
    wagtail_url = attachment.document.url
    response = client.get(wagtail_url)
    assert (response.status_code == 200) is (reader == "secretariat")


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_answer(client, world, reader, visibility):
    question = world["questions"][visibility]
    client = as_reader(client, world, reader)
    response = client.post(f"/en/questions/{question.pk}/answer/", {"body": "A new answer."})
    added = Answer.objects.filter(question=question, body="A new answer.").exists()
    if reader in CAN["answer"][visibility]:
        assert response.status_code == 302 and added
    else:
        assert refused(response) and not added


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_triage(client, world, reader, visibility):
    network = world["network"]
    question = make_question(network, visibility="members" if visibility == "open" else "private")
    client = as_reader(client, world, reader)
    response = client.post(f"/en/questions/{question.pk}/triage/", {"decision": "accept"})
    question.refresh_from_db()
    if reader in CAN["triage"][visibility]:
        assert response.status_code == 302 and question.stage == Question.Stage.ACCEPTED
    else:
        assert refused(response) and question.stage == Question.Stage.ASKED


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_route(client, world, reader, visibility):
    question = world["questions"][visibility]
    bystander = world["network"].bystander
    client = as_reader(client, world, reader)
    response = client.post(f"/en/questions/{question.pk}/route/", {"others": [str(bystander.pk)]})
    invited = Invitation.objects.filter(question=question, expert=bystander).exists()
    if reader in CAN["route"][visibility]:
        assert response.status_code == 302 and invited
    else:
        assert refused(response) and not invited


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_consolidate(client, world, reader, visibility):
    question = world["questions"][visibility]
    client = as_reader(client, world, reader)
    response = client.post(f"/en/questions/{question.pk}/close/", {"reply": "Consolidated.", "audience": "asker"})
    question.refresh_from_db()
    if reader in CAN["consolidate"][visibility]:
        assert response.status_code == 302 and question.stage == Question.Stage.CLOSED
    else:
        assert refused(response) and question.stage == Question.Stage.ROUTED


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_see_on_the_dashboard(client, world, reader, visibility):
    question = world["questions"][visibility]
    client = as_reader(client, world, reader)
    for url in ("/admin/questions/dashboard/", "/admin/questions/dashboard/?format=csv"):
        response = client.get(url)
        if reader in CAN["see on the dashboard"][visibility]:
            assert response.status_code == 200
            assert question.title in response.content.decode()
        else:
            assert response.status_code in (302, 403)
            assert question.title not in response.content.decode()


@pytest.mark.parametrize("visibility", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_find_in_search(client, world, backend, reader, visibility):
    question = world["questions"][visibility]
    question.stage = Question.Stage.CLOSED
    question.save()
    request_update(question.search_key)
    index_now()
    user = world["readers"][reader]
    for text in (f"canary {visibility}", "polling-day rumours"):
        results = search(SearchForm({"q": text}).to_query(), user)
        assert results.backend == backend
        assert (question.search_key in [hit.key for hit in results.hits]) is (
            reader in CAN["find in search"][visibility]
        )
    # The search page says the same.
    client = as_reader(client, world, reader)
    page = client.get("/en/search/", {"q": f"canary {visibility}"}).content.decode()
    assert (question.title in page) is (reader in CAN["find in search"][visibility])
