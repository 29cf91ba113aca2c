"""A full disk (here: a real process under a real file-size limit, POSIX RLIMIT_FSIZE).
A document that cannot be written whole is refused naming the file the user asked for and
leaves nothing behind; a store that cannot be read is not called damaged; an anonymisation
whose rewrite of the file does not fit is committed, says what is pending, and is finished
at the next opening — never a raw error."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from functools import partial

import pytest

from delegations.storage.store import open_store
from tests.safety.support import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")


def _small_files_only(limit: int) -> None:
    """In the child: files may not grow past `limit` bytes, and going past it is an error
    (EFBIG), not a signal."""
    import resource

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def _limited(office, limit, *args):
    """The command line with files limited to `limit` bytes, in English."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", LANGUAGE="en")
    return subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(office), *args],
        capture_output=True, text=True, timeout=120, env=env,
        preexec_fn=partial(_small_files_only, limit), check=False)


def _run(office, out, limit):
    return _limited(office, limit, "print", "itinerary", "--trip", "sf-2026", "--out",
                    str(out))


def test_printing_onto_a_full_disk_names_the_file_and_leaves_nothing(office, tmp_path):
    open_store(office).close()  # a store in use: its shared-memory file is there
    out = tmp_path / "Mappe für Gdańsk" / "itinerary.pdf"
    out.parent.mkdir()
    result = _run(office, out, 50_000)  # the itinerary is larger, the store's writes less
    assert result.returncode == 1, result.stderr
    (line,) = result.stderr.splitlines()
    assert str(out) in line and ".tmp" not in line and "Traceback" not in line
    assert list(out.parent.iterdir()) == []  # no half file, no temporary copy


def test_a_store_that_cannot_be_read_for_a_full_disk_is_not_called_damaged(office, tmp_path):
    """Opening a copied store must first make its 32 KB shared-memory file: on a full disk
    that fails with an I/O error, which is not damage (no backup should be restored)."""
    before = office.read_bytes()
    result = _run(office, tmp_path / "itinerary.pdf", 20_000)
    assert result.returncode == 1
    (line,) = result.stderr.splitlines()
    assert "is damaged (" not in line and "could not be read" in line and str(office) in line
    assert "disk is not full" in line
    assert office.read_bytes() == before


def test_an_anonymisation_whose_rewrite_does_not_fit_is_finished_at_the_next_opening(office):
    from tests.safety.test_cli_privacy import _maren

    _maren(office)
    # room for the erasure itself, not for the rewritten copy of the whole file
    result = _limited(office, office.stat().st_size // 2, "anonymise", "Maren", "--also",
                      "Jürgensen")
    assert result.returncode == 0, result.stderr
    assert "could not be rewritten yet" in result.stdout and "Traceback" not in result.stderr
    assert "next time the store is opened" in result.stdout
    assert cli(office, "trips").returncode == 0  # the next opening, with room again
    data = b"".join(path.read_bytes() for path in office.parent.glob("office.sqlite*")
                    if path.is_file() and not path.name.endswith(".lock"))
    assert "Jürgensen".encode() not in data and b"maren@kiel.example" not in data
