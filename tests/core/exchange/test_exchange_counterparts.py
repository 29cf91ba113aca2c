"""A trip's own counterparts travel in the exchange file as contact refs in the planners'
order (an extension, docs/exchange.md): exported, imported into an empty store, exported
again to the same text; a trip exported alone carries those contacts along."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from delegations.errors import ValidationError
from delegations.exchange import dumps, export_store, import_exchange, read_exchange
from delegations.services import contacts, trips

RICH = Path(__file__).resolve().parents[2] / "data" / "exchange_rich.json"


def _counterparts(store, ref: str) -> list[str]:
    return [c.name for c in trips.get_trip(store, trips.find_trip(store, ref)).counterparts]


def test_counterparts_round_trip_in_their_order(store, other_store):
    import_exchange(store, read_exchange(RICH))
    sf = trips.find_trip(store, "sf-2026")
    people = [c.id for c in contacts.list_contacts(store)]
    trips.set_counterparts(store, sf, people[::-1])
    first = dumps(export_store(store))
    written = next(t for t in json.loads(first)["trips"] if t["ref"] == "sf-2026")
    assert len(written["counterparts"]) == len(people)
    import_exchange(other_store, json.loads(first))
    assert _counterparts(other_store, "sf-2026") == _counterparts(store, "sf-2026")
    assert dumps(export_store(other_store)) == first


def test_a_trip_exported_alone_brings_its_counterparts(store, other_store):
    import_exchange(store, read_exchange(RICH))
    sf = trips.find_trip(store, "sf-2026")
    last = contacts.list_contacts(store)[-1]
    trips.set_counterparts(store, sf, [last.id])
    document = export_store(store, [sf])
    assert [c["ref"] for c in document["contacts"] if c["name"] == last.name]
    import_exchange(other_store, document)
    assert _counterparts(other_store, "sf-2026") == [last.name]


def test_an_unknown_counterpart_is_named_and_changes_nothing(store):
    document = read_exchange(RICH)
    sf = next(t for t in document["trips"] if t["ref"] == "sf-2026")
    sf["counterparts"] = ["nobody-here"]
    with pytest.raises(ValidationError) as refused:
        import_exchange(store, document)
    assert "nobody-here" in str(refused.value)
    assert trips.list_trips(store) == []
