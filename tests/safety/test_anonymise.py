"""Anonymising leaves no traces: the change log does not tell which special fields a person
had, retention unlinks the contact, free-text mentions of the surname alone are found for
confirmation, and a rewrite of the file that has to wait (another program reading) is
noted and finished at the next opening, without a raw error."""

from __future__ import annotations

import subprocess
import sys
from datetime import date

from sqlalchemy import select

from delegations.model import AuditEntry, Participant
from delegations.privacy.erase import anonymise_person
from delegations.privacy.mentions import find_mentions
from delegations.privacy.pending import finish_pending, is_pending
from delegations.privacy.person import find_people
from delegations.privacy.retention import apply_retention, set_retention_months
from delegations.storage.store import open_store
from tests.safety.support import add_maren

READER = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.isolation_level = None; "
          "c.execute('begin'); c.execute('select count(*) from contact').fetchone(); "
          "print('ready', flush=True); sys.stdin.readline()")


def _maren(store):
    add_maren(store)
    return next(p.key for p in find_people(store, "Maren"))


def test_the_change_log_does_not_say_which_fields_the_person_had(office):
    store = open_store(office)
    try:
        anonymise_person(store, _maren(store))
        with store.read() as s:
            logged = list(s.scalars(select(AuditEntry).where(
                AuditEntry.action == "anonymise")))
        assert logged and all("mobility" not in e.fields and "mobility" not in e.detail
                              for e in logged)
    finally:
        store.close()


def test_the_surname_alone_is_found_for_confirmation_then_removed(office):
    store = open_store(office)
    try:
        key = _maren(store)
        hits = find_mentions(store, key)
        assert [(h.word, h.text) for h in hits] == [
            ("Jürgensen", "barrierearmes Zimmer für Frau Jürgensen")]
        anonymise_person(store, key, also=[h.word for h in hits])
        with store.read() as s:
            notes = [p.notes for p in s.scalars(select(Participant))]
        assert not any("Jürgensen" in (n or "") for n in notes)
    finally:
        store.close()


def test_retention_unlinks_the_contact(office):
    store = open_store(office)
    try:
        _maren(store)
        set_retention_months(store, 1)
        apply_retention(store, date(2026, 1, 1))
        with store.read() as s:
            rows = list(s.scalars(select(Participant).where(
                Participant.name.like("Anonymised%"))))
        assert rows and all(row.contact_id is None for row in rows)
    finally:
        store.close()


def test_a_rewrite_that_must_wait_is_noted_and_finished_at_the_next_opening(office):
    store = open_store(office)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(office)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout is not None and reader.stdout.readline().strip() == "ready"
        done = anonymise_person(store, _maren(store))
        assert not done.compacted and is_pending(store)
    finally:
        reader.communicate("\n", timeout=30)
    assert finish_pending(store) is True and not is_pending(store)
    assert finish_pending(store) is None
    store.close()
    assert b"maren@kiel.example" not in office.read_bytes()
