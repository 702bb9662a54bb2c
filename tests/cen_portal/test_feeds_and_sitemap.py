import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import CaseStudyPageFactory, KeyPrincipleFactory, ReportPageFactory, WorkingGroupPageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def items(sections):
    principle = KeyPrincipleFactory(name="Responsive", slug="responsive")
    public = CaseStudyPageFactory(
        parent=sections["case_studies"], title="Public study", summary="Shared with all.", principles=[principle]
    )
    private = CaseStudyPageFactory(parent=sections["case_studies"], title="Members-only study")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    draft = CaseStudyPageFactory(parent=sections["case_studies"], title="Draft study")
    draft.unpublish()
    group = WorkingGroupPageFactory(parent=sections["working_groups"])
    report = ReportPageFactory(parent=group, title="Public report")
    private_group = WorkingGroupPageFactory(parent=sections["working_groups"])
    PageViewRestriction.objects.create(page=private_group, restriction_type=PageViewRestriction.LOGIN)
    ReportPageFactory(parent=private_group, title="Report in a private group")
    return {"public": public, "report": report}


def test_rss_feed_lists_new_public_items_only(client, items):
    response = client.get("/en/feeds/latest.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    titles = [item.findtext("title") for item in channel.findall("item")]
    assert set(titles) == {"Public study", "Public report"}
    study = next(item for item in channel.findall("item") if item.findtext("title") == "Public study")
    assert study.findtext("link") == "http://testserver/en/case-studies/" + items["public"].slug + "/"
    assert study.findtext("description") == "Shared with all."
    assert study.findtext("category") == "Responsive"


def test_atom_feed_lists_the_same_items(client, items):
    response = client.get("/en/feeds/latest.atom")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    assert {entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")} == {
        "Public study",
        "Public report",
    }


def test_sitemap_lists_public_pages_and_browse_pages(client, items):
    KeyPrincipleFactory(name="Accessible", slug="accessible")
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    content = response.content.decode()
    assert "/en/case-studies/" + items["public"].slug + "/" in content
    assert "/en/principles/accessible/" in content
    assert "/en/working-groups/outputs/" in content
    assert "members-only-study" not in content.lower()
    assert "report-in-a-private-group" not in content.lower()


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert "Disallow: /admin/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
