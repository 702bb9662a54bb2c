"""The Secretariat curates: featured items, reading paths and lessons-learned reviews."""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import PageViewRestriction

from cen_portal.models import HomeFeaturedItem
from cen_portal.reviews import overdue_items, send_review_reminders
from cen_portal.taxonomy import PrincipleFeaturedItem
from guidance.models import GuidanceIndexPage, ReadingPathPage, ReadingPathStep
from tests.factories import CaseStudyPageFactory, KeyPrincipleFactory, member, secretariat_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def studies(sections):
    return [CaseStudyPageFactory(parent=sections["case_studies"], title=f"Study {letter}") for letter in "ABCD"]


def test_featured_items_show_on_the_home_page_in_the_chosen_order(client, home, studies):
    for order, (study, note) in enumerate([(studies[2], "Start here"), (studies[0], "Then this")]):
        HomeFeaturedItem.objects.create(home=home, page=study, note=note, sort_order=order)
    content = client.get("/en/").content.decode()
    featured = content[content.index("Featured by the Secretariat") :]
    assert featured.index("Study C") < featured.index("Study A")
    assert "Start here" in featured and "Study B" not in featured[: featured.index("</section>")]


def test_a_withdrawn_or_private_featured_item_drops_out(client, home, studies):
    HomeFeaturedItem.objects.create(home=home, page=studies[0], note="Gone", sort_order=0)
    HomeFeaturedItem.objects.create(home=home, page=studies[1], note="Private", sort_order=1)
    studies[0].unpublish()
    PageViewRestriction.objects.create(page=studies[1], restriction_type=PageViewRestriction.LOGIN)
    assert "Featured by the Secretariat" not in client.get("/en/").content.decode()


def test_each_principle_page_has_its_own_featured_items(client, sections, studies):
    principle = KeyPrincipleFactory(name="Responsive", slug="responsive")
    PrincipleFeaturedItem.objects.create(principle=principle, page=studies[3], note="How a team decides", sort_order=0)
    content = client.get("/en/principles/responsive/").content.decode()
    assert "How a team decides" in content and "Study D" in content


def test_a_reading_path_lists_its_steps_with_notes(client, home, studies):
    index = home.add_child(instance=GuidanceIndexPage(title="Guidance", slug="guidance"))
    path = ReadingPathPage(
        title="Securing official accounts",
        slug="securing",
        summary="From advice to practice.",
        steps=[
            ReadingPathStep(page=studies[1], note="Read first"),
            ReadingPathStep(page=studies[0], note="Then the recovery"),
            ReadingPathStep(page=studies[2], note="Withdrawn"),
        ],
    )
    index.add_child(instance=path)
    studies[2].unpublish()
    content = client.get(path.url).content.decode()
    assert (
        content.index("Study B")
        < content.index("Read first")
        < content.index("Study A")
        < content.index("Then the recovery")
    )
    assert "Withdrawn" not in content
    assert "Securing official accounts" in client.get(index.url).content.decode()


@pytest.fixture
def due(studies):
    today = timezone.localdate()
    studies[0].next_review = today - datetime.timedelta(days=30)
    studies[0].save()
    studies[1].next_review = today + datetime.timedelta(days=30)
    studies[1].save()
    return studies


def test_overdue_reviews_are_listed_on_the_admin_dashboard(client, due):
    assert [page.title for page in overdue_items()] == ["Study A"]
    client.force_login(secretariat_user())
    content = client.get("/admin/").content.decode()
    assert "Due for a lessons-learned review" in content
    dashboard = content[content.index("Due for a lessons-learned review") :]
    assert "Study A" in dashboard and "Study B" not in dashboard[:2000]


def test_the_weekly_email_lists_what_is_due(due, mailoutbox):
    secretariat = secretariat_user()
    member()  # not told
    assert send_review_reminders.call() == 1
    (message,) = mailoutbox
    assert message.to == [secretariat.email]
    assert "1 item due for a lessons-learned review" == message.subject.replace("[CEN Knowledge Portal] ", "")
    assert "Study A" in message.body and "Study B" not in message.body
