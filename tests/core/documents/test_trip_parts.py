"""A document reads only the parts of its trip it prints (source.PARTS)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import event

from delegations.documents import DocumentRequest, document_bytes
from delegations.documents.source import PARTS
from delegations.services import trips
from delegations.services.trips import WHOLE, TripPart
from delegations.storage.store import Store
from tests.pdf_text import plumbed_pages
from tests.stores import opened_copy


@pytest.fixture
def demo(tmp_path: Path, demo_file: Path) -> Iterator[Store]:
    yield from opened_copy(demo_file, tmp_path / "demo.sqlite")


def _statements(store: Store, work: Callable[[], object]) -> list[str]:
    seen: list[str] = []

    def note(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    return seen


def test_a_trip_read_in_part_is_the_whole_trip_without_the_rest(demo: Store) -> None:
    sf = trips.find_trip(demo, "sf-2026")
    whole = trips.get_trip(demo, sf)
    assert whole.outcomes and whole.follow_ups and whole.gifts and whole.goals
    asked = len(_statements(demo, lambda: trips.get_trip(demo, sf)))
    part = trips.get_trip(demo, sf, frozenset())
    assert part == replace(whole, outcomes=(), follow_ups=(), gifts=(), goals=(),
                           counterparts=())
    assert len(_statements(demo, lambda: trips.get_trip(demo, sf, frozenset()))) < asked - 3
    assert trips.get_trip(demo, sf, frozenset({TripPart.GIFTS})).gifts == whole.gifts
    assert trips.get_trip(demo, sf, WHOLE) == whole


@pytest.mark.parametrize("kind", ["itinerary", "briefing"])
def test_the_itinerary_and_briefing_read_no_outcomes_follow_ups_or_gifts_of_their_trip(
        demo: Store, kind: str) -> None:
    sf = trips.find_trip(demo, "sf-2026")
    said = _statements(demo, lambda: document_bytes(
        demo, DocumentRequest(kind, trip_id=sf), printed_on=date(2026, 2, 10)))
    mine = [s for s in said if "trip_id = ?" in s or "trip_id IN" in s]
    assert mine  # the programme, delegation ... of the trip were read
    if kind == "itinerary":  # the briefing asks the services about every trip's past
        assert not [s for s in said if "FROM outcome" in s or "FROM follow_up" in s
                    or "FROM gift" in s]
    assert PARTS[kind] == frozenset()


@pytest.mark.parametrize("kind", ["itinerary", "briefing", "followup"])
def test_each_document_prints_the_same_from_its_parts_as_from_the_whole_trip(
        demo: Store, kind: str, monkeypatch: pytest.MonkeyPatch) -> None:
    request = DocumentRequest(kind, trip_id=trips.find_trip(demo, "sf-2026"))
    own = plumbed_pages(document_bytes(demo, request, printed_on=date(2026, 2, 10)))
    monkeypatch.setitem(PARTS, kind, WHOLE)
    assert plumbed_pages(document_bytes(demo, request, printed_on=date(2026, 2, 10))) == own
