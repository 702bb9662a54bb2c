"""The permission matrix: five kinds of reader against everything one can do in the forums.

Readers: anonymous, a member, a member of working group A, a member of working group B,
and the Secretariat. Spaces: an open category and group A's private space."""

import pytest
from django.contrib.auth.models import Group

from forums.models import Post, Thread
from search import service
from search.contract import KnowledgeQuery
from tests.factories import CategoryFactory, PostFactory, ThreadFactory, member, secretariat_user
from tests.search.conftest import index_now, using_backend

pytestmark = pytest.mark.django_db

READERS = ["anonymous", "member", "group A member", "group B member", "secretariat"]


@pytest.fixture
def world(mailoutbox):
    group_a = Group.objects.create(name="Working Group on New Media")
    group_b = Group.objects.create(name="Working Group on Voter Registration")
    author = member()
    author.groups.add(group_a)
    open_category = CategoryFactory(name="General exchange", slug="general")
    private_category = CategoryFactory(name="New Media: private space", slug="wg-new-media", group=group_a)
    open_thread = ThreadFactory(category=open_category, title="Open question on kiosks", author=author)
    PostFactory(thread=open_thread, body="Who has tried voter kiosks?")
    private_thread = ThreadFactory(category=private_category, title="Private draft on guide update", author=author)
    PostFactory(thread=private_thread, body="Our draft checklist.")
    readers = {
        "anonymous": None,
        "member": member(),
        "group A member": member(),
        "group B member": member(),
        "secretariat": secretariat_user(),
    }
    readers["group A member"].groups.add(group_a)
    readers["group B member"].groups.add(group_b)
    for name in ["member", "group A member", "group B member", "secretariat"]:
        # Everyone follows both categories, so notifications show who is told what.
        for category in (open_category, private_category):
            category.subscriptions.create(user=readers[name])
    mailoutbox.clear()
    return {
        "readers": readers,
        "author": author,
        "spaces": {
            "open": (open_category, open_thread),
            "private": (private_category, private_thread),
        },
    }


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


# What each reader may do, space by space.
CAN_READ = {
    "open": {"anonymous": False, "member": True, "group A member": True, "group B member": True, "secretariat": True},
    "private": {
        "anonymous": False,
        "member": False,
        "group A member": True,
        "group B member": False,
        "secretariat": True,
    },
}


@pytest.mark.parametrize("space", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_read(client, world, reader, space):
    category, thread = world["spaces"][space]
    client = client_for(client, world["readers"][reader])
    for url in (category.get_absolute_url(), thread.get_absolute_url()):
        response = client.get(url)
        if reader == "anonymous":
            assert response.status_code == 302 and response["Location"].startswith("/en/accounts/login/")
        elif CAN_READ[space][reader]:
            assert response.status_code == 200
            assert thread.title in response.content.decode()
        else:
            # A private space is not even admitted to exist.
            assert response.status_code == 404


@pytest.mark.parametrize("reader", READERS)
def test_forum_index_lists_only_readable_spaces(client, world, reader):
    response = client_for(client, world["readers"][reader]).get("/en/forums/")
    if reader == "anonymous":
        assert response.status_code == 302
        return
    content = response.content.decode()
    assert "General exchange" in content
    assert ("New Media: private space" in content) is CAN_READ["private"][reader]


@pytest.mark.parametrize("space", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_start_a_thread(client, world, reader, space):
    category, _thread = world["spaces"][space]
    response = client_for(client, world["readers"][reader]).post(
        f"/en/forums/{category.slug}/new/", {"title": "A new question", "body": "Has anyone done this?"}
    )
    created = Thread.objects.filter(title="A new question").exists()
    assert created is (reader != "anonymous" and CAN_READ[space][reader])
    if not created:
        assert response.status_code in {302, 404}


@pytest.mark.parametrize("space", ["open", "private"])
@pytest.mark.parametrize("reader", READERS)
def test_reply(client, world, reader, space):
    category, thread = world["spaces"][space]
    client_for(client, world["readers"][reader]).post(
        f"/en/forums/{category.slug}/{thread.pk}/reply/", {"body": "My reply."}
    )
    replied = Post.objects.filter(thread=thread, body="My reply.").exists()
    assert replied is (reader != "anonymous" and CAN_READ[space][reader])


@pytest.mark.parametrize("reader", READERS)
def test_moderate(client, world, reader):
    _category, thread = world["spaces"]["open"]
    post = thread.posts.get()
    client = client_for(client, world["readers"][reader])
    hide = client.post(f"/en/forums/posts/{post.pk}/moderate/", {"action": "hide", "reason": "Off topic"})
    lock = client.post(f"/en/forums/threads/{thread.pk}/moderate/", {"action": "lock", "reason": "Answered"})
    queue = client.get("/en/forums/moderation/")
    post.refresh_from_db()
    thread.refresh_from_db()
    is_secretariat = reader == "secretariat"
    assert post.hidden is is_secretariat
    assert thread.locked is is_secretariat
    if reader == "anonymous":
        assert {hide.status_code, lock.status_code, queue.status_code} == {302}
    elif not is_secretariat:
        assert {hide.status_code, lock.status_code, queue.status_code} == {403}
    else:
        assert queue.status_code == 200


@pytest.mark.parametrize("reader", READERS)
@pytest.mark.parametrize("backend_name", ["database", pytest.param("engine", marks=pytest.mark.engine)])
def test_search(request, world, reader, backend_name):
    url = request.getfixturevalue("engine_url") if backend_name == "engine" else None
    with using_backend(backend_name, url):
        from search import sync

        sync.rebuild()
        index_now()
        user = world["readers"][reader]
        found = {
            hit.title for hit in service.search(KnowledgeQuery(text="draft checklist guide update kiosks"), user).hits
        }
        found |= {hit.title for hit in service.search(KnowledgeQuery(text="kiosks"), user).hits}
        found |= {hit.title for hit in service.search(KnowledgeQuery(text="draft checklist"), user).hits}
        assert ("Open question on kiosks" in found) is CAN_READ["open"][reader]
        assert ("Private draft on guide update" in found) is CAN_READ["private"][reader]
        suggestions = {s["title"] for s in service.autocomplete("private draft", user)}
        assert ("Private draft on guide update" in suggestions) is CAN_READ["private"][reader]


@pytest.mark.parametrize("space", ["open", "private"])
@pytest.mark.parametrize("reader", [r for r in READERS if r != "anonymous"])
def test_receive_notifications(client, world, mailoutbox, reader, space):
    category, thread = world["spaces"][space]
    client.force_login(world["author"])
    client.post(f"/en/forums/{category.slug}/{thread.pk}/reply/", {"body": "News for followers."})
    recipients = {address for message in mailoutbox for address in message.to}
    assert (world["readers"][reader].email in recipients) is CAN_READ[space][reader]
