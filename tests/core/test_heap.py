"""A document is built without cyclic collections, and the collector is left as found."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from delegations.documents import DocumentRequest, document_bytes
from delegations.heap import collector_paused
from delegations.services import trips
from tests.stores import opened_copy


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, the next test finds it on."""
    yield
    gc.enable()


@pytest.mark.usefixtures("collector")
def test_paused_inside_and_on_again_after_even_when_the_build_fails() -> None:
    gc.enable()
    with pytest.raises(ValueError), collector_paused():
        assert not gc.isenabled()
        raise ValueError("a build that fails")
    assert gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_nested_and_overlapping_builds_resume_after_the_last() -> None:
    gc.enable()
    inner_started, outer_may_end = threading.Event(), threading.Event()
    seen: list[bool] = []

    def other_build() -> None:
        with collector_paused():
            inner_started.set()
            outer_may_end.wait(5)
        seen.append(gc.isenabled())

    worker = threading.Thread(target=other_build)
    with collector_paused():
        worker.start()
        inner_started.wait(5)
        with collector_paused():
            pass
        assert not gc.isenabled()  # the nested block ended, the outer one has not
    assert not gc.isenabled()  # the worker's build is still under way
    outer_may_end.set()
    worker.join(5)
    assert seen == [True] and gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_a_collector_switched_off_by_the_program_stays_off() -> None:
    gc.disable()
    with collector_paused():
        pass
    assert not gc.isenabled()


@pytest.mark.usefixtures("collector")
def test_printing_leaves_the_collector_on(demo_file: Path, tmp_path: Path) -> None:
    gc.enable()
    for store in opened_copy(demo_file, tmp_path / "office.sqlite"):
        trip_id = trips.find_trip(store, "sf-2026")
        data = document_bytes(store, DocumentRequest("itinerary", trip_id))
        assert data.startswith(b"%PDF") and gc.isenabled()
