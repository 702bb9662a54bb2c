"""Writing in the forums: Markdown made safe, the code of conduct first, edits, quotes,
locks, pagination and unread markers."""

import pytest

from forums.models import Post, ReadMarker, Thread
from search.models import KnowledgeItem
from tests.factories import CategoryFactory, MemberProfileFactory, PostFactory, ThreadFactory, member
from tests.search.conftest import index_now

pytestmark = pytest.mark.django_db


@pytest.fixture
def category():
    return CategoryFactory(name="General exchange", slug="general")


@pytest.fixture
def writer(client):
    person = member()
    client.force_login(person)
    return person


def start(client, category, body, title="A question"):
    return client.post(f"/en/forums/{category.slug}/new/", {"title": title, "body": body})


@pytest.mark.parametrize(
    "body,absent,present",
    [
        ("<script>alert('x')</script> hello", "<script>", "&lt;script&gt;"),
        ("[click](javascript:alert(1))", 'href="javascript', "[click](javascript:alert(1))"),
        ('<img src=x onerror="alert(1)">', "<img", "&lt;img"),
        ("<a href='https://evil.example' style='position:fixed'>x</a>", "<a href='https://evil", "&lt;a href"),
        (
            "[ok](https://www.elections.example)",
            "javascript",
            'href="https://www.elections.example" rel="nofollow noopener ugc"',
        ),
        ("Hidden \u202etxet desrever\u202c and zero\u200bwidth", "\u202e", "zerowidth"),
        ("**bold** and > a quote", "<script", "<strong>bold</strong>"),
    ],
)
def test_hostile_posts_render_inert(client, category, writer, body, absent, present):
    start(client, category, body)
    thread = Thread.objects.get()
    content = client.get(thread.get_absolute_url()).content.decode()
    post_html = content[content.index('class="post__body"') : content.index("</article>")]
    assert absent not in post_html
    assert present in post_html


def test_a_huge_post_is_refused_with_a_clear_message_and_kept(client, category, writer):
    response = start(client, category, "word " * 5000)
    assert response.status_code == 200
    assert "Keep a post under 20000 characters (this one has 24999)" in response.content.decode()
    assert "word word" in response.content.decode()
    assert not Thread.objects.exists()


@pytest.mark.parametrize("body", ["", "   ", "\u200b\u200b"])
def test_an_empty_post_is_refused(client, category, writer, body):
    response = start(client, category, body)
    assert "Write a message." in response.content.decode()
    assert not Thread.objects.exists()


def test_the_code_of_conduct_comes_before_a_first_post(client, category):
    newcomer = MemberProfileFactory(code_of_conduct_accepted_at=None).user
    client.force_login(newcomer)
    response = client.get(f"/en/forums/{category.slug}/new/")
    assert response.status_code == 302
    assert response["Location"].startswith("/en/forums/code-of-conduct/?next=")
    page = client.get(response["Location"])
    assert "3.7" in page.content.decode()
    refused = client.post("/en/forums/code-of-conduct/", {"next": f"/en/forums/{category.slug}/new/"})
    assert "Tick the box" in refused.content.decode()
    accepted = client.post("/en/forums/code-of-conduct/", {"accept": "yes", "next": f"/en/forums/{category.slug}/new/"})
    assert accepted["Location"] == f"/en/forums/{category.slug}/new/"
    assert client.get(f"/en/forums/{category.slug}/new/").status_code == 200
    offsite = client.post("/en/forums/code-of-conduct/", {"accept": "yes", "next": "https://evil.example/"})
    assert offsite["Location"] == "/en/forums/"


def test_an_edited_post_says_so(client, category, writer):
    thread = ThreadFactory(category=category, author=writer)
    post = PostFactory(thread=thread, author=writer, body="First version")
    client.post(f"/en/forums/posts/{post.pk}/edit/", {"body": "Second version"})
    content = client.get(thread.get_absolute_url()).content.decode()
    assert "Second version" in content and "edited " in content


def test_only_the_author_edits(client, category, writer):
    post = PostFactory(thread=ThreadFactory(category=category))
    assert client.post(f"/en/forums/posts/{post.pk}/edit/", {"body": "Hijack"}).status_code == 403
    post.refresh_from_db()
    assert post.body != "Hijack"


def test_quoting_prefills_the_reply(client, category, writer):
    other = MemberProfileFactory(handle="ana-vuki").user
    thread = ThreadFactory(category=category, author=other)
    post = PostFactory(thread=thread, author=other, body="We used SMS.\nIt worked.")
    content = client.get(f"{thread.get_absolute_url()}?quote={post.pk}").content.decode()
    assert "@ana-vuki wrote:\n\n&gt; We used SMS.\n&gt; It worked." in content


def test_a_locked_thread_takes_no_replies(client, category, writer):
    thread = ThreadFactory(category=category, locked=True)
    PostFactory(thread=thread)
    response = client.post(f"/en/forums/{category.slug}/{thread.pk}/reply/", {"body": "Late"}, follow=True)
    assert "This thread is locked" in response.content.decode()
    assert not Post.objects.filter(body="Late").exists()


def test_threads_and_posts_are_paginated(client, category, writer):
    thread = ThreadFactory(category=category)
    for number in range(45):
        PostFactory(thread=thread, body=f"Post number {number}")
    last = client.get(f"{thread.get_absolute_url()}?page=3").content.decode()
    assert "Post number 44" in last and "Post number 0" not in last
    linked = client.get(f"{thread.get_absolute_url()}?post={thread.posts.order_by('pk')[25].pk}").content.decode()
    assert "Post number 25" in linked and "Page 2 of 3" in linked
    assert client.get(f"{thread.get_absolute_url()}?page=999").status_code == 200


def test_unread_markers_clear_once_read(client, category, writer):
    thread = ThreadFactory(category=category, title="Polling kiosks")
    PostFactory(thread=thread)
    assert "New posts" in client.get(category.get_absolute_url()).content.decode()
    client.get(thread.get_absolute_url())
    assert ReadMarker.objects.filter(user=writer, thread=thread).exists()
    assert "New posts" not in client.get(category.get_absolute_url()).content.decode()
    other = member()
    client.force_login(other)
    client.post(f"/en/forums/{category.slug}/{thread.pk}/reply/", {"body": "A new reply"})
    client.force_login(writer)
    assert "New posts" in client.get(category.get_absolute_url()).content.decode()


def test_mentions_are_marked_and_linked_to_members(client, category, writer):
    mentioned = MemberProfileFactory(handle="ana-vuki").user
    start(client, category, "Thanks @ana-vuki and @nobody-here")
    post = Post.objects.get()
    assert list(post.mentions.all()) == [mentioned]
    assert "<strong>@ana-vuki</strong>" in post.body_html


def test_a_thread_started_in_french_is_indexed_as_french(client, category, writer):
    response = client.post(
        f"/fr/forums/{category.slug}/new/", {"title": "Les listes électorales", "body": "Qui a audité ?"}
    )
    assert response["Location"].startswith("/fr/forums/")
    client.post(f"/en/forums/{category.slug}/new/", {"title": "Voter lists", "body": "Who audited theirs?"})
    languages = dict(Thread.objects.values_list("title", "language"))
    assert languages == {"Les listes électorales": "fr", "Voter lists": "en"}
    index_now()
    indexed = {item.title: item.language for item in KnowledgeItem.objects.filter(kind="forum-thread")}
    assert indexed == languages
