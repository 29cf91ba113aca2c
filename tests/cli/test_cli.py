"""The command line as scripts use it: real SQLite files, output and exit statuses.

Most commands run in this process (the `run` fixture); exit statuses and `python -m
delegations` itself are checked through a real process (run_process, about a second each).
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path

import pytest

from delegations.cli.listing import trip_table
from delegations.enums import TripKind, TripStatus
from delegations.exchange import dumps, export_store, import_exchange, read_exchange
from delegations.services.dto import TripRow
from delegations.storage.store import open_store
from tests.cli.support import one_error_line, run_process
from tests.stores import filled_file

RICH = Path(__file__).resolve().parent.parent / "data" / "exchange_rich.json"


@pytest.fixture(scope="module")
def office_template(tmp_path_factory) -> Path:
    """A store holding the hand-built rich document, made once in this process."""
    return filled_file(tmp_path_factory, "rich",
                       lambda store: import_exchange(store, read_exchange(RICH)))


def contents(db: Path) -> str:
    store = open_store(db)
    try:
        return dumps(export_store(store))
    finally:
        store.close()


def test_export_import_round_trip_through_files(office, tmp_path, run):
    exported = run(office, "export", "out.json")
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.startswith("Exported to out.json: trips 3, cities 8")
    second = tmp_path / "second.sqlite"
    imported = run(second, "import", str(tmp_path / "out.json"))
    assert imported.returncode == 0, imported.stderr
    assert "trips: 3 new, 0 updated" in imported.stdout
    assert contents(second) == (tmp_path / "out.json").read_text(encoding="utf-8")


def test_trips_as_json(office, run):
    listed = run(office, "trips", "--year", "2026", "--json", language="de")
    assert listed.returncode == 0, listed.stderr
    trips = json.loads(listed.stdout)
    assert [t["ref"] for t in trips] == ["gdansk-2026", "sf-2026"]
    assert list(trips[0]) == ["id", "ref", "title", "kind", "status", "start", "end",
                              "destinations"]
    assert trips[0]["destinations"] == ["Gdańsk", "Калининград"]
    assert (trips[1]["kind"], trips[1]["status"], trips[1]["start"], trips[1]["end"]) == (
        "outgoing", "confirmed", "2026-02-22", "2026-02-27")


def test_trips_table_for_people(office, run):
    english = run(office, "trips", "--status", "planned")
    assert english.returncode == 0
    assert english.stdout.splitlines()[0].split() == [
        "ID", "Ref", "Title", "Kind", "Status", "Start", "End", "Destinations"]
    assert "Citizens' trip" in english.stdout and "Oct 23, 2026" in english.stdout


def test_trips_table_in_german_lines_up_wide_characters():
    row = TripRow(id=3, ref="hz-2027", title="Städteforum 杭州", kind=TripKind.FORUM,
                  status=TripStatus.IDEA, start=date(2027, 5, 10), end=date(2027, 5, 12),
                  destinations=("杭州",), language="en", participants=0)
    lines = trip_table([row], "de").splitlines()
    assert lines[0].split() == ["Nr.", "Kennung", "Titel", "Art", "Status", "Beginn", "Ende",
                                "Reiseziele"]
    assert "Forum / Konferenz" in lines[2] and "Idee" in lines[2] and "10.05.2027" in lines[2]
    before_kind = lines[2][:lines[2].index("Forum")]
    assert width(before_kind) == lines[0].index("Art")  # 杭州 takes two cells a character


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def test_bad_exchange_file_is_one_line_and_changes_nothing(office, tmp_path, run):
    before = contents(office)
    document = read_exchange(RICH)
    document["cities"][0]["name"] = "Renamed on the way"
    document["trips"][0]["agenda"][1]["timezone"] = "Europe/Kiel"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    line = one_error_line(run(office, "import", str(bad), language="de"))
    assert line == (f"delegations: Fehler: {bad}: trips[0].agenda[1].timezone: "
                    "unbekannte Zeitzone 'Europe/Kiel'")
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "delegations-exchange",\n "version": 1,\n "trips": [}')
    line = one_error_line(run(office, "import", str(broken)))
    assert f"{broken}, line 3, column 12: not valid JSON" in line
    assert contents(office) == before


def test_one_trip_by_ref_and_an_unknown_trip(office, run):
    result = run(office, "export", "one.json", "--trip", "gdansk-2026")
    assert result.returncode == 0, result.stderr
    document = json.loads((office.parent / "one.json").read_text(encoding="utf-8"))
    assert [t["ref"] for t in document["trips"]] == ["gdansk-2026"]
    assert [c["name"] for c in document["cities"]] == ["Gdańsk", "Калининград"]
    before = (office.parent / "one.json").read_bytes()
    line = one_error_line(run(office, "export", "one.json", "--trip", "nope"))
    assert line == "delegations: error: unknown trip 'nope'"
    assert (office.parent / "one.json").read_bytes() == before  # a failed export keeps it


def test_unwritable_output_fails_cleanly_and_leaves_no_file(office, tmp_path, run):
    line = one_error_line(run(office, "export", str(tmp_path / "missing" / "out.json")))
    assert str(tmp_path / "missing" / "out.json") in line
    (tmp_path / "taken.json").mkdir()
    line = one_error_line(run(office, "export", "taken.json"))
    assert "taken.json" in line
    assert not any(p.name.endswith((".tmp", "out.json")) for p in tmp_path.rglob("*"))
    assert list((tmp_path / "taken.json").iterdir()) == []


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path, run):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("Kiel – Gdańsk, Notizen\n" * 50, encoding="utf-8")
    before = notes.read_bytes()
    line = one_error_line(run(notes, "trips"))
    assert "not a Delegations database" in line and "notes.sqlite" in line
    assert notes.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.sqlite"]


def test_wrong_usage_exits_2(office):
    for args in (("trips", "--year", "next"), ("export", "trips.txt"), (),
                 ("import", str(RICH), "--trip", "sf-2026")):
        result = run_process(office, *args)
        assert result.returncode == 2, args
        assert "usage:" in result.stderr and "Traceback" not in result.stderr


def test_help_lists_every_command(office):
    result = run_process(office, "--help")
    assert result.returncode == 0
    for command in ("demo", "trips", "import", "export", "print", "backup", "restore"):
        assert f"    {command} " in result.stdout
    line = one_error_line(run_process(office, "print", "itinerary", "--out", "x.pdf",
                                      "--trip", "x"))
    assert line.endswith("unknown trip 'x'")  # print is there now (test_cli_print.py)


def test_demo_loads(office, run):
    result = run(office, "demo")
    assert result.returncode == 0, result.stderr
    assert "trips:" in result.stdout and "trips: 0 new" not in result.stdout


def test_a_fault_in_the_program_is_one_line_and_a_report_without_values(
        office, tmp_path, monkeypatch, capsys):
    """A bug (simulated: a command raising with a traveller's name in its message) gives
    one line and a private report; the name appears in neither."""
    from delegations import cli
    from delegations.cli import listing

    def broken(_args):
        raise RuntimeError("Jörg Åberg, halal")

    monkeypatch.setenv("DELEGATIONS_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(listing, "run_trips", broken)
    assert cli.main(["--db", str(office), "trips"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "RuntimeError" in err
    assert "Traceback" not in err and "Jörg" not in err
    log = next((tmp_path / "home").rglob("errors.log"))
    assert str(log) in err and "Jörg" not in log.read_text("utf-8")
