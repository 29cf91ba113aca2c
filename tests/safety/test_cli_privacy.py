"""`export-person` and `anonymise` on the command line, for scripts (real processes)."""

from __future__ import annotations

import json
import stat
import sys

from delegations.storage.backup import make_backup
from delegations.storage.store import open_store
from tests.safety.support import add_maren, cli


def _maren(db):
    store = open_store(db)
    try:
        add_maren(store)
    finally:
        store.close()


def test_export_person_writes_their_data_for_the_user_only(office, tmp_path):
    _maren(office)
    out = tmp_path / "maren.json"
    result = cli(office, "export-person", "Maren", str(out))
    assert result.returncode == 0, result.stderr
    assert "Maren Jürgensen" in json.dumps(json.loads(out.read_text(encoding="utf-8")),
                                           ensure_ascii=False)
    if sys.platform != "win32":
        assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_anonymise_lists_surname_mentions_and_kept_copies_then_removes_confirmed(office):
    _maren(office)
    backup = make_backup(office).path
    dry = cli(office, "anonymise", "Maren", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "--also Jürgensen" in dry.stdout and backup.name in dry.stdout
    done = cli(office, "anonymise", "Maren", "--also", "Jürgensen")
    assert done.returncode == 0, done.stderr
    assert "--also Jürgensen" not in done.stdout
    assert "still holds earlier data" in done.stdout and backup.name in done.stdout
    data = office.read_bytes()
    assert "Jürgensen".encode() not in data and b"maren@kiel.example" not in data


def test_a_person_text_finding_several_is_one_line_naming_their_keys(office):
    result = cli(office, "anonymise", "a")
    assert result.returncode == 1
    assert "give one of their keys" in result.stderr and "Traceback" not in result.stderr
