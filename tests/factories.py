"""Factories for every model the tests build; pages hang under a real Wagtail tree."""

import datetime

import factory
import wagtail_factories
from django.contrib.auth.models import Group
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Page, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import CountryIndexPage, HomePage, PracticeAreaIndexPage, PrincipleIndexPage
from cen_portal.taxonomy import Country, ElectionManagementBody, KeyPrinciple, PracticeArea, Region
from instruments.models import InstrumentIndexPage, InstrumentPage, ProvisionPage
from members.models import SECRETARIAT_GROUP, MemberProfile, User
from networkevents.models import EventIndexPage, EventPage
from workinggroups.models import ReportPage, WorkingGroupIndexPage, WorkingGroupMeeting, WorkingGroupPage


class UserFactory(DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@emb.example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    password = factory.PostGenerationMethodCall("set_password", "a-long-test-password")

    class Meta:
        model = User
        skip_postgeneration_save = True

    @factory.post_generation
    def save_password(self, create, extracted, **kwargs):
        if create:
            self.save()


def with_authenticator(user):
    """Give a user an authenticator app (TOTP), as the Secretariat must have; returns the secret."""
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def secretariat_user(**kwargs):
    """A Secretariat member, with a second factor set up."""
    user = UserFactory(is_staff=True, **kwargs)
    user.groups.add(Group.objects.get(name=SECRETARIAT_GROUP))
    with_authenticator(user)
    return user


# Taxonomy ------------------------------------------------------------------------------


class KeyPrincipleFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Principle {n}")
    slug = factory.Sequence(lambda n: f"principle-{n}")
    summary = factory.Faker("sentence")

    class Meta:
        model = KeyPrinciple
        django_get_or_create = ["slug"]


class PracticeAreaFactory(DjangoModelFactory):
    number = factory.Sequence(lambda n: f"3.{n + 1}")
    title = factory.Sequence(lambda n: f"Practice area {n}")
    slug = factory.Sequence(lambda n: f"practice-area-{n}")
    summary = factory.Faker("sentence")

    class Meta:
        model = PracticeArea
        django_get_or_create = ["slug"]


class RegionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Region {n}")
    slug = factory.Sequence(lambda n: f"region-{n}")

    class Meta:
        model = Region
        django_get_or_create = ["slug"]


def _iso_code(n):
    return chr(ord("A") + (n // 26) % 26) + chr(ord("A") + n % 26)


class CountryFactory(DjangoModelFactory):
    iso_code = factory.Sequence(lambda n: _iso_code(n + 300))
    name = factory.Sequence(lambda n: f"Country {n}")
    region = factory.SubFactory(RegionFactory)

    class Meta:
        model = Country
        django_get_or_create = ["iso_code"]


class ElectionManagementBodyFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Electoral Commission {n}")
    abbreviation = factory.Sequence(lambda n: f"EC{n}")
    country = factory.SubFactory(CountryFactory)

    class Meta:
        model = ElectionManagementBody


# Pages ---------------------------------------------------------------------------------


class PortalPageFactory(wagtail_factories.PageFactory):
    """Pages as the portal publishes them: live, with a first publication date."""

    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)

    class Meta:
        abstract = True


def set_many(attribute):
    """A post-generation hook that sets a many-to-many tag from a list passed to the factory."""

    def hook(obj, create, extracted, **kwargs):
        if extracted is not None:
            getattr(obj, attribute).set(extracted)
            if create:
                obj.save()

    hook.__name__ = attribute
    return factory.post_generation(hook)


class HomePageFactory(PortalPageFactory):
    title = "CEN Knowledge Portal"
    slug = "home"

    class Meta:
        model = HomePage


class CaseStudyIndexPageFactory(PortalPageFactory):
    title = "Case studies"
    slug = "case-studies"

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Case study {n}")
    summary = factory.Faker("sentence")
    year = 2016
    body = wagtail_factories.StreamFieldFactory({})

    principles = set_many("principles")
    practice_areas = set_many("practice_areas")
    countries = set_many("countries")

    class Meta:
        model = CaseStudyPage
        skip_postgeneration_save = True


class WorkingGroupIndexPageFactory(PortalPageFactory):
    title = "Working groups"
    slug = "working-groups"

    class Meta:
        model = WorkingGroupIndexPage


class WorkingGroupPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Working Group {n}")
    topic = "New media"
    summary = factory.Faker("sentence")
    description = "<p>What the group does.</p>"

    class Meta:
        model = WorkingGroupPage


class WorkingGroupMeetingFactory(DjangoModelFactory):
    start_date = datetime.date(2015, 12, 2)
    end_date = datetime.date(2015, 12, 3)
    place = "Suva"
    country = factory.SubFactory(CountryFactory)

    class Meta:
        model = WorkingGroupMeeting


class ReportPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Report {n}")
    summary = factory.Faker("sentence")
    publication_date = datetime.date(2016, 3, 1)

    principles = set_many("principles")
    practice_areas = set_many("practice_areas")
    countries = set_many("countries")

    class Meta:
        model = ReportPage
        skip_postgeneration_save = True


class InstrumentIndexPageFactory(PortalPageFactory):
    title = "International instruments"
    slug = "instruments"

    class Meta:
        model = InstrumentIndexPage


class InstrumentPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Instrument {n}")
    year = 1948
    adopting_body = "United Nations General Assembly"
    summary = factory.Faker("sentence")

    class Meta:
        model = InstrumentPage


class ProvisionPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Provision {n}")
    reference = factory.Sequence(lambda n: f"Article {n}")
    summary = factory.Faker("sentence")

    principles = set_many("principles")

    class Meta:
        model = ProvisionPage
        skip_postgeneration_save = True


class PrincipleIndexPageFactory(PortalPageFactory):
    title = "Key principles"
    slug = "principles"

    class Meta:
        model = PrincipleIndexPage


class PracticeAreaIndexPageFactory(PortalPageFactory):
    title = "Good practices"
    slug = "practice-areas"

    class Meta:
        model = PracticeAreaIndexPage


class CountryIndexPageFactory(PortalPageFactory):
    title = "Countries"
    slug = "countries"

    class Meta:
        model = CountryIndexPage


class EventIndexPageFactory(PortalPageFactory):
    title = "Events"
    slug = "events"

    class Meta:
        model = EventIndexPage


class EventPageFactory(PortalPageFactory):
    title = factory.Sequence(lambda n: f"Event {n}")
    summary = factory.Faker("sentence")
    event_kind = EventPage.Kind.MEETING
    start_date = datetime.date(2015, 12, 2)
    start_time = datetime.time(9, 0)
    end_date = datetime.date(2015, 12, 3)
    end_time = datetime.time(17, 0)
    time_zone = "Pacific/Fiji"
    place = "Suva"
    agenda = wagtail_factories.StreamFieldFactory({})

    principles = set_many("principles")
    practice_areas = set_many("practice_areas")
    countries = set_many("countries")

    class Meta:
        model = EventPage
        skip_postgeneration_save = True


def make_home():
    """A portal home page as the default site's root, replacing Wagtail's welcome page."""
    root = Page.get_first_root_node()
    home = HomePageFactory(parent=root, slug="portal-home")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def make_sections(home):
    """Every top-level section the demo site has, under `home`."""
    return {
        "case_studies": CaseStudyIndexPageFactory(parent=home),
        "working_groups": WorkingGroupIndexPageFactory(parent=home),
        "instruments": InstrumentIndexPageFactory(parent=home),
        "events": EventIndexPageFactory(parent=home),
        "principles": PrincipleIndexPageFactory(parent=home),
        "practice_areas": PracticeAreaIndexPageFactory(parent=home),
        "countries": CountryIndexPageFactory(parent=home),
    }


# Members and forums ------------------------------------------------------------------------


class MemberProfileFactory(DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    handle = factory.Sequence(lambda n: f"member-{n}")
    emb = factory.SubFactory(ElectionManagementBodyFactory)
    code_of_conduct_accepted_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = MemberProfile


def member(**kwargs):
    """An admitted member who has accepted the forum code of conduct."""
    return MemberProfileFactory(**kwargs).user


def working_group_with_editor(parent, title):
    """A published working group with a members group of its own, and one of its members, who
    may open the admin (a second factor set up) to edit the group's pages."""
    page = WorkingGroupPageFactory(parent=parent, title=title)
    page.member_group = Group.objects.create(name=title)
    page.save_revision().publish()
    page.refresh_from_db()
    editor = member()
    editor.groups.add(page.member_group)
    with_authenticator(editor)
    return page, editor


class CategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")

    class Meta:
        model = "forums.Category"


class ThreadFactory(DjangoModelFactory):
    category = factory.SubFactory(CategoryFactory)
    title = factory.Sequence(lambda n: f"Thread {n}")
    author = factory.LazyFunction(member)

    class Meta:
        model = "forums.Thread"


class PostFactory(DjangoModelFactory):
    thread = factory.SubFactory(ThreadFactory)
    author = factory.SelfAttribute("thread.author")
    body = factory.Faker("paragraph")

    class Meta:
        model = "forums.Post"
