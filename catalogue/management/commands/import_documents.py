from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files import File
from django.core.management.base import BaseCommand, CommandError

from catalogue.archive import ArchiveRefused
from catalogue.importing import parse_manifest, start_batch
from catalogue.manifest import ManifestError


class Command(BaseCommand):
    help = (
        "Import the PDFs (and ZIPs of PDFs) in a folder as one batch for the Secretariat to review, "
        "as the admin's upload does; the worker reads each file and suggests its tags."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", type=Path)
        parser.add_argument("--manifest", type=Path, help="A CSV manifest (the admin's columns).")
        parser.add_argument("--name", help="The batch's name (the folder's by default).")
        parser.add_argument("--user", help="Email of the Secretariat member the batch is recorded as from.")

    def handle(self, *args, folder, manifest=None, name=None, user=None, **options):
        folder = Path(folder)
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder.")
        paths = sorted(path for path in folder.iterdir() if path.is_file() and path.suffix.lower() in {".pdf", ".zip"})
        if not paths:
            raise CommandError(f"{folder} holds no PDF or ZIP file.")
        importer = None
        if user:
            importer = get_user_model().objects.filter(email__iexact=user).first()
            if importer is None or not importer.has_perm("catalogue.import_documents"):
                raise CommandError(f"{user} is not a Secretariat member who may import documents.")
        if manifest and not Path(manifest).is_file():
            raise CommandError(f"{manifest} is not a file.")
        try:
            rows = parse_manifest(Path(manifest).read_bytes()) if manifest else {}
        except ManifestError as error:
            raise CommandError("The manifest has problems:\n- " + "\n- ".join(error.problems)) from error
        handles = [path.open("rb") for path in paths]
        try:
            uploads = [File(handle, name=path.name) for handle, path in zip(handles, paths, strict=True)]
            batch = start_batch(name or folder.resolve().name, uploads, importer, rows)
        except ArchiveRefused as error:
            raise CommandError(f"A ZIP file cannot be opened: {error}") from error
        finally:
            for handle in handles:
                handle.close()
        progress = batch.progress()
        self.stdout.write(
            f"Batch {batch.pk} “{batch.name}”: {progress['files']} files, {progress['failed']} not imported"
            + "".join(f"\n  {reason}: {count}" for reason, count in progress["failures"])
        )
