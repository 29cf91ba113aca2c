"""The exchange file: round trips, re-imports, and bad documents that change nothing."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from delegations.demo import load_demo
from delegations.errors import ValidationError
from delegations.exchange import dumps, export_store, import_exchange, read_exchange, write_exchange
from delegations.model import AgendaItem, Trip
from delegations.services.home import get_home, set_home
from delegations.storage.store import Store, open_store
from tests.core.exchange.refusal import refused_unchanged

RICH = Path(__file__).resolve().parents[2] / "data" / "exchange_rich.json"
NAMES = ("Kämpfer", "Århus", "Tõnismägi", "Gdańsk", "İskenderun", "Калининград", "杭州")


@pytest.fixture
def document() -> dict[str, Any]:
    """A fresh copy of the hand-built rich document (tests may change it)."""
    return read_exchange(RICH)


@pytest.fixture(scope="module")
def rich_store(tmp_path_factory, migrated_file) -> Iterator[Store]:
    """A store holding the rich document, shared by the tests whose imports must fail
    (each checks that it is unchanged; importing costs a fifth of a second)."""
    path = tmp_path_factory.mktemp("rich") / "rich.sqlite"
    shutil.copyfile(migrated_file, path)
    store = open_store(path)
    import_exchange(store, read_exchange(RICH))
    yield store
    store.close()


def snapshot(store: Store) -> str:
    return dumps(export_store(store))


def trip(document: dict[str, Any], ref: str) -> dict[str, Any]:
    return next(t for t in document["trips"] if t["ref"] == ref)


# ---------------------------------------------------------------------------- round trips


def test_round_trip_through_an_empty_store_is_identical(store, other_store, document):
    import_exchange(store, document)
    first = snapshot(store)
    import_exchange(other_store, json.loads(first))
    assert snapshot(other_store) == first
    for name in NAMES:
        assert name in first  # written as is, not \u-escaped


def test_written_file_reads_back_the_same(store, document, tmp_path):
    import_exchange(store, document)
    path = tmp_path / "kiel.json"
    written = write_exchange(store, path)
    raw = path.read_bytes()
    assert raw.startswith(b'{\n  "format": "delegations-exchange",\n  "version": 1,')
    assert "Калининград".encode() in raw and raw.endswith(b"}\n")
    assert read_exchange(path) == written == export_store(store)
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_export_carries_every_field_in_the_exchange_spelling(store, document):
    import_exchange(store, document)
    out = export_store(store)
    sf = trip(out, "sf-2026")
    assert sf["budget"] == 12345.5 and sf["example"] is True
    assert sf["goals"] == ["og-1", "sz-1.1"]  # by position
    assert [p["ref"] for p in sf["participants"]] == ["p1", "p3", "p2"]  # by precedence
    assert sf["participants"][0]["registered_at"] == "2025-11-01T08:00:00Z"
    assert sf["participants"][0]["contact"] == "c-local"
    lunch = next(a for a in sf["agenda"] if a["ref"] == "a2")
    assert (lunch["start"], lunch["end"]) == ("2026-02-24T12:30", "2026-02-24T13:45:30")
    assert [t["ref"] for t in sf["travel"]] == ["t2", "t1"]  # generated, sorted by departure
    assert sf["travel"][0]["arrive_timezone"] == "Europe/Berlin"
    assert [s["ref"] for s in sf["accommodation"]] == ["acc1"]
    assert [o["ref"] for o in sf["outcomes"]] == ["o1", "o2"]
    assert [f["ref"] for f in sf["follow_ups"]] == ["f1", "f2"]
    assert [g["ref"] for g in sf["gifts"]] == ["gift-sf-1", "sf-2026-g2"]
    assert sf["gifts"][1]["value"] == 45.99
    assert out["goals"][2] == {
        "ref": "sz-1.1", "kind": "strategic", "code": "1.1", "name": "Partnerschaften leben",
        "name_en": "Living partnerships", "parent": "og-1", "description": "", "position": 2}
    assert out["settings"] == {"conflict_buffer_minutes": 15, "default_language": "de"}
    assert [f["ref"] for f in out["follow_ups"]] == ["loose-1"]
    assert [g["ref"] for g in out["gifts"]] == ["gift-visit-1"]
    gdansk = trip(out, "gdansk-2026")
    assert gdansk["destinations"] == ["gdansk", "kaliningrad"]  # the trip's order
    assert gdansk["participants"][1]["registered_at"] == "2026-05-02T10:00:00.250000Z"


def test_one_trip_export_is_self_contained(store, other_store, document):
    import_exchange(store, document)
    with store.read() as s:
        trip_id = s.scalar(select(Trip.id).where(Trip.ref == "gdansk-2026"))
    out = export_store(store, [trip_id])
    assert [t["ref"] for t in out["trips"]] == ["gdansk-2026"]
    assert [c["ref"] for c in out["cities"]] == ["gdansk", "kaliningrad"]
    assert [c["ref"] for c in out["contacts"]] == ["c-gdansk"]
    assert "settings" not in out and "gifts" not in out and out["home"]["name"] == "Kiel"
    import_exchange(other_store, out)
    assert export_store(other_store, [1]) == out


def test_demo_file_imports_cleanly_and_round_trips(store, other_store):
    summary = load_demo(store)
    assert summary.created["trips"] > 0 and summary.total_updated == 0
    first = snapshot(store)
    import_exchange(other_store, json.loads(first))
    assert snapshot(other_store) == first


# ---------------------------------------------------------------------------- re-imports


def test_importing_again_updates_instead_of_duplicating(store, document):
    created = import_exchange(store, document)
    first = snapshot(store)
    again = import_exchange(store, document)
    third = import_exchange(store, document)
    assert again == third
    assert again.total_created == 0 and not again.removed
    assert again.updated["trips"] == created.created["trips"] == 3
    assert again.updated["travel"] == created.created["travel"] == 2
    assert snapshot(store) == first


def test_load_demo_takes_any_exchange_file(store):
    summary = load_demo(store, RICH)
    assert summary.created["cities"] == 8
    assert load_demo(store, RICH).updated["cities"] == 8


def test_reimport_replaces_a_trips_lists(store, document):
    import_exchange(store, document)
    sf = trip(document, "sf-2026")
    sf["participants"] = [p for p in sf["participants"] if p["ref"] != "p1"]
    for item in sf["agenda"]:
        item["attendees"] = [ref for ref in item.get("attendees", []) if ref != "p1"]
    sf["agenda"] = sf["agenda"][:1]
    sf["travel"][0]["travellers"] = []
    sf["accommodation"][0]["guests"] = ["p3"]
    moved = sf["gifts"].pop(0)
    trip(document, "gdansk-2026")["gifts"] = [moved]
    summary = import_exchange(store, document, replace=True)
    assert summary.removed == {"participants": 1, "agenda": 1, "gifts": 1}
    assert summary.backup is not None and summary.backup.exists()
    out = export_store(store)
    sf_out = trip(out, "sf-2026")
    assert [p["ref"] for p in sf_out["participants"]] == ["p3", "p2"]
    assert [(a["ref"], a["attendees"]) for a in sf_out["agenda"]] == [("a2", ["p2"])]
    assert sf_out["accommodation"][0]["guests"] == ["p3"]
    assert [g["ref"] for g in trip(out, "gdansk-2026")["gifts"]] == ["gift-sf-1"]
    assert summary.updated["gifts"] >= 1  # moved, not deleted and made again


def test_waiting_list_is_rebalanced_after_import(store, document):
    citizens = trip(document, "gdansk-2026")
    citizens["participants"][0]["status"] = "withdrawn"
    summary = import_exchange(store, document)
    assert [p.name for p in summary.promotions] == ["Łucja Nowak"]
    statuses = {p["ref"]: p["status"] for p in trip(export_store(store), "gdansk-2026")
                ["participants"]}
    assert statuses == {"b1": "withdrawn", "b2": "confirmed", "b3": "confirmed"}


def test_an_office_keeps_its_own_home(store, document):
    set_home(store, {"name": "Kaiserslautern", "timezone": "Europe/Berlin"})
    summary = import_exchange(store, document)
    home = get_home(store)
    assert home is not None and home.name == "Kaiserslautern"
    assert summary.created["home"] == 0


# ---------------------------------------------------------------------------- times


def test_explicit_offset_settles_an_ambiguous_time(store, document):
    item = trip(document, "gdansk-2026")["agenda"][0]
    assert item["start"] == "2026-10-25T02:30+02:00" and item["end"] == "2026-10-25T02:30+01:00"
    import_exchange(store, document)
    with store.read() as s:
        stored = s.scalar(select(AgendaItem).where(AgendaItem.ref == "late"))
        assert stored.start_utc == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
        assert stored.end_utc == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    late = trip(export_store(store), "gdansk-2026")["agenda"][1]
    assert (late["start"], late["end"]) == ("2026-10-25T02:30+02:00", "2026-10-25T02:30+01:00")


# ---------------------------------------------------------------------------- bad documents


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change of the document at a dotted path ("trips.0.agenda.1.timezone")."""
    def change(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value
    return change


def _append(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        target: Any = document
        for key in path.split("."):
            target = target[int(key)] if key.isdigit() else target[key]
        target.append(copy.deepcopy(value))
    return change


def _both(*changes: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    def change(document: dict[str, Any]) -> None:
        for one in changes:
            one(document)
    return change


BAD = {
    "unknown ref": (_set("trips.0.agenda.1.contacts", ["c-x"]),
                    "trips[0].agenda[1].contacts[0]: unknown contact 'c-x'"),
    "unknown zone": (_set("trips.0.agenda.1.timezone", "Europe/Kiel"),
                     "trips[0].agenda[1].timezone: unknown time zone 'Europe/Kiel'"),
    "nonexistent local time": (
        _both(_set("trips.0.agenda.1.timezone", "Europe/Berlin"),
              _set("trips.0.agenda.1.start", "2026-03-29T02:30"),
              _set("trips.0.agenda.1.end", "2026-03-29T04:00")),
        "trips[0].agenda[1].start: 2026-03-29 02:30 does not exist in Europe/Berlin"),
    "ambiguous local time": (
        _both(_set("trips.0.agenda.1.timezone", "Europe/Berlin"),
              _set("trips.0.agenda.1.start", "2026-10-25T02:30"),
              _set("trips.0.agenda.1.end", "2026-10-25T04:00")),
        "trips[0].agenda[1].start: 2026-10-25 02:30 occurs twice in Europe/Berlin"),
    "end before start": (_set("trips.0.end", "2026-02-01"),
                         "trips[0].end: 2026-02-01 is before the start date 2026-02-22"),
    "newer version": (_set("version", 2), "version: the file is in version 2 of the exchange "
                                          "format; this program reads up to version 1"),
    "wrong format": (_set("format", "kiel-export"),
                     "format: 'kiel-export' is not a Delegations exchange file"),
    "duplicate city ref": (_append("cities", {"ref": "sf", "name": "SF", "timezone": "UTC"}),
                           "cities[8].ref: duplicate ref 'sf' (already used by cities[0])"),
    "duplicate participant ref": (
        _append("trips.0.participants", {"ref": "p1", "name": "Zweiter"}),
        "trips[0].participants[3].ref: duplicate ref 'p1'"),
    "participant of another trip": (
        _set("trips.0.travel.0.travellers", ["b1"]),
        "trips[0].travel[0].travellers[0]: unknown participant 'b1'"),
    "gift ref used twice": (_set("trips.1.gifts", [{"ref": "gift-sf-1", "description": "x"}]),
                            "trips[1].gifts[0].ref: duplicate ref 'gift-sf-1'"),
    "not a list": (_set("trips.2.agenda", {"ref": "x"}), "trips[2].agenda: must be a list"),
    "goal cycle": (_set("goals.1.parent", "sz-1.1"),
                   "goals[1].parent: 'sz-1.1' would make the goal its own ancestor"),
    "late error after many changes": (
        _both(_set("cities.0.name", "Renamed"), _set("trips.0.title", "Renamed"),
              _set("trips.2.agenda.0.timezone", "Mars/Olympus")),
        "trips[2].agenda[0].timezone: unknown time zone 'Mars/Olympus'"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_document_names_the_place_and_changes_nothing(rich_store, document, case):
    change, expected = BAD[case]
    change(document)
    refused_unchanged(rich_store, document, expected, lambda: snapshot(rich_store))


def test_a_bad_document_leaves_an_empty_store_empty(store, document):
    before = snapshot(store)
    _set("trips.2.agenda.0.contacts", ["nobody"])(document)
    with pytest.raises(ValidationError, match="unknown contact 'nobody'"):
        import_exchange(store, document)
    assert snapshot(store) == before


@pytest.mark.parametrize(("content", "expected"), [
    (b'{"format": "delegations-exchange",\n "version": 1,\n "trips": [}',
     "line 3, column 12: not valid JSON"),
    (b'{"version": 1}\n\n{"another": 1}', "line 3, column 1: not valid JSON"),
    (b'{"budget": NaN}', "not valid JSON"),
    (b'\n\n{"name": "Gda\xf1sk"}', "line 3: the file is not UTF-8 text"),
    (b'[1, 2]', "not an exchange file"),
])
def test_unreadable_files_name_file_and_line(tmp_path, content, expected):
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    with pytest.raises(ValidationError) as caught:
        read_exchange(path)
    assert str(caught.value).startswith(str(path))
    assert expected in str(caught.value)


def test_byte_order_mark_is_tolerated(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + RICH.read_bytes())
    assert read_exchange(path) == read_exchange(RICH)


def test_unknown_fields_are_ignored(store, document):
    document["cities"][0]["population"] = 808988
    document["trips"][0]["weather"] = {"forecast": "fog"}
    import_exchange(store, document)
    assert "population" not in export_store(store)["cities"][0]
