"""CSV and vCard on the command line: real processes, real SQLite files, all or nothing.

Each run starts a Python process (most of a second), so each test checks several things.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from delegations.services import contacts, participants, trips
from delegations.storage.store import open_store
from tests.cli.support import one_error_line
from tests.corpus_path import CORPUS as SHARED_CORPUS

CORPUS = SHARED_CORPUS / "vcf"
GERMAN = (
    "Rang;Name;Funktion;Rolle;Status;E-Mail;Telefon\r\n"
    "1;Ulf Kämpfer;Oberbürgermeister;Delegationsleitung;bestätigt;ob@kiel.example;"
    "'+49 431 901-0\r\n"
    "2;Mari Tõnismägi;Stadträtin;Mitglied;bestätigt;;\r\n"
    "3;Jan Müller;Presse;Presse;bestätigt;;\r\n"
)


@pytest.fixture
def office(tmp_path, migrated_file) -> Path:
    """A store with one trip of two places, ref 'gdansk-2026'."""
    path = tmp_path / "office.sqlite"
    path.write_bytes(migrated_file.read_bytes())
    store = open_store(path)
    trips.create_trip(store, {"ref": "gdansk-2026", "title": "Gdańsk", "capacity": 2,
                              "start": "2026-05-04", "end": "2026-05-07"})
    store.close()
    return path


def _look(db: Path):
    store = open_store(db)
    try:
        trip = trips.find_trip(store, "gdansk-2026")
        return (participants.list_participants(store, trip), contacts.list_contacts(store))
    finally:
        store.close()


def test_participants_csv_in_and_out(office, run):
    (office.parent / "delegation.csv").write_bytes(GERMAN.encode("utf-8-sig"))
    result = run(office, "import", "delegation.csv", "--trip", "gdansk-2026")
    assert result.returncode == 0, result.stderr
    assert "participants: 3 new, 0 updated" in result.stdout
    people, _ = _look(office)
    assert [(p.name, p.status.value, p.phone) for p in people] == [
        ("Ulf Kämpfer", "confirmed", "+49 431 901-0"), ("Mari Tõnismägi", "confirmed", ""),
        ("Jan Müller", "waitlisted", "")]  # the trip has two places
    result = run(office, "export", "out.csv", "--trip", "gdansk-2026", language="de")
    assert result.returncode == 0, result.stderr
    text = (office.parent / "out.csv").read_bytes().decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0].startswith("Rang;Name;Funktion;Organisation;Rolle;Status;E-Mail;Telefon;")
    assert lines[1].startswith("1;Ulf Kämpfer;Oberbürgermeister;;Delegationsleitung;Bestätigt;"
                               "ob@kiel.example;'+49 431 901-0;")
    assert lines[3].split(";")[5] == "Warteliste"


def test_contacts_from_csv_and_vcard_and_back(office, run):
    (office.parent / "people.csv").write_text(
        "Name,Organisation,Email,Phone\n杭州 Foreign Affairs Office,Hangzhou,fao@hz.example,"
        "+86 571 1\n", encoding="utf-8")
    result = run(office, "import", "people.csv")
    assert result.returncode == 0, result.stderr
    assert "contacts: 1 new, 0 updated" in result.stdout
    result = run(office, "import", str(CORPUS / "rfc2426-example.vcf"))
    assert result.returncode == 0, result.stderr
    assert "contacts: 2 new, 0 updated" in result.stdout
    assert run(office, "export", "all.vcf").returncode == 0
    vcf = (office.parent / "all.vcf").read_bytes().decode("utf-8")
    assert vcf.count("BEGIN:VCARD\r\nVERSION:3.0\r\n") == 3
    assert "FN;CHARSET=UTF-8:杭州 Foreign Affairs Office\r\n" in vcf
    assert run(office, "export", "all.csv").returncode == 0
    csv_lines = (office.parent / "all.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    assert csv_lines[0].startswith("Name;Honorific;Title;Function;Organisation;City;E-mail;")
    assert [line.split(";")[0] for line in csv_lines[1:4]] == [
        "Frank Dawson", "Tim Howes", "杭州 Foreign Affairs Office"]
    result = run(office, "import", "all.vcf")  # our own file again: updates
    assert "contacts: 0 new, 3 updated" in result.stdout, result.stderr


def test_contacts_imported_on_the_command_line_sort_folded(office, run):
    """The command line's imports keep the folded sort columns like any other write (#16)."""
    (office.parent / "people.csv").write_text(
        "Name,Organisation,Email\nA,Zoo Kiel,z@kiel.example\nB,Ärztekammer,"
        "a@kiel.example\nC,öl AG,o@kiel.example\nD,arzt und Co,d@kiel.example\n",
        encoding="utf-8")
    result = run(office, "import", "people.csv")
    assert result.returncode == 0, result.stderr
    store = open_store(office)
    try:
        rows = contacts.list_contacts(store, sort="organisation")
        assert [c.organisation for c in rows] == ["arzt und Co", "Ärztekammer", "öl AG",
                                                  "Zoo Kiel"]
    finally:
        store.close()


def test_a_bad_row_is_one_line_and_nothing_is_imported(office, run):
    bad = office.parent / "bad.csv"
    bad.write_bytes((GERMAN + "4;Bad Mail;;Mitglied;;kaputt;\r\n").encode("utf-8-sig"))
    line = one_error_line(run(office, "import", "bad.csv", "--trip", "gdansk-2026"))
    assert line == ("delegations: error: bad.csv, line 5, E-Mail: 'kaputt' is not an "
                    "e-mail address")
    line = one_error_line(run(office, "import", str(CORPUS / "John_Doe_ANDROID.vcf"),
                              language="de"))
    # cards with only an e-mail address are named after it; the broken card still refuses
    assert line == (f"delegations: Fehler: {CORPUS / 'John_Doe_ANDROID.vcf'}, Zeile 82, ORG: "
                    "der Text ist kein gültiges UTF-8")
    (office.parent / "latin.csv").write_bytes(b"Name\r\nM\x81ller\r\n")
    line = one_error_line(run(office, "import", "latin.csv"))
    assert line.endswith("latin.csv, line 2: the file is neither UTF-8, UTF-16 nor "
                         "Windows-1252 text")
    assert _look(office) == ([], [])


def test_unknown_trip_and_wrong_usage(office, run):
    out = office.parent / "out.csv"
    out.write_text("old")
    line = one_error_line(run(office, "export", "out.csv", "--trip", "nope"))
    assert line == "delegations: error: unknown trip 'nope'"
    assert out.read_text() == "old"
    for args in (("import", "x.vcf", "--trip", "gdansk-2026"),
                 ("export", "x.vcf", "--trip", "gdansk-2026"),
                 ("export", "x.csv", "--participant", "p1")):
        result = run(office, *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "usage:" in result.stderr and "Traceback" not in result.stderr
