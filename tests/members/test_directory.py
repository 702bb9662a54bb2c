import pytest

from cen_portal.taxonomy import PracticeArea
from tests.factories import CountryFactory, ElectionManagementBodyFactory, MemberProfileFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    fiji = ElectionManagementBodyFactory(
        name="Fijian Elections Office", country=CountryFactory(iso_code="FJ", name="Fiji")
    )
    ghana = ElectionManagementBodyFactory(
        name="Electoral Commission of Ghana", country=CountryFactory(iso_code="GH", name="Ghana")
    )
    security = PracticeArea.objects.create(number="3.9", title="Security of information", slug="security", summary="s")
    ana = MemberProfileFactory(
        user=UserFactory(first_name="Ana", last_name="Vuki"), emb=fiji, job_title="Press officer"
    )
    ana.expertise.add(security)
    kofi = MemberProfileFactory(user=UserFactory(first_name="Kofi", last_name="Mensah"), emb=ghana)
    return {"ana": ana, "kofi": kofi, "security": security}


def names(response):
    return [profile.user.first_name for profile in response.context["profiles"]]


def test_only_members_see_the_directory(client, people):
    assert client.get("/en/members/directory/").status_code == 302
    client.force_login(UserFactory())  # signed in but never admitted
    assert client.get("/en/members/directory/").status_code == 403


@pytest.mark.parametrize(
    "query,expected",
    [
        ({}, ["Kofi", "Ana"]),
        ({"country": "FJ"}, ["Ana"]),
        ({"expertise": "security"}, ["Ana"]),
        ({"q": "mensah"}, ["Kofi"]),
        ({"country": "ZZ"}, ["Kofi", "Ana"]),
    ],
)
def test_find_a_counterpart(client, people, query, expected):
    client.force_login(people["kofi"].user)
    response = client.get("/en/members/directory/", query)
    assert response.status_code == 200
    assert sorted(names(response)) == sorted(expected)


def test_members_edit_their_profile_and_see_errors(client, people):
    client.force_login(people["ana"].user)
    bad = client.post("/en/members/profile/", {"first_name": "", "last_name": "Vuki", "emb": people["ana"].emb.pk})
    assert "This field is required." in bad.content.decode()
    client.post(
        "/en/members/profile/",
        {
            "first_name": "Ana",
            "last_name": "Vuki",
            "emb": people["ana"].emb.pk,
            "job_title": "Head of outreach",
            "languages": ["en", "fr"],
        },
    )
    people["ana"].refresh_from_db()
    assert people["ana"].job_title == "Head of outreach" and people["ana"].languages == ["en", "fr"]
