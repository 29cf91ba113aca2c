"""Folders as offices name them: spaces and umlauts in every path the command line
touches (the store, its backups, exports, prints), run in-process through cli.main."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from delegations import cli
from delegations.paths import backup_dir


@pytest.fixture
def office(tmp_path, monkeypatch) -> Path:
    """An office folder as named on a shared drive; the app's home is in one like it."""
    folder = tmp_path / "Städtepartnerschaften 2026" / "Büro Kämpfer"
    folder.mkdir(parents=True)
    monkeypatch.setenv("DELEGATIONS_HOME", str(tmp_path / "Programme Daten" / "Delegations"))
    monkeypatch.delenv("DELEGATIONS_BACKUPS", raising=False)
    return folder


def test_store_backup_export_and_print_in_folders_with_spaces_and_umlauts(office, capsys):
    db = office / "Reisen Kiel.sqlite"
    assert cli.main(["--db", str(db), "demo"]) == 0
    assert cli.main(["--db", str(db), "backup", str(office / "Sicherung März.sqlite")]) == 0
    assert (office / "Sicherung März.sqlite").stat().st_size > 0
    exported = office / "Ausfuhr Übersicht.json"
    assert cli.main(["--db", str(db), "export", str(exported)]) == 0
    assert any(t["ref"] == "sf-2026" for t in json.loads(exported.read_text("utf-8"))["trips"])
    calendar = office / "Programm São Paulo.ics"
    assert cli.main(["--db", str(db), "export", str(calendar), "--trip", "sf-2026"]) == 0
    assert calendar.read_text("utf-8").startswith("BEGIN:VCALENDAR")
    printed = office / "Reiseplan Kämpfer.pdf"
    assert cli.main(["--db", str(db), "print", "itinerary", "--trip", "sf-2026",
                     "--lang", "de", "--out", str(printed)]) == 0
    assert "Seite 1 von" in PdfReader(printed).pages[0].extract_text()
    assert str(printed) in capsys.readouterr().out


def test_the_default_store_and_its_backups_live_in_the_apps_home(office, capsys):
    home = Path(office.parent.parent / "Programme Daten" / "Delegations")
    assert cli.main(["demo"]) == 0
    store = home / "data" / "delegations.sqlite"
    assert store.is_file()
    assert cli.main(["backup", str(office / "Kopie Büro.sqlite")]) == 0
    assert cli.main(["restore", str(office / "Kopie Büro.sqlite")]) == 0
    assert backup_dir(store) == home / "data" / "backups"
    capsys.readouterr()
    assert cli.main(["trips", "--json"]) == 0
    assert "sf-2026" in capsys.readouterr().out
