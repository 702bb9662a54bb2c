"""Reports, the moderation queue and the Secretariat's actions, each logged with a reason;
consolidated replies curated from a thread."""

import pytest
from wagtail.models import ModelLogEntry

from casestudies.models import CaseStudyPage
from forums.models import PostReport
from guidance.models import GuidancePage
from tests.factories import (
    CaseStudyIndexPageFactory,
    CategoryFactory,
    PostFactory,
    ThreadFactory,
    member,
    secretariat_user,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def thread():
    thread = ThreadFactory(category=CategoryFactory(slug="general"), title="Polling kiosks")
    PostFactory(thread=thread, author=thread.author, body="Kiosks worked well for us.")
    PostFactory(thread=thread, body="Rude remark about another EMB.")
    return thread


def test_a_member_reports_a_post_into_the_queue(client, thread):
    post = thread.posts.last()
    client.force_login(member())
    empty = client.post(f"/en/forums/posts/{post.pk}/report/", {"reason": ""})
    assert "This field is required." in empty.content.decode()
    client.post(f"/en/forums/posts/{post.pk}/report/", {"reason": "Personal attack"})
    assert PostReport.objects.get().reason == "Personal attack"

    client.force_login(secretariat_user())
    queue = client.get("/en/forums/moderation/").content.decode()
    assert "Personal attack" in queue and "Rude remark" in queue


def test_hiding_needs_a_reason_and_is_logged(client, thread):
    post = thread.posts.last()
    PostReport.objects.create(post=post, reporter=member(), reason="Personal attack")
    moderator = secretariat_user()
    client.force_login(moderator)
    client.post(f"/en/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": ""})
    post.refresh_from_db()
    assert not post.hidden

    client.post(f"/en/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": "Breaks rule 5"})
    post.refresh_from_db()
    assert post.hidden
    report = PostReport.objects.get()
    assert report.resolved_by == moderator and "Breaks rule 5" in report.resolution
    entry = ModelLogEntry.objects.get(action="forums.post_hide")
    assert entry.user == moderator and entry.data["reason"] == "Breaks rule 5"

    client.force_login(member())
    assert "Rude remark" not in client.get(thread.get_absolute_url()).content.decode()

    client.force_login(moderator)
    client.post(f"/en/forums/posts/{post.pk}/moderate/", {"action": "restore", "reason": "Apology given"})
    post.refresh_from_db()
    assert not post.hidden and ModelLogEntry.objects.filter(action="forums.post_restore").exists()


@pytest.mark.parametrize(
    "action,field,value", [("lock", "locked", True), ("pin", "pinned", True), ("hide", "hidden", True)]
)
def test_thread_actions(client, thread, action, field, value):
    client.force_login(secretariat_user())
    client.post(f"/en/forums/threads/{thread.pk}/moderate/", {"action": action, "reason": "Tidying up"})
    thread.refresh_from_db()
    assert getattr(thread, field) is value
    assert ModelLogEntry.objects.get(action=f"forums.thread_{action}").data["reason"] == "Tidying up"


def test_moving_a_thread_records_where_from_and_to(client, thread):
    destination = CategoryFactory(name="Election day and results", slug="election-day")
    client.force_login(secretariat_user())
    client.post(
        f"/en/forums/threads/{thread.pk}/moderate/",
        {"action": "move", "reason": "Better fit", "category": destination.pk},
    )
    thread.refresh_from_db()
    assert thread.category == destination
    data = ModelLogEntry.objects.get(action="forums.thread_move").data
    assert data["destination"] == "Election day and results"


def test_a_hidden_thread_disappears_for_members(client, thread):
    client.force_login(secretariat_user())
    client.post(f"/en/forums/threads/{thread.pk}/moderate/", {"action": "hide", "reason": "Spam"})
    client.force_login(member())
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert "Polling kiosks" not in client.get("/en/forums/general/").content.decode()


@pytest.mark.parametrize("kind,model", [("case-study", CaseStudyPage), ("guidance", GuidancePage)])
def test_a_curator_starts_a_consolidated_reply(client, thread, home, kind, model):
    from tests.factories import PortalPageFactory  # noqa: F401

    CaseStudyIndexPageFactory(parent=home)
    from guidance.models import GuidanceIndexPage

    home.add_child(instance=GuidanceIndexPage(title="Guidance", slug="guidance"))
    curator = secretariat_user()
    client.force_login(curator)
    response = client.post(f"/en/forums/threads/{thread.pk}/consolidate/", {"kind": kind})
    draft = model.objects.get()
    assert response["Location"] == f"/admin/pages/{draft.pk}/edit/"
    assert not draft.live and draft.title == "Polling kiosks"
    assert "Kiosks worked well for us." in draft.summary
    blocks = [block.block_type for block in draft.latest_revision.as_object().body]
    assert blocks[:2] == ["heading", "paragraph"]
    thread.refresh_from_db()
    assert thread.knowledge_item_id == draft.pk
    assert client.get(response["Location"]).status_code == 200

    draft.latest_revision.publish()
    page_url = model.objects.get().url
    assert "Curated from a members' forum discussion" in client.get(page_url).content.decode()
    client.logout()
    public = client.get(page_url).content.decode()
    assert "Polling kiosks" in public  # the title, of course
    assert "Curated from a members" not in public and thread.get_absolute_url() not in public
    client.force_login(member())
    assert "Curated from a members' forum discussion" in client.get(page_url).content.decode()
    assert "The Secretariat has curated this discussion" in client.get(thread.get_absolute_url()).content.decode()


def test_members_cannot_start_consolidated_replies(client, thread):
    client.force_login(member())
    assert client.post(f"/en/forums/threads/{thread.pk}/consolidate/", {"kind": "case-study"}).status_code == 403
