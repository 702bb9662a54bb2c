"""What moderators close stays closed, and what a working group wrote stays with the group:
hidden posts and locked threads cannot be edited by their authors, a consolidated reply from a
private space keeps the group's restriction, and moving a category into a group's space takes
its threads out of other members' search at once."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import PageViewRestriction

from casestudies.models import CaseStudyPage
from forums import actions
from search import service
from search.contract import KnowledgeQuery
from tests.factories import (
    CaseStudyIndexPageFactory,
    CategoryFactory,
    PostFactory,
    ThreadFactory,
    member,
    secretariat_user,
)

pytestmark = pytest.mark.django_db


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("closed_by", ["hiding the post", "locking the thread"])
def test_an_author_cannot_edit_what_a_moderator_closed(closed_by):
    thread = ThreadFactory(category=CategoryFactory(slug="general"))
    post = PostFactory(thread=thread, body="What I first wrote.")
    if closed_by == "hiding the post":
        post.hidden = True
        post.save()
    else:
        thread.locked = True
        thread.save()
    author = signed_in(post.author)
    assert author.get(f"/en/forums/posts/{post.pk}/edit/").status_code == 403
    assert author.post(f"/en/forums/posts/{post.pk}/edit/", {"body": "Rewritten."}).status_code == 403
    post.refresh_from_db()
    assert post.body == "What I first wrote."
    moderator = signed_in(secretariat_user())
    assert moderator.post(f"/en/forums/posts/{post.pk}/edit/", {"body": "Edited by a moderator."}).status_code == 302


def test_an_author_still_edits_an_open_post():
    post = PostFactory(thread=ThreadFactory(category=CategoryFactory(slug="general")), body="Draft thought.")
    page = signed_in(post.author).get(post.thread.get_absolute_url()).content.decode()
    assert f"/en/forums/posts/{post.pk}/edit/" in page


def test_a_reply_curated_from_a_group_space_keeps_the_groups_restriction(home):
    CaseStudyIndexPageFactory(parent=home)
    group = Group.objects.create(name="Working Group on Incumbency")
    thread = ThreadFactory(category=CategoryFactory(slug="incumbency", group=group), title="Use of state resources")
    PostFactory(thread=thread, author=thread.author, body="Our notes on state vehicles in campaigns.")
    curator = signed_in(secretariat_user())
    response = curator.post(f"/en/forums/threads/{thread.pk}/consolidate/", {"kind": "case-study"}, follow=True)
    assert "keeps the private space" in response.content.decode()
    draft = CaseStudyPage.objects.get()
    restriction = PageViewRestriction.objects.get(page=draft)
    assert restriction.restriction_type == PageViewRestriction.GROUPS and group in restriction.groups.all()

    draft.latest_revision.publish()
    url = CaseStudyPage.objects.get().url
    assert Client().get(url)["Location"].startswith("/en/accounts/login/")  # asked to sign in
    assert "Use of state resources" not in signed_in(member()).get(url).content.decode()
    insider = member()
    insider.groups.add(group)
    assert "Use of state resources" in signed_in(insider).get(url).content.decode()


def test_moving_a_category_into_a_groups_space_takes_its_threads_out_of_other_members_search():
    category = CategoryFactory(slug="general", name="General exchange")
    outsider, insider = member(), member()
    actions.start_thread(category, member(), "Zelquarine ballot paper tender", "Tender notes.")
    group = Group.objects.create(name="Working Group on Vote Counting")
    insider.groups.add(group)

    def titles(user):
        results = service.search(KnowledgeQuery(text="Zelquarine"), user)
        assert results.backend == "database" and not results.fallback
        return [hit.title for hit in results.hits]

    assert titles(outsider) == ["Zelquarine ballot paper tender"]
    category.group = group
    category.save()
    assert titles(outsider) == []
    assert titles(insider) == ["Zelquarine ballot paper tender"]
