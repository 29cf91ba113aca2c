"""'A. Jensen is editing this trip': who else has a trip open, on the server; nobody on a
file (one writer)."""

from datetime import date

import pytest
from sqlalchemy import text

from delegations.privacy.audit import acting_as
from delegations.services import presence, trips
from delegations.storage.store import open_store

pytestmark = pytest.mark.both_engines


def test_another_planner_with_the_trip_open_is_named_until_they_leave(store):
    trip = trips.create_trip(store, {"title": "Gdańsk", "start": date(2027, 5, 3),
                                     "end": date(2027, 5, 6)})
    mine = presence.enter(store, trip.id)
    if store.is_sqlite:
        assert mine is None and presence.others(store, trip.id) == []
        return
    other = open_store(store.engine.url.render_as_string(hide_password=False))
    try:
        assert presence.others(store, trip.id, mine) == []  # I am not "someone else"
        with other.read() as s:
            role = s.execute(text("SELECT current_user")).scalar()
        assert presence.others(other, trip.id) == [role]  # their window sees me, by role
        with acting_as("A. Jensen – Kämpfer"):
            theirs = presence.enter(other, trip.id)
        assert presence.others(store, trip.id, mine) == ["A. Jensen – Kämpfer"]
        assert presence.others(store, trip.id + 1, mine) == []  # another trip: nobody
        assert theirs is not None
        theirs.leave()
        assert presence.others(store, trip.id, mine) == []
    finally:
        other.close()
    assert mine is not None
    mine.leave()
