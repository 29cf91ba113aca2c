"""Backups and restores killed at random moments (real processes, real SIGKILL) leave no
temporary copies of personal data behind once the store is opened again."""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from delegations.storage.backup import folder_for, make_backup
from tests.safety.support import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

BACKING_UP = ("import sys; from pathlib import Path\n"
              "from delegations.storage.backup import make_backup\n"
              "print('ready', flush=True)\n"
              "while True: make_backup(Path(sys.argv[1]))\n")
RESTORING = ("import sys; from pathlib import Path\n"
             "from delegations.storage.restore import restore_store\n"
             "print('ready', flush=True)\n"
             "while True: restore_store(Path(sys.argv[1]), Path(sys.argv[2]))\n")


def _grow(db, rows=40_000):
    """Enough data (about 20 MB) that a copy takes a while to make: copies of a contact."""
    conn = sqlite3.connect(db)
    try:
        columns = [c[1] for c in conn.execute("pragma table_info(contact)") if c[1] != "id"]
        template = dict(zip(columns, conn.execute(
            f"select {', '.join(columns)} from contact limit 1").fetchone(), strict=True))
        marks = ", ".join("?" for _ in columns)
        conn.executemany(
            f"insert into contact ({', '.join(columns)}) values ({marks})",
            ([{**template, "ref": f"bulk-{n}", "name": f"Kämpfer {n}",
               "bio": "Lebenslauf " * 40}[c] for c in columns] for n in range(rows)))
        conn.commit()
    finally:
        conn.close()


def _kill_at_random(args, rng, times):
    for _ in range(times):
        proc = subprocess.Popen([sys.executable, "-c", *args], stdout=subprocess.PIPE,
                                text=True)
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        proc.stdout.close()


def _leftovers(db):
    beside = [p.name for p in db.parent.iterdir()
              if ".tmp" in p.name or ".restore-" in p.name]
    folder = folder_for(db)
    inside = [p.name for p in folder.iterdir() if ".tmp" in p.name] if folder.is_dir() else []
    return beside + inside


@pytest.mark.slow
def test_killed_backups_and_restores_leave_nothing_after_the_next_start(office):
    _grow(office)
    good = make_backup(office).path
    rng = random.Random(13)
    _kill_at_random([BACKING_UP, str(office)], rng, 6)
    _kill_at_random([RESTORING, str(office), str(good)], rng, 6)
    assert _leftovers(office)  # the kills did leave copies behind
    result = cli(office, "trips")
    assert result.returncode == 0, result.stderr
    assert "sf-2026" in result.stdout
    assert _leftovers(office) == []
