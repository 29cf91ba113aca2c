"""Shared helpers for the data-safety tests: a real store file and the command line as a
separate process (so that a hang or a kill is a real one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from delegations.exchange import import_exchange, read_exchange
from delegations.services import contacts, participants, trips
from delegations.storage.store import Store, open_store

RICH = Path(__file__).resolve().parent.parent / "data" / "exchange_rich.json"


def add_maren(store: Store) -> None:
    """Maren Jürgensen, in the directory and on a citizens' trip of 2020 with a wheelchair
    and her surname in the notes: the person the privacy tests export and anonymise."""
    contact = contacts.create_contact(store, {"name": "Maren Jürgensen",
                                              "email": "maren@kiel.example"})
    trip = trips.create_trip(store, {"title": "Bürgerreise Tallinn", "kind": "citizens",
                                     "start": "2020-05-01", "end": "2020-05-05"})
    participants.add_participant(store, trip.id, {
        "name": "Maren Jürgensen", "mobility": "Rollstuhl", "contact": contact.id,
        "notes": "barrierearmes Zimmer für Frau Jürgensen"})


def rich_store(path: Path) -> Path:
    """A store at `path` holding the hand-built rich document."""
    store = open_store(path)
    try:
        import_exchange(store, read_exchange(RICH))
    finally:
        store.close()
    return path


def copy_of(template: Path, folder: Path) -> Path:
    target = folder / "office.sqlite"
    shutil.copyfile(template, target)
    return target


def cli(db: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -m delegations --db DB ARGS…` as its own process, in English."""
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    env.update(LANG="C.UTF-8", LANGUAGE="en")
    env.pop("DELEGATIONS_DB", None)
    return subprocess.run(
        [sys.executable, "-m", "delegations", "--db", str(db), *args],
        cwd=db.parent, env=env, capture_output=True, text=True, encoding="utf-8",
        timeout=timeout, check=False)
