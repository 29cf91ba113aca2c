"""A missing or empty store with evidence beside it is never set up anew in silence: the
command refuses, names the newest good backup and the command to restore it; a restore
killed half-way finishes at the next start (real processes, a real SIGKILL)."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from delegations.storage.backup import list_backups, make_backup
from delegations.storage.restore import restore_store
from tests.safety.support import cli

KILLED_AFTER_MOVING_ASIDE = """
import os, signal, sys
from pathlib import Path
from delegations.storage import restore
original = restore.move_aside
def move_then_die(*args, **kwargs):
    original(*args, **kwargs)
    os.kill(os.getpid(), signal.SIGKILL)
restore.move_aside = move_then_die
restore.restore_store(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_an_empty_store_with_backups_beside_it_is_refused_naming_the_newest(office):
    older = make_backup(office).path
    office.write_bytes(b"")
    result = cli(office, "trips")
    assert result.returncode == 1, result.stdout
    assert "No trips." not in result.stdout and "Traceback" not in result.stderr
    (line,) = result.stderr.splitlines()
    assert "is empty" in line and older.name in line
    assert f'delegations --db "{office}" restore "{older}"' in line
    assert office.stat().st_size == 0  # the evidence is left as it was
    restored = cli(office, "restore", str(older))
    assert restored.returncode == 0, restored.stderr
    assert "sf-2026" in cli(office, "trips").stdout


def test_an_empty_store_without_backups_is_refused_too(office):
    office.write_bytes(b"")
    result = cli(office, "trips")
    assert result.returncode == 1
    assert "delete the empty file to start a new store" in result.stderr
    assert office.stat().st_size == 0


def test_a_missing_store_with_a_kept_copy_beside_it_is_refused(office, tmp_path):
    office.rename(office.with_name("office.sqlite.replaced-20260101T000000Z"))
    result = cli(office, "trips")
    assert result.returncode == 1
    assert "is missing" in result.stderr and "replaced-20260101T000000Z" in result.stderr
    assert not office.exists()


def test_a_brand_new_store_is_still_created(tmp_path):
    fresh = tmp_path / "new" / "office.sqlite"
    fresh.parent.mkdir()
    result = cli(fresh, "trips")
    assert result.returncode == 0, result.stderr
    assert "No trips." in result.stdout


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_restore_killed_after_moving_the_old_store_aside_finishes_on_next_start(office):
    good = make_backup(office).path
    cli(office, "import", str(good.parent / "missing.json"))  # a failing command: no change
    killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_MOVING_ASIDE, str(office),
                             str(good)], capture_output=True, timeout=60, check=False)
    assert killed.returncode == -signal.SIGKILL
    assert not office.exists()
    result = cli(office, "trips")
    assert result.returncode == 0, result.stderr
    assert "sf-2026" in result.stdout
    assert not list(office.parent.glob(".office.sqlite.restore-*"))
    assert list(office.parent.glob("office.sqlite.replaced-*"))
    assert list_backups(office)[0].path == good


def test_restore_store_still_works_in_process(office):
    good = make_backup(office).path
    done = restore_store(office, good)
    assert done.aside is not None and office.stat().st_size > 0
