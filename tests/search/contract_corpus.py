"""The search contract's small corpus and the helpers its tests search it with
(test_contract.py reads it; test_contract_changes.py changes its own copy)."""

import datetime

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from demo.pdf import build_report_pdf
from search import backends, service
from search.contract import KnowledgeQuery
from tests.factories import (
    CaseStudyPageFactory,
    CountryFactory,
    KeyPrincipleFactory,
    PracticeAreaFactory,
    RegionFactory,
    ReportPageFactory,
    UserFactory,
    WorkingGroupPageFactory,
    member,
)
from tests.search.conftest import reindex_all
from workinggroups.models import ReportDocument


def paragraph(text):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"}]


def build_corpus(sections):
    """Case studies, reports and working groups, public, for members and for one group; indexed."""
    caribbean = RegionFactory(name="Caribbean and Americas", slug="caribbean-americas")
    pacific = RegionFactory(name="Pacific", slug="pacific")
    jamaica = CountryFactory(iso_code="JM", name="Jamaica", region=caribbean)
    trinidad = CountryFactory(iso_code="TT", name="Trinidad and Tobago", region=caribbean)
    fiji = CountryFactory(iso_code="FJ", name="Fiji", region=pacific)
    responsive = KeyPrincipleFactory(name="Responsive", slug="responsive")
    accessible = KeyPrincipleFactory(name="Accessible", slug="accessible")
    security = PracticeAreaFactory(number="3.9", title="Security of information", slug="security-of-information")
    studies = sections["case_studies"]
    items = {
        "hijacked": CaseStudyPageFactory(
            parent=studies,
            title="Recovering a hijacked Facebook page",
            summary="The election management body regained its page with help from the platform vendor.",
            body=paragraph("A phishing email gave an attacker the password to the commission's social media account."),
            countries=[jamaica],
            principles=[responsive],
            practice_areas=[security],
            year=2019,
        ),
        "sms": CaseStudyPageFactory(
            parent=studies,
            title="Text messages for rural voters",
            summary="Polling reminders by SMS where bandwidth is low.",
            body=paragraph("The EMB sent polling station reminders by text message to voters in the interior."),
            countries=[fiji],
            principles=[accessible],
            year=2016,
        ),
        "rumours": CaseStudyPageFactory(
            parent=studies,
            title="Answering misinformation on election day",
            summary="Calls for peace answered rumours in a post-conflict election.",
            body=paragraph("Staff published corrections within the hour and partnered with radio stations."),
            countries=[trinidad],
            principles=[responsive, accessible],
            year=2021,
        ),
    }
    group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Working Group on New Media")
    items["report"] = ReportPageFactory(
        parent=group,
        title="Report of the Suva meeting",
        summary="Recommendations on new media for election management bodies.",
        publication_date=datetime.date(2015, 12, 3),
        countries=[fiji],
        principles=[responsive],
    )
    pdf = build_report_pdf(
        {
            "title": "Suva recommendations",
            "sections": [
                {"heading": "Checklist", "paragraphs": ["Keep a traffic-light rumour ledger on polling day."]}
            ],
        }
    )
    document = get_document_model()(title="Suva recommendations")
    document.file.save("suva.pdf", ContentFile(pdf), save=False)
    document.save()
    ReportDocument.objects.create(report=items["report"], document=document)

    items["members_only"] = CaseStudyPageFactory(
        parent=studies,
        title="Members' briefing on vendor escalation",
        summary="How to escalate a hijacked account with the vendor: contacts shared only with members.",
        countries=[jamaica],
        principles=[responsive],
        year=2020,
    )
    PageViewRestriction.objects.create(page=items["members_only"], restriction_type=PageViewRestriction.LOGIN)

    private_group = WorkingGroupPageFactory(parent=sections["working_groups"], title="Private space")
    items["group"] = Group.objects.create(name="Working Group on Incumbency")
    restriction = PageViewRestriction.objects.create(page=private_group, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([items["group"]])
    items["group_only"] = ReportPageFactory(
        parent=private_group,
        title="Draft notes on hijacked accounts for the group",
        summary="Working notes of the incumbency group.",
        countries=[jamaica],
        principles=[responsive],
    )
    reindex_all()
    return items


def answering_backend():
    """The backend that must answer: the engine whenever one is configured for the test."""
    return "engine" if settings.SEARCH_URL else "database"


def search(text="", user=None, **options):
    results = service.search(KnowledgeQuery(text=text, **options), user)
    # An engine error would fall back to the database and could still pass: it must not.
    assert results.backend == answering_backend() and not results.fallback
    return results


ITEMS = ["case-study", "report"]


def search_items(text="", user=None, filters=None, **options):
    """A search among the corpus's case studies and reports (leaving out principle guidance)."""
    return search(text, user, filters={"kind": ITEMS, **(filters or {})}, **options)


def titles(results):
    return [hit.title for hit in results.hits]


def facet(results, name):
    return {value.value: value.count for value in results.facets[name]}


def assert_answered_by_the_configured_backend():
    """Autocomplete and related items say nothing of their backend; an engine failure
    would have marked the engine down."""
    if answering_backend() == "engine":
        assert backends.get_engine() is not None


def make_readers(corpus):
    """An anonymous reader, a member, a member of the corpus's private group and the Secretariat."""
    group_member = member()
    group_member.groups.add(corpus["group"])
    return {
        "anonymous": None,
        "member": member(),
        "group member": group_member,
        "secretariat": UserFactory(is_superuser=True, is_staff=True),
    }
