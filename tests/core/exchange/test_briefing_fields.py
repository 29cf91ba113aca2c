"""The briefing fields travel in the exchange file (additive fields, docs/exchange.md)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.exchange import export_store, import_exchange
from delegations.storage.store import Store
from tests.stores import opened_copy


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path / "demo.sqlite")


def test_briefing_fields_are_exported_and_come_back_the_same(demo: Store, store: Store) -> None:
    document = export_store(demo)
    sf = next(t for t in document["trips"] if t["ref"] == "sf-2026")
    assert sf["title_en"] == "Signing the permanent partnership in San Francisco"
    assert sf["key_messages"].startswith("- Aus einer Partnerschaft auf Probe")
    assert "Luis Ortega" in sf["logistics"] and len(sf["budget_lines"]) == 6
    meeting = next(a for a in sf["agenda"] if a["ref"] == "a11")
    assert meeting["press_line"] and meeting["expected_asks"] and meeting["objectives_en"]
    assert sf["participants"][0]["function_en"].startswith("Lord Mayor")
    received = next(g for g in sf["gifts"] if g["direction"] == "received")
    assert received["kept_at"] and received["thanked"] is True
    people = {c["ref"]: c for c in document["contacts"]}
    assert people["c-sovetsk-head"]["name_latin"] == "Irina Vladimirovna Sokolova"
    assert people["c-sf-mayor"]["address_spoken"] == "Mayor Reyes"
    city = next(c for c in document["cities"] if c["ref"] == "sf")
    assert city["emergency"].startswith("Notruf")
    import_exchange(store, document)
    again = export_store(store)
    assert again["trips"] == document["trips"] and again["contacts"] == document["contacts"]
    assert again["cities"] == document["cities"]
