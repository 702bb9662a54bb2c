import datetime

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from demo.pdf import build_report_pdf
from tests.factories import (
    CountryFactory,
    ElectionManagementBodyFactory,
    KeyPrincipleFactory,
    ReportPageFactory,
    WorkingGroupMeetingFactory,
    WorkingGroupPageFactory,
)
from workinggroups.models import ReportDocument, WorkingGroupMeeting

pytestmark = pytest.mark.django_db


def test_a_meeting_cannot_end_before_it_starts(sections):
    meeting = WorkingGroupMeeting(
        group=WorkingGroupPageFactory(parent=sections["working_groups"]),
        start_date=datetime.date(2015, 12, 3),
        end_date=datetime.date(2015, 12, 2),
        place="Suva",
        country=CountryFactory(),
    )
    with pytest.raises(ValidationError) as error:
        meeting.full_clean()
    assert error.value.message_dict["end_date"] == ["A meeting cannot end before it starts."]


def test_working_group_page_shows_meetings_members_and_outputs(client, sections):
    fiji = CountryFactory(iso_code="FJ", name="Fiji")
    group = WorkingGroupPageFactory(
        parent=sections["working_groups"], title="Working Group on New Media", topic="New media"
    )
    WorkingGroupMeetingFactory(group=group, place="Suva", country=fiji)
    group.participating_embs.set([ElectionManagementBodyFactory(name="Fijian Elections Office", country=fiji)])
    group.save()
    ReportPageFactory(parent=group, title="Report of the Suva meeting")

    content = client.get(group.url).content.decode()

    assert "Suva, Fiji" in content
    assert '<time datetime="2015-12-02">2 December 2015</time>' in content
    assert "Fijian Elections Office" in content
    assert "Report of the Suva meeting" in content
    assert content.count("<h1") == 1


def test_working_group_listing_links_every_group(client, sections):
    WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on Voter Registration")
    content = client.get("/en/working-groups/").content.decode()
    assert "Working Group on Voter Registration" in content
    assert 'href="/en/working-groups/outputs/"' in content


def test_report_page_links_its_pdf(client, sections):
    group = WorkingGroupPageFactory(parent=sections["working_groups"])
    Document = get_document_model()
    document = Document(title="Suva recommendations")
    pdf = build_report_pdf({"title": "Suva recommendations", "sections": [{"heading": "One", "paragraphs": ["Text."]}]})
    document.file.save("suva.pdf", ContentFile(pdf), save=False)
    document.save()
    report = ReportPageFactory(parent=group, title="Report of the Suva meeting")
    ReportDocument.objects.create(report=report, document=document)

    response = client.get(report.url)

    content = response.content.decode()
    assert f'href="{document.url}"' in content
    assert "Suva recommendations" in content and "(PDF," in content
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content).startswith(b"%PDF")


def test_outputs_listing_filters_by_year_and_principle(client, sections):
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    group = WorkingGroupPageFactory(parent=sections["working_groups"])
    ReportPageFactory(
        parent=group, title="Old report", publication_date=datetime.date(2015, 12, 3), principles=[responsive]
    )
    ReportPageFactory(parent=group, title="New report", publication_date=datetime.date(2019, 6, 1))

    by_year = client.get("/en/working-groups/outputs/?year=2015")
    by_principle = client.get("/en/working-groups/outputs/?principle=responsive")
    bad = client.get("/en/working-groups/outputs/?year=twenty")

    assert [item.title for item in by_year.context["items"]] == ["Old report"]
    assert [item.title for item in by_principle.context["items"]] == ["Old report"]
    assert bad.status_code == 200 and bad.context["result_count"] == 2
    assert "“twenty” is not a known year" in bad.content.decode()
