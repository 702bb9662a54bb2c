import shutil

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.http import QueryDict
from django.utils import translation
from wagtail.models import Page

from readingpacks.models import PackBuild
from readingpacks.packs import as_reader, build_now
from readingpacks.sources import page_pack, search_pack


class Command(BaseCommand):
    help = (
        "Make a reading pack PDF, as a reader would: from a reading path, working group or event "
        "(--page SLUG) or a search (--search 'q=...&principle=...'), for a member (--as EMAIL) or "
        "for anyone (the default), in --language."
    )

    def add_arguments(self, parser):
        source = parser.add_mutually_exclusive_group(required=True)
        source.add_argument("--page", help="the slug of a reading path, working group or event")
        source.add_argument("--search", help="a search's query string, e.g. 'principle=responsive' or 'q=voter roll'")
        parser.add_argument("--language", default="en", choices=["en", "fr"])
        parser.add_argument("--as", dest="email", help="make it as this member sees the items")
        parser.add_argument("--out", required=True, help="where to write the PDF")

    def handle(self, *args, page, search, language, email, out, **options):
        user = None
        if email:
            user = get_user_model().objects.filter(email=email).first()
            if user is None:
                raise CommandError(f"No account has the address {email}.")
        request = as_reader(user)
        with translation.override(language):
            pack = (
                self.from_page(page, request, language) if page else search_pack(QueryDict(search), request, language)
            )
        if not pack.pages:
            raise CommandError("Nothing in that pack may be opened by this reader.")
        build = build_now(pack)
        if build.status != PackBuild.Status.READY:
            raise CommandError("The pack could not be made; see the log.")
        with build.file.open("rb") as pdf, open(out, "wb") as target:
            shutil.copyfileobj(pdf, target)
        self.stdout.write(
            f"{out}: {build.title}, {len(build.page_ids)} items, {build.page_count} pages, "
            f"{build.size / 1024:.0f} KB, made in {build.seconds:.1f} s"
        )

    def from_page(self, slug, request, language):
        found = Page.objects.live().filter(slug=slug, locale__language_code="en").first()
        page = found.specific if found else None
        if page is None or not hasattr(page, "pack_pages"):
            raise CommandError(f"No reading path, working group or event has the slug {slug!r}.")
        return page_pack(page, request, language)
