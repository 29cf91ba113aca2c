"""CSV exports cannot run as formulas in a spreadsheet, and reading an export gives back
exactly what was exported: import(export(x)) == x for contacts and participants."""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
from dataclasses import asdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from delegations.errors import ValidationError
from delegations.exchange.csvfile import (
    escape_cell,
    read_csv,
    unescape_cell,
    write_contacts_csv,
    write_participants_csv,
)
from delegations.services import cities, contacts, participants, trips
from delegations.storage.store import open_store

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
TRICKY = ["=HYPERLINK(\"http://x.example\";\"klick\")", "+49 431 901-0", "-", "@SUMME(A1)",
          "'=1+2", "''+x", "'", "'Kiel'", "Müller; \"der Ältere\"", "İskenderun, 杭州",
          "Калининград\nzweite Zeile", "a\r\nb", "=", "-1", "@"]
SETTINGS = settings(max_examples=15, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


def cells_of(path):
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=";")
            for cell in row]


@pytest.mark.parametrize("start", DANGEROUS)
def test_every_formula_start_is_escaped_and_read_back(start):
    value = start + "cmd|' /C calc'!A0"
    assert escape_cell(value) == "'" + value
    assert unescape_cell(escape_cell(value)) == value


@pytest.mark.parametrize("value", ["'=1+2", "''@x", "'-"])
def test_a_value_that_starts_with_its_own_apostrophe_survives(value):
    """Before: "'=1+2" was written as is and read back as "=1+2"."""
    assert escape_cell(value) == "'" + value
    assert unescape_cell(escape_cell(value)) == value


@settings(deadline=None)
@given(st.text(alphabet=st.sampled_from("'=+-@\t\rab;\" "), max_size=8))
def test_escaping_round_trips_and_never_leaves_a_formula_start(value):
    escaped = escape_cell(value)
    assert unescape_cell(escaped) == value
    assert not escaped.startswith(DANGEROUS)


def test_no_exported_cell_starts_like_a_formula(store, tmp_path):
    city = cities.create_city(store, {"name": "=Stadt", "timezone": "Europe/Berlin"})
    for n, value in enumerate(TRICKY):
        contacts.create_contact(store, {"name": f"{value} {n}", "function": value,
                                        "organisation": value, "notes": value,
                                        "bio": value, "city": city.id, "phone": value})
    path = tmp_path / "contacts.csv"
    write_contacts_csv(store, path)
    for cell in cells_of(path):
        assert not cell.startswith(DANGEROUS), cell


CONTACT_FIELDS = ("ref", "name", "honorific", "title", "function", "organisation",
                  "city_name", "email", "phone", "languages", "address_form", "bio", "notes")
PARTICIPANT_FIELDS = ("ref", "name", "function", "organisation", "role", "precedence",
                      "status", "email", "phone", "diet", "mobility", "notes")
values = st.one_of(st.sampled_from(TRICKY), st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")) | st.sampled_from(
        "'=+-@;\",\n"), max_size=20))


@pytest.fixture
def pair(tmp_path, migrated_file):
    """Two stores: one to export from, one to import into (kept across examples: each
    export carries every row, and rows with a ref already there are updated)."""
    stores = []
    for name in ("source.sqlite", "target.sqlite"):
        shutil.copyfile(migrated_file, tmp_path / name)
        store = open_store(tmp_path / name)
        cities.create_city(store, {"ref": "gd", "name": "Gdańsk", "timezone": "Europe/Warsaw"})
        trips.create_trip(store, {"ref": "aarhus-2026", "title": "Aarhus",
                                  "start": "2026-05-04", "end": "2026-05-07"})
        stores.append(store)
    yield stores[0], stores[1], tmp_path
    for store in stores:
        store.close()


def _made(create, data):
    """Create with `data`; the core's rules may refuse generated values (then nothing)."""
    with contextlib.suppress(ValidationError):
        create(data)


@SETTINGS
@given(name=values, function=values, organisation=values, notes=values, bio=values,
       honorific=values)
def test_contacts_import_of_export_is_identity(pair, name, function, organisation, notes,
                                               bio, honorific):
    source, target, folder = pair
    city = cities.list_cities(source)[0].id
    _made(lambda d: contacts.create_contact(source, d), {
        "name": name, "function": function, "organisation": organisation, "notes": notes,
        "bio": bio, "honorific": honorific, "city": city, "email": "m@gdansk.example",
        "phone": "+48 58 323 70 00"})
    _made(lambda d: contacts.create_contact(source, d), {"name": "=SUMME(A1)", "title": "'=x"})
    path = folder / "contacts.csv"
    write_contacts_csv(source, path, language="de")
    read_csv(path, target).apply(target, all_or_nothing=True)
    assert _rows(target, CONTACT_FIELDS) == _rows(source, CONTACT_FIELDS)


@SETTINGS
@given(name=values, function=values, diet=values, notes=values,
       language=st.sampled_from(["de", "en"]))
def test_participants_import_of_export_is_identity(pair, name, function, diet, notes,
                                                   language):
    source, target, folder = pair
    trip_ids = [trips.list_trips(s)[0].id for s in (source, target)]
    if not participants.list_participants(source, trip_ids[0]):
        participants.add_participant(source, trip_ids[0], {
            "name": "-Kämpfer", "role": "head", "precedence": 1, "status": "confirmed",
            "phone": "+49 431 901-0"})
    _made(lambda d: participants.add_participant(source, trip_ids[0], d), {
        "name": name, "function": function, "diet": diet, "notes": notes,
        "role": "interpreter", "status": "registered", "organisation": "@Amt"})
    path = folder / "delegation.csv"
    write_participants_csv(source, trip_ids[0], path, language=language)
    read_csv(path, target, trip_id=trip_ids[1]).apply(target, all_or_nothing=True)
    assert _people(target, trip_ids[1]) == _people(source, trip_ids[0])


def _rows(store, fields):
    rows = [asdict(c) for c in contacts.list_contacts(store)]
    return sorted(tuple(row[f] for f in fields) for row in rows)


def _people(store, trip_id):
    rows = [asdict(p) for p in participants.list_participants(store, trip_id)]
    return sorted(tuple(row[f] for f in PARTICIPANT_FIELDS) for row in rows)
