"""Load the demo content: taxonomy, instruments, working groups, reports and case studies.

Idempotent: taxonomy is brought up to date, pages and documents that already exist are
left as they are, so running it twice changes nothing and duplicates nothing.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import (
    CountryIndexPage,
    HomeFeaturedItem,
    HomePage,
    PracticeAreaIndexPage,
    PrincipleIndexPage,
    StandardPage,
)
from cen_portal.taxonomy import (
    Country,
    ElectionManagementBody,
    KeyPrinciple,
    PracticeArea,
    PrincipleFeaturedItem,
    Region,
    SocialAccount,
)
from cen_portal.text import paragraphs_html
from demo import (
    case_studies,
    curation,
    events,
    forums,
    imports,
    indicators,
    instruments,
    questions,
    taxonomy,
    translations,
    working_groups,
)
from demo.blocks import stream_block
from demo.pdf import build_report_pdf, store_report_document
from forums.models import Category, Post, Thread
from guidance.models import GuidanceIndexPage, ReadingPathPage, ReadingPathStep
from instruments.models import InstrumentIndexPage, InstrumentPage, ProvisionPage
from members.models import MemberProfile
from networkevents.models import EventIndexPage
from search.sources import all_keys
from search.sync import one_batch, request_update
from workinggroups.models import (
    ReportDocument,
    ReportPage,
    WorkingGroupIndexPage,
    WorkingGroupMeeting,
    WorkingGroupPage,
)

HOME_INTRO = (
    "<p>Election management bodies across the Commonwealth face many of the same questions. "
    "Here they share what worked, what did not, and why: case studies from member countries, "
    "the outputs of the Network's working groups, and the international commitments behind "
    "credible elections.</p>"
)

PRIVACY_NOTICE = (
    "<h2>What the portal records</h2>"
    "<p>Members' accounts hold a name, a work email address, the election management body, a job title, "
    "languages and areas of expertise, so that members can find each other in the directory. Forum posts "
    "and questions keep their author's name.</p>"
    "<h2>Searches</h2>"
    "<p>To see what the Network looks for and does not find, the portal records each search made on the "
    "search page or through the API: the words, the filters, how many results there were, which search "
    "engine answered, whether the reader was signed in (and as what kind of member), and which results "
    "were opened. It never records who searched. These records are kept for twelve months and then "
    "deleted; only the Secretariat can see them, in summary.</p>"
    "<h2>Server logs</h2>"
    "<p>Each request to the portal leaves one line in its server log: the time, the kind of page asked "
    "for, the answer's status and how long it took. The line never holds the page's address, the words "
    "searched or who asked. The server keeps these lines for fourteen days and then deletes them.</p>"
    "<h2>Suggested corrections</h2>"
    "<p>A suggested correction keeps the email address given with it, so the Secretariat can reply.</p>"
    "<h2>Questions about your data</h2>"
    "<p>Write to the Secretariat to see, correct or delete what the portal holds about you.</p>"
)

SECTIONS = [
    (
        CaseStudyIndexPage,
        "case-studies",
        "Case studies",
        {
            "intro": "Practice shared by election management bodies, tagged by principle, country and good-practice area."
        },
    ),
    (
        WorkingGroupIndexPage,
        "working-groups",
        "Working groups",
        {
            "intro": "The Network's working groups bring experts from member EMBs together on one subject and publish what they agree."
        },
    ),
    (
        EventIndexPage,
        "events",
        "Events",
        {
            "intro": "The Network's biennial conferences, working-group meetings, regional workshops and webinars, and what each produced."
        },
    ),
    (
        GuidanceIndexPage,
        "guidance",
        "Guidance",
        {"intro": "Guidance notes from the Secretariat, many of them drawn from members' exchanges in the forums."},
    ),
    (
        InstrumentIndexPage,
        "instruments",
        "International instruments",
        {
            "intro": "The Commonwealth and international commitments that frame the right to take part in genuine elections."
        },
    ),
    (
        PrincipleIndexPage,
        "principles",
        "Key principles",
        {"intro": "Eight principles for the use of new media in elections, and everything the portal holds on each."},
    ),
    (
        PracticeAreaIndexPage,
        "practice-areas",
        "Good practices",
        {"intro": "Ten areas of good practice from the Network's guide, each serving several of the key principles."},
    ),
    (
        CountryIndexPage,
        "countries",
        "Countries",
        {
            "intro": "The Commonwealth's member countries, their election management bodies and the practice they have shared."
        },
    ),
]


class Command(BaseCommand):
    help = "Load the portal's demo content (safe to run again)."

    def handle(self, *args, **options):
        # Indexed once at the end, when every page has its address and its translations.
        with one_batch(), transaction.atomic():
            self.load_taxonomy()
            home = self.ensure_home()
            sections = {
                model: self.ensure_child(home, model, slug, title=title, show_in_menus=True, **fields)
                for model, slug, title, fields in SECTIONS
            }
            self.load_instruments(sections[InstrumentIndexPage])
            self.load_working_groups(sections[WorkingGroupIndexPage])
            self.load_case_studies(sections[CaseStudyIndexPage])
            self.load_forums()
            self.load_curation(home, sections[GuidanceIndexPage])
            questions.load(sections[GuidanceIndexPage])
            indicators.load()
            self.ensure_child(home, StandardPage, "privacy", title="Privacy notice", body=PRIVACY_NOTICE)
            self.load_translations(home)
            events.load(sections[EventIndexPage])
            # Guidance pages only get an address once the browse pages exist: index everything.
            request_update(*all_keys())
        # After the content is committed: the worker learns its suggestions from the tagged items.
        imports.load()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {Page.objects.live().count()} live pages."))

    # Taxonomy ---------------------------------------------------------------------------

    def load_taxonomy(self):
        for order, data in enumerate(taxonomy.PRINCIPLES):
            KeyPrinciple.objects.update_or_create(
                slug=data["slug"],
                defaults={
                    "name": data["name"],
                    "summary": data["summary"],
                    "description": paragraphs_html(data["description"]),
                    "sort_order": order,
                },
            )
        principles = {p.slug: p for p in KeyPrinciple.objects.all()}
        for order, data in enumerate(taxonomy.PRACTICE_AREAS):
            area, _created = PracticeArea.objects.update_or_create(
                number=data["number"],
                defaults={
                    "title": data["title"],
                    "slug": data["slug"],
                    "summary": data["summary"],
                    "guidance": paragraphs_html(data["guidance"]),
                    "sort_order": order,
                },
            )
            area.principles.set([principles[slug] for slug in data["principles"]])
        for order, data in enumerate(taxonomy.REGIONS):
            Region.objects.update_or_create(slug=data["slug"], defaults={"name": data["name"], "sort_order": order})
        regions = {r.slug: r for r in Region.objects.all()}
        for iso_code, name, region_slug in taxonomy.COUNTRIES:
            Country.objects.update_or_create(iso_code=iso_code, defaults={"name": name, "region": regions[region_slug]})
        countries = {c.iso_code: c for c in Country.objects.all()}
        for data in taxonomy.EMBS:
            emb, _created = ElectionManagementBody.objects.update_or_create(
                name=data["name"],
                defaults={
                    "abbreviation": data["abbreviation"],
                    "country": countries[data["country"]],
                    "website": data["website"],
                },
            )
            emb.social_accounts.all().delete()
            for order, (platform, url) in enumerate(data["social"]):
                SocialAccount.objects.create(emb=emb, platform=platform, url=url, sort_order=order)
        taxonomy.translate_into_french()

    def lookups(self):
        return {
            "principles": {p.slug: p for p in KeyPrinciple.objects.all()},
            "areas": {a.number: a for a in PracticeArea.objects.all()},
            "countries": {c.iso_code: c for c in Country.objects.all()},
            "embs": {data["key"]: ElectionManagementBody.objects.get(name=data["name"]) for data in taxonomy.EMBS},
        }

    def tags(self, data, lookups):
        return {
            "principles": [lookups["principles"][slug] for slug in data.get("principles", [])],
            "practice_areas": [lookups["areas"][number] for number in data.get("practice_areas", [])],
            "countries": [lookups["countries"][code] for code in data.get("countries", [])],
        }

    # Pages ------------------------------------------------------------------------------

    def ensure_home(self):
        home = HomePage.objects.first()
        if home is None:
            root = Page.get_first_root_node()
            # Wagtail's installer leaves a plain "Welcome" page (and a site pointing at it).
            for child in root.get_children():
                if child.specific_class is Page:
                    Site.objects.filter(root_page=child).delete()
                    child.delete()
            home = root.add_child(
                instance=HomePage(
                    title="Commonwealth Electoral Network: knowledge portal", slug="home", intro=HOME_INTRO, live=False
                )
            )
            home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": "CEN Knowledge Portal"},
        )
        return home

    def ensure_child(self, parent, model, slug, relations=None, **fields):
        """The child page with this slug, created and published if it does not exist yet.

        `relations` holds many-to-many tags and inline children, set before the first save."""
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        page = model(slug=slug, live=False, **fields)
        for name, values in (relations or {}).items():
            setattr(page, name, values)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page

    def load_instruments(self, index_page):
        lookups = self.lookups()
        for data in instruments.INSTRUMENTS:
            instrument = self.ensure_child(
                index_page,
                InstrumentPage,
                data["slug"],
                title=data["title"],
                short_title=data["short_title"],
                year=data["year"],
                adopting_body=data["adopting_body"],
                summary=data["summary"],
                introduction=paragraphs_html(data["introduction"]),
                official_url=data["official_url"],
            )
            for provision in data["provisions"]:
                summary = provision["summary"]
                if isinstance(summary, str):
                    summary = [summary]
                self.ensure_child(
                    instrument,
                    ProvisionPage,
                    provision["slug"],
                    title=provision["title"],
                    reference=provision["reference"],
                    summary=summary[0],
                    body=paragraphs_html(summary[1:]),
                    official_url=provision["official_url"],
                    relations=self.tags(provision, lookups),
                )

    def load_working_groups(self, index_page):
        lookups = self.lookups()
        groups = {}
        for data in working_groups.WORKING_GROUPS:
            meetings = [
                WorkingGroupMeeting(
                    start_date=meeting["start_date"],
                    end_date=meeting["end_date"] or None,
                    place=meeting["place"],
                    country=lookups["countries"][meeting["country"]],
                    notes=meeting["notes"],
                    illustrative=meeting["illustrative"],
                )
                for meeting in data["meetings"]
            ]
            groups[data["slug"]] = self.ensure_child(
                index_page,
                WorkingGroupPage,
                data["slug"],
                title=data["title"],
                topic=data["topic"],
                summary=data["summary"],
                description=paragraphs_html(data["description"]),
                relations={
                    "participating_embs": [lookups["embs"][key] for key in data["participating_embs"]],
                    "meetings": meetings,
                },
            )
        for page in groups.values():
            self.ensure_member_space(page)
        for data in working_groups.REPORTS:
            group = groups[data["working_group"]]
            group.refresh_from_db()
            if ReportPage.objects.child_of(group).filter(slug=data["slug"]).exists():
                continue
            document = store_report_document(group.collection, data["pdf"], build_report_pdf(data["pdf"]))
            self.ensure_child(
                group,
                ReportPage,
                data["slug"],
                title=data["title"],
                publication_date=data["date"],
                summary=data["summary"],
                body=paragraphs_html(data["body"]),
                relations={
                    **self.tags(data, lookups),
                    "documents": [ReportDocument(document=document, title=data["pdf"]["title"])],
                },
            )

    def load_curation(self, home, guidance_index):
        pages = {
            page.slug: page
            for page in Page.objects.type(CaseStudyPage, ReportPage).filter(locale=home.locale).specific()
        }
        if not home.featured_items.exists():
            for order, (slug, note) in enumerate(curation.HOME_FEATURES):
                HomeFeaturedItem.objects.create(home=home, page=pages[slug], note=note, sort_order=order)
        for principle_slug, features in curation.PRINCIPLE_FEATURES.items():
            principle = KeyPrinciple.objects.get(slug=principle_slug)
            if not principle.featured_items.exists():
                for order, (slug, note) in enumerate(features):
                    PrincipleFeaturedItem.objects.create(
                        principle=principle, page=pages[slug], note=note, sort_order=order
                    )
        path = curation.READING_PATH
        steps = [ReadingPathStep(page=pages[slug], note=note) for slug, note in path["steps"]]
        self.ensure_child(
            guidance_index,
            ReadingPathPage,
            path["slug"],
            title=path["title"],
            summary=path["summary"],
            relations={"steps": steps},
        )
        for slug, due in curation.OVERDUE_REVIEWS.items():
            type(pages[slug]).objects.filter(pk=pages[slug].pk, next_review__isnull=True).update(next_review=due)

    def ensure_member_space(self, page):
        """The working group's members group and its own pages, documents and images."""
        group, _created = Group.objects.get_or_create(name=page.title)
        if page.member_group_id != group.pk:
            page.member_group = group
            page.save(update_fields=["member_group"])
        page.set_up_member_space()

    def load_forums(self):
        groups = {}
        # A group's translations share its members and space: only the original pages carry them.
        for page in WorkingGroupPage.objects.filter(locale=Locale.get_default()).select_related("member_group"):
            group = page.member_group
            groups[page.slug] = group
            Category.objects.get_or_create(
                slug=f"wg-{page.slug}",
                defaults={
                    "name": f"{page.title}: private space",
                    "description": "Only the group's members and the Secretariat can read this space.",
                    "group": group,
                    "sort_order": 100,
                },
            )
        for order, data in enumerate(forums.CATEGORIES):
            Category.objects.get_or_create(slug=data["slug"], defaults={**data, "sort_order": order})
        embs = {data["key"]: ElectionManagementBody.objects.get(name=data["name"]) for data in taxonomy.EMBS}
        User = get_user_model()
        for data in forums.MEMBERS:
            user, created = User.objects.get_or_create(
                email=data["email"], defaults={"first_name": data["first_name"], "last_name": data["last_name"]}
            )
            if created:
                user.set_unusable_password()
                user.save()
            MemberProfile.objects.get_or_create(
                user=user,
                defaults={
                    "emb": embs[data["emb"]],
                    "handle": MemberProfile.free_handle(user),
                    "code_of_conduct_accepted_at": timezone.now(),
                },
            )
            user.groups.add(*[groups[slug] for slug in data["groups"]])
        for data in forums.THREADS:
            slug = data["category"].replace("wg:", "wg-")
            category = Category.objects.get(slug=slug)
            if Thread.objects.filter(category=category, title=data["title"]).exists():
                continue
            # Written directly rather than through forums.actions: demo posts notify nobody.
            thread = Thread.objects.create(
                category=category, title=data["title"], author=User.objects.get(email=data["posts"][0][0])
            )
            for author, body in data["posts"]:
                Post.objects.create(thread=thread, author=User.objects.get(email=author), body=body)

    def load_case_studies(self, index_page, studies=case_studies.CASE_STUDIES):
        lookups = self.lookups()
        for data in studies:
            self.ensure_child(
                index_page,
                CaseStudyPage,
                data["slug"],
                title=data["title"],
                summary=data["summary"],
                emb=lookups["embs"][data["emb"]] if data["emb"] else None,
                year=data["year"],
                election_type=data["election_type"],
                setting=data["context"],
                illustrative=True,
                body=[stream_block(kind, value) for kind, value in data["body"]],
                relations=self.tags(data, lookups),
            )

    def load_translations(self, home):
        """The French site: translations of the home page, its sections and some content, and
        case studies written in French first, with their English translations."""
        french_case_studies = translations.translate_site(home)
        self.load_case_studies(french_case_studies, translations.FRENCH_ORIGINALS)
        translations.translate_french_originals(french_case_studies)
