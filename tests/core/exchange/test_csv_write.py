"""Writing participants and contacts as CSV for German spreadsheets, safely, and reading
our own files back without loss."""

from __future__ import annotations

import pytest

from delegations.errors import NotFoundError
from delegations.exchange.csvfile import (
    escape_cell,
    read_csv,
    unescape_cell,
    write_contacts_csv,
    write_participants_csv,
)
from delegations.exchange.preview import Action
from delegations.services import cities, contacts, participants, trips

NAMES = ["Ulf Kämpfer", "Århus Kommune", "Mari Tõnismägi", "Gdańsk Urząd",
         "İskenderun Belediyesi", "Калининград", "杭州"]
HYPERLINK = '=HYPERLINK("http://evil.example","klick")'


@pytest.fixture
def trip(store):
    trip = trips.create_trip(store, {"title": "Partnerstädte", "start": "2026-05-04",
                                     "end": "2026-05-07"}).id
    for rank, name in reversed(list(enumerate(NAMES, start=1))):
        participants.add_participant(store, trip, {
            "name": name, "precedence": rank, "phone": "+49 431 901-2000",
            "role": "head" if rank == 1 else "member", "notes": "zwei\nZeilen; mit Semikolon"})
    return trip


def test_escaping_cells():
    for value in ("=1+2", "+49 431", "-3", "@SUM(A1)", "\tx", "\rx", HYPERLINK):
        assert escape_cell(value) == "'" + value
        assert unescape_cell(escape_cell(value)) == value
    for value in ("Kiel", "'quoted'", "", "1-2"):
        assert escape_cell(value) == value
        assert unescape_cell(value) == value


def test_participants_file_format(store, trip, tmp_path):
    path = tmp_path / "delegation.csv"
    assert write_participants_csv(store, trip, path, language="de") == len(NAMES)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfRang;Name;Funktion;Organisation;Rolle;Status;")
    text = raw.decode("utf-8-sig")
    assert text.count("\r\n") == len(NAMES) + 1
    lines = text.split("\r\n")
    assert lines[1].startswith("1;Ulf Kämpfer;;;Delegationsleitung;Bestätigt;;'+49 431 901-2000;")
    assert [line.split(";")[1] for line in lines[1:-1]] == NAMES  # precedence order
    english = tmp_path / "delegation-en.csv"
    write_participants_csv(store, trip, english, language="en")
    assert english.read_bytes().decode("utf-8-sig").startswith(
        "Rank;Name;Function;Organisation;Role;Status;E-mail;Phone;Diet;Mobility;Notes;Ref;"
        "Contact ref\r\n1;Ulf Kämpfer;;;Head of delegation;Confirmed;")


@pytest.mark.parametrize("language", ["de", "en"])
def test_participants_round_trip(store, trip, tmp_path, language):
    path = tmp_path / "delegation.csv"
    write_participants_csv(store, trip, path, language=language)
    other = trips.create_trip(store, {"title": "Copy", "start": "2026-01-01",
                                      "end": "2026-01-02"}).id
    preview = read_csv(path, store, trip_id=other)
    assert not preview.has_errors and preview.missing == ()
    assert all(c.field for c in preview.columns)  # our own headers are all recognised
    preview.apply(store, all_or_nothing=True)
    fields = ("name", "role", "precedence", "status", "phone", "notes", "ref")
    before = [[getattr(p, f) for f in fields] for p in participants.list_participants(
        store, trip)]
    after = [[getattr(p, f) for f in fields] for p in participants.list_participants(
        store, other)]
    assert after == before
    again = read_csv(path, store, trip_id=other)  # the same file again: updates
    assert {r.action for r in again.rows} == {Action.UPDATE}


def test_formulas_are_escaped_and_survive(store, tmp_path):
    contacts.create_contact(store, {"name": HYPERLINK, "phone": "+49 431 …",
                                    "organisation": "@evil", "notes": "-minus"})
    path = tmp_path / "contacts.csv"
    write_contacts_csv(store, path, language="en")
    row = path.read_bytes().decode("utf-8-sig").split("\r\n")[1]
    assert row.startswith('"\'=HYPERLINK(""http://evil.example"",""klick"")";')
    assert ";'+49 431 …;" in row and ";'@evil;" in row and ";'-minus;" in row
    values = read_csv(path, store).rows[0].values
    assert (values["name"], values["phone"], values["organisation"], values["notes"]) == (
        HYPERLINK, "+49 431 …", "@evil", "-minus")


def test_contacts_round_trip_with_unicode_names(store, tmp_path):
    kiel = cities.create_city(store, {"name": "Kiel", "timezone": "Europe/Berlin"}).id
    for n, name in enumerate(NAMES):
        contacts.create_contact(store, {
            "name": name, "honorific": "Frau", "title": "Dr.", "function": "Leiterin",
            "organisation": "Stadt, Amt; Referat", "city": kiel if n % 2 else None,
            "email": f"p{n}@example.org", "phone": "+49 431 901-0", "languages": "de,en",
            "address_form": "Sehr geehrte Frau Dr.", "bio": "Kurz.\nLang.", "notes": "x"})
    before = contacts.list_contacts(store)
    path = tmp_path / "kontakte.csv"
    assert write_contacts_csv(store, path, language="de") == len(NAMES)
    preview = read_csv(path, store)
    assert [r.action for r in preview.rows] == [Action.UPDATE] * len(NAMES)
    assert [r.city_id for r in preview.rows] == [c.city_id for c in before]
    for contact in before:
        contacts.delete_contact(store, contact.id)
    preview = read_csv(path, store)
    preview.apply(store, all_or_nothing=True)
    assert contacts.list_contacts(store) == [
        type(c)(**{**c.__dict__, "id": a.id}) for c, a in zip(
            before, contacts.list_contacts(store), strict=True)]


def test_export_of_unknown_trip_writes_nothing(store, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "x.csv"
    path.write_text("old")
    with pytest.raises(NotFoundError):
        write_participants_csv(store, 999, path)
    assert path.read_text() == "old"
    assert [p.name for p in folder.iterdir()] == ["x.csv"]
