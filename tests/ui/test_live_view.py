"""Live view on a shared database: another planner's change reaches an open trip window
within seconds, without taking away what the user is typing."""

from __future__ import annotations

import pytest

from delegations.services import trips
from delegations.storage.store import open_store
from tests.stores import store_of_kind
from tests.ui.trip_support import open_window, trip_of
from ui.context import AppContext, Change
from ui.live import LiveView, follow, kind_of


@pytest.fixture
def shared(request, demo_file, tmp_path):
    """The demo office on the test cluster, and a second planner's program on it."""
    stores = store_of_kind(request, "postgresql", demo_file, tmp_path / "x.sqlite", "demo")
    store = next(stores)
    other = open_store(store.engine.url)
    yield store, other
    other.close()
    stores.close()


def test_another_planners_change_appears_and_typing_is_kept(qtbot, app, shared):
    store, other = shared
    ctx = AppContext.create(store)
    window = open_window(qtbot, ctx, "sf-2026")
    window.live = LiveView(ctx, window, interval_ms=200)
    fields = window.tab("overview").form.fields
    notes = fields["notes"]
    notes.setFocus()
    notes.setPlainText("half a sentence")  # being typed, not yet saved
    trip = trip_of(other, "sf-2026")
    trips.update_trip(other, trip.id, {"title": "Signing in San Francisco – Kämpfer"})
    qtbot.waitUntil(lambda: fields["title"].text() == "Signing in San Francisco – Kämpfer",
                    timeout=10000)
    assert notes.toPlainText() == "half a sentence"
    window.live.timer.stop()
    qtbot.wait(500)  # redraws still due run while the store is open


def test_only_a_server_database_is_followed(app, demo_store):
    assert demo_store.is_sqlite and follow(AppContext.create(demo_store)) is None
    assert kind_of("seating_guest") == Change.SEATING
    assert kind_of("outcome_city") == Change.OUTCOME
    assert kind_of("audit_entry") is None
