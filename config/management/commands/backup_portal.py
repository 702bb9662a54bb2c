from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from config import backup


class Command(BaseCommand):
    help = "Back up the database and media folder, with a manifest of what they hold (see the README)."

    def add_arguments(self, parser):
        parser.add_argument("--output", default="backups", help="folder to write the backup under (default: backups/)")

    def handle(self, *args, **options):
        try:
            folder = backup.backup(Path(options["output"]))
        except backup.BackupError as error:
            raise CommandError(str(error)) from error
        contents = backup.read_manifest(folder)["inventory"]
        counts = ", ".join(
            f"{value} {key.replace('_', ' ')}" for key, value in contents.items() if isinstance(value, int)
        )
        self.stdout.write(f"Backed up {counts}.")
        self.stdout.write(folder.as_posix())
