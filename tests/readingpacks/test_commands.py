"""The command line makes the same packs as the site, and old packs are cleared away."""

import datetime

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone
from pypdf import PdfReader

from readingpacks.models import PackBuild
from tests.factories import member

pytestmark = pytest.mark.django_db


def test_make_reading_pack_writes_the_pdf_a_reader_would_get(library, tmp_path, capsys):
    out = tmp_path / "pack.pdf"
    call_command("make_reading_pack", "--page", library.path.slug, "--out", str(out))
    assert [entry.title for entry in PdfReader(out).outline] == [
        "Answering rumours in Accra",
        "Polling kiosks in Kumasi",
        "The living versions",
    ]
    assert "2 items" in capsys.readouterr().out
    reader = member()
    call_command("make_reading_pack", "--page", library.path.slug, "--as", reader.email, "--out", str(out))
    assert "Members' note on the tally" in [entry.title for entry in PdfReader(out).outline]
    with pytest.raises(CommandError, match="No reading path"):
        call_command("make_reading_pack", "--page", "no-such-page", "--out", str(out))
    with pytest.raises(CommandError, match="No account"):
        call_command("make_reading_pack", "--page", library.path.slug, "--as", "nobody@example.org", "--out", str(out))


def test_packs_nobody_downloaded_for_a_month_are_deleted_with_their_files(library, tmp_path):
    call_command("make_reading_pack", "--page", library.path.slug, "--out", str(tmp_path / "pack.pdf"))
    build = PackBuild.objects.get()
    stored = build.file.path
    call_command("delete_old_packs")
    assert PackBuild.objects.exists()
    PackBuild.objects.update(used_at=timezone.now() - datetime.timedelta(days=31))
    call_command("delete_old_packs")
    assert not PackBuild.objects.exists()
    assert not (tmp_path / stored).exists()
