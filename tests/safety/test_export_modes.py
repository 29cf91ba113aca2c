"""Every file the program writes for people or other programs is readable by its user only,
whatever the umask: exchange files, CSV with mobility needs, vCards, calendars, PDFs."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from tests.safety.support import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture
def open_umask():
    previous = os.umask(0o022)  # the usual umask: files readable by everyone
    yield
    os.umask(previous)


@pytest.mark.parametrize("args", [
    ("export", "{out}/alles.json"),
    ("export", "{out}/teilnehmende.csv", "--trip", "sf-2026"),
    ("export", "{out}/kontakte.csv"),
    ("export", "{out}/kontakte.vcf"),
    ("export", "{out}/programm.ics", "--trip", "sf-2026"),
    ("print", "itinerary", "--trip", "sf-2026", "--out", "{out}/reiseplan.pdf"),
])
def test_exports_are_written_for_their_user_only(office, tmp_path, open_umask, args):
    out = tmp_path / "out"
    out.mkdir()
    result = cli(office, *(a.format(out=out) for a in args))
    assert result.returncode == 0, result.stderr
    (written,) = list(out.iterdir())
    assert stat.S_IMODE(written.stat().st_mode) == 0o600, written.name
