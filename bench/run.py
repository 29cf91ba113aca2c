"""Times the everyday work on a large office database and prints the figures.

    python bench/run.py [--db FILE] [--repeat N]

Without --db it builds bench/out/office.sqlite first (see generate.py). Figures are
medians of N runs, in milliseconds, measured with time.perf_counter().
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.generate import build
from delegations.documents import DocumentRequest, document_bytes
from delegations.services import conflicts, contacts, followups, trips
from delegations.services.dto import TripFilter
from delegations.storage.store import Store, open_store

OUT = Path(__file__).resolve().parent / "out"


def median_ms(work: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def run(db: Path, repeat: int) -> dict[str, float]:
    figures = {"open store": median_ms(lambda: open_store(db).close(), repeat)}
    store = open_store(db)
    try:
        page = TripFilter(limit=100)
        busiest = trips.list_trips(store, TripFilter(limit=1))[0].id
        figures["trips list, first page (100)"] = median_ms(
            lambda: trips.list_trips(store, page), repeat)
        figures["trips count"] = median_ms(lambda: trips.count_trips(store, TripFilter()), repeat)
        figures["trips search 'Gdańsk'"] = median_ms(
            lambda: trips.list_trips(store, TripFilter(search="Gdańsk", limit=100)), repeat)
        figures["trips of one year"] = median_ms(
            lambda: trips.list_trips(store, TripFilter(year=2019)), repeat)
        figures["one trip with everything"] = median_ms(
            lambda: trips.get_trip(store, busiest), repeat)
        figures["contacts search 'Müller', first 100"] = median_ms(
            lambda: contacts.list_contacts(store, search="Müller", limit=100), repeat)
        figures["open follow-ups"] = median_ms(
            lambda: followups.list_follow_ups(store, open_only=True), repeat)
        figures.update(_trip_work(store, busiest, repeat))
    finally:
        store.close()
    return figures


def _trip_work(store: Store, trip_id: int, repeat: int) -> dict[str, float]:
    """What the trip window and its documents do with one trip."""
    return {
        "conflict checks of one trip": median_ms(
            lambda: conflicts.check_trip(store, trip_id), repeat),
        "itinerary PDF of one trip": median_ms(
            lambda: document_bytes(store, DocumentRequest("itinerary", trip_id=trip_id)),
            repeat),
        "activity report PDF of 2019": median_ms(
            lambda: document_bytes(store, DocumentRequest("report", year=2019)), repeat),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    db = args.db
    if db is None:
        OUT.mkdir(exist_ok=True)
        db = OUT / "office.sqlite"
        if not db.exists():
            start = time.perf_counter()
            sizes = build(db)
            print(f"built {db} {sizes} in {time.perf_counter() - start:.1f} s")
    for name, ms in run(db, args.repeat).items():
        print(f"{name:<40} {ms:10.1f} ms")


if __name__ == "__main__":
    main()
