"""The change counter open windows poll: what changed since they last looked."""

from datetime import date

import pytest

from delegations.privacy.audit import acting_as
from delegations.services import live, trips

pytestmark = pytest.mark.both_engines


def test_changes_since_a_mark_name_the_records_once(store):
    start = live.mark(store)
    assert live.since(store, start) == (start, [])
    with acting_as("A. Jensen"):
        trip = trips.create_trip(store, {"title": "Aarhus", "start": date(2027, 5, 3),
                                         "end": date(2027, 5, 6)})
        trips.update_trip(store, trip.id, {"notes": "Fähre"})
    now, changed = live.since(store, start)
    assert now > start and now == live.mark(store)
    assert live.Changed("trip", str(trip.id), "A. Jensen") in changed
    assert len([c for c in changed if c.entity == "trip"]) == 1
    assert live.since(store, now) == (now, [])
