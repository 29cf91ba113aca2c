"""Calendars on the command line: real processes, a real demo store, all or nothing.

Each run starts a Python process (most of a second), so each test checks several things.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar

from delegations.services import agenda, trips
from delegations.storage.store import Store, open_store
from tests.cli.support import one_error_line
from tests.corpus_path import CORPUS as SHARED_CORPUS
from tests.stores import filled_file

CORPUS = SHARED_CORPUS / "ics"


def _add_copy(store: Store) -> None:
    trips.create_trip(store, {"ref": "sf-copy", "title": "Kopie", "kind": "outgoing",
                              "status": "planned", "start": "2026-02-22",
                              "end": "2026-02-27"})


@pytest.fixture(scope="module")
def office_template(tmp_path_factory, demo_file) -> Path:
    """The demo office and an empty trip 'sf-copy' to import programmes into."""
    return filled_file(tmp_path_factory, "demo", _add_copy, start=demo_file)


def items(db: Path, ref: str):
    store = open_store(db)
    try:
        return agenda.list_items(store, trips.find_trip(store, ref))
    finally:
        store.close()


def test_export_everyone_and_one_participant(office, run):
    result = run(office, "export", "sf.ics", "--trip", "sf-2026")
    assert result.returncode == 0, result.stderr
    assert "sf.ics: 35 events" in result.stdout
    cal = Calendar.from_ical((office.parent / "sf.ics").read_bytes())
    assert len(cal.walk("VEVENT")) == 35
    result = run(office, "export", "voss.ics", "--trip", "sf-2026", "--participant",
                 "Maren Voss", language="de")
    assert result.returncode == 0, result.stderr
    assert "voss.ics: 26 Termine" in result.stdout
    voss = (office.parent / "voss.ics").read_bytes().decode("utf-8")
    assert "X-WR-CALNAME:" in voss and "Flug LH 454 FRA → SFO" in voss
    line = one_error_line(run(office, "export", "voss.ics", "--trip", "sf-2026",
                              "--participant", "Nobody"))
    assert line == "delegations: error: There is no participant 'Nobody' in trip 'sf-2026'."
    assert (office.parent / "voss.ics").read_bytes().decode("utf-8") == voss


def test_import_into_a_trip_then_update_and_refuse_broken_files(office, run):
    run(office, "export", "sf.ics", "--trip", "sf-2026")
    result = run(office, "import", "sf.ics", "--trip", "sf-copy")
    assert result.returncode == 0, result.stderr
    assert "programme points: 29 new, 0 updated" in result.stdout
    assert "is a travel leg and was left out" in result.stdout
    before = items(office, "sf-copy")
    assert [(a.title, a.start, a.timezone) for a in before] == [
        (a.title, a.start, a.timezone) for a in items(office, "sf-2026")]
    result = run(office, "import", "sf.ics", "--trip", "sf-copy")
    assert "programme points: 0 new, 29 updated" in result.stdout, result.stderr
    line = one_error_line(run(office, "import", str(CORPUS / "broken_ical.ics"),
                              "--trip", "sf-copy", language="de"))
    assert line.startswith(f"delegations: Fehler: {CORPUS / 'broken_ical.ics'}, Zeile 4: ")
    assert items(office, "sf-copy") == before
    usage = run(office, "import", "sf.ics")
    assert usage.returncode == 2 and "needs --trip" in usage.stderr
