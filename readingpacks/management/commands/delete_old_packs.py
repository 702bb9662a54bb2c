from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from readingpacks.models import PackBuild

UNUSED_DAYS = 30


class Command(BaseCommand):
    help = f"Delete reading packs nobody has downloaded for {UNUSED_DAYS} days, and their files. Run daily."

    def handle(self, *args, **options):
        old = PackBuild.objects.filter(used_at__lt=timezone.now() - timedelta(days=UNUSED_DAYS))
        count = 0
        for build in old:
            build.file.delete(save=False)
            build.delete()
            count += 1
        self.stdout.write(f"Deleted {count} reading packs unused for {UNUSED_DAYS} days.")
