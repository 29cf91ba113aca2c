"""An exchange file changes only what it states: records it does not mention stay, fields it
leaves out keep their values, unless `--replace` is asked for; an import that changes
existing records takes a checked backup first (real processes, real files)."""

from __future__ import annotations

import json
import sqlite3

from delegations.exchange import export_store
from delegations.storage.backup import list_backups
from delegations.storage.integrity import check_store_file
from delegations.storage.store import open_store
from tests.safety.support import cli


def partial_file(tmp_path):
    """A partner's file naming our trip and contact by ref, with little else."""
    document = {
        "format": "delegations-exchange", "version": 1,
        "contacts": [{"ref": "c-mayor-sf", "name": "Jane Q. Example"}],
        "trips": [{"ref": "sf-2026", "title": "Signing ceremony San Francisco",
                   "kind": "outgoing", "status": "confirmed", "start": "2026-02-22",
                   "end": "2026-02-27", "participants": [], "agenda": []}],
    }
    path = tmp_path / "partner.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _state(db):
    store = open_store(db)
    try:
        doc = export_store(store)
    finally:
        store.close()
    sf = next(t for t in doc["trips"] if t["ref"] == "sf-2026")
    mayor = next(c for c in doc["contacts"] if c["ref"] == "c-mayor-sf")
    return sf, mayor


def test_a_partial_file_removes_and_blanks_nothing(office, tmp_path):
    before_sf, before_mayor = _state(office)
    result = cli(office, "import", str(partial_file(tmp_path)))
    assert result.returncode == 0, result.stderr
    sf, mayor = _state(office)
    for key in ("participants", "agenda", "travel", "accommodation", "follow_ups",
                "outcomes", "gifts"):
        assert sf[key] == before_sf[key], key
    assert sf["purpose"] == before_sf["purpose"] and sf["purpose"]
    assert mayor["name"] == "Jane Q. Example"  # what the file states is taken
    assert {k: v for k, v in mayor.items() if k != "name"} == {
        k: v for k, v in before_mayor.items() if k != "name"}
    assert mayor["bio"] and mayor["email"]
    backups = list_backups(office)
    assert [b.reason for b in backups] == ["import"]  # the contact's name changed
    check_store_file(backups[0].path)
    conn = sqlite3.connect(backups[0].path)
    try:
        (name,) = conn.execute("select name from contact where ref='c-mayor-sf'").fetchone()
    finally:
        conn.close()
    assert name == before_mayor["name"]  # the backup holds the store as it was


def test_replace_removes_what_the_file_does_not_list_after_a_backup(office, tmp_path):
    before_sf, _ = _state(office)
    result = cli(office, "import", str(partial_file(tmp_path)), "--replace")
    assert result.returncode == 0, result.stderr
    sf, mayor = _state(office)
    assert sf["participants"] == [] and sf["agenda"] == [] and sf["follow_ups"] == []
    assert mayor["bio"] == ""
    assert "removed" in result.stdout and "Backup" in result.stdout
    (backup,) = list_backups(office)
    check_store_file(backup.path)
    conn = sqlite3.connect(backup.path)
    try:
        (count,) = conn.execute("select count(*) from participant p join trip t on "
                                "p.trip_id = t.id where t.ref='sf-2026'").fetchone()
    finally:
        conn.close()
    assert count == len(before_sf["participants"]) > 0


def test_importing_the_same_file_again_takes_no_backup(office, tmp_path):
    path = tmp_path / "all.json"
    assert cli(office, "export", str(path)).returncode == 0
    assert cli(office, "import", str(path)).returncode == 0
    assert list_backups(office) == []
