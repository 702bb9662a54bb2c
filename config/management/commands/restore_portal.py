from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from config import backup


class Command(BaseCommand):
    help = (
        "Restore a backup_portal folder into an empty database and media folder, rebuild the "
        "search index, and compare counts and document checksums with the backup's manifest."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by manage.py backup_portal")

    def handle(self, *args, **options):
        try:
            manifest = backup.restore(options["folder"])
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write("Database and media restored; rebuilding the search index...")
        call_command("rebuild_knowledge_index", stdout=self.stdout, stderr=self.stderr)
        if settings.SEARCH_URL:
            call_command("update_index", stdout=self.stdout, stderr=self.stderr)  # the admin's own search
        expected, actual = manifest["inventory"], backup.inventory()
        self.stdout.write(f"{'':20} {'backup':>8} {'restored':>8}")
        for key, value in expected.items():
            if isinstance(value, int):
                self.stdout.write(f"{key.replace('_', ' '):20} {value:>8} {actual.get(key, 0):>8}")
        checksums = expected["document_checksums"]
        matching = sum(actual["document_checksums"].get(pk) == value for pk, value in checksums.items())
        self.stdout.write(f"{'document checksums':20} {len(checksums):>8} {matching:>8}")
        problems = backup.differences(expected, actual)
        if problems:
            for what, wanted, got in problems:
                self.stderr.write(f"Mismatch: {what}: backup {wanted}, restored {got}")
            raise CommandError(f"The restore does not match the backup ({len(problems)} differences).")
        self.stdout.write(self.style.SUCCESS("Restored: every count and document checksum matches the backup."))
