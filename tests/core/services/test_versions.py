"""Lost updates: a save made on an old reading of a trip is refused, naming who changed it."""

from datetime import date

import pytest

from delegations.errors import ConflictError
from delegations.privacy.audit import acting_as
from delegations.services import trips

pytestmark = pytest.mark.both_engines


@pytest.fixture
def trip(store):
    return trips.create_trip(store, {"title": "Aarhus", "start": date(2027, 5, 3),
                                     "end": date(2027, 5, 6)})


def test_each_save_moves_the_version_on(store, trip):
    after = trips.update_trip(store, trip.id, {"notes": "Fähre"}, version=trip.version)
    assert after.version == trip.version + 1
    assert trips.get_trip(store, trip.id).version == after.version


def test_a_save_on_an_old_reading_is_refused_naming_who_and_when(store, trip):
    with acting_as("A. Jensen"):
        trips.update_trip(store, trip.id, {"notes": "theirs"}, version=trip.version)
    with pytest.raises(ConflictError) as caught:
        trips.update_trip(store, trip.id, {"notes": "mine"}, version=trip.version)
    assert caught.value.actor == "A. Jensen" and caught.value.at is not None
    assert "changed by A. Jensen at " in str(caught.value)
    assert trips.get_trip(store, trip.id).notes == "theirs"


def test_keep_mine_saves_over_theirs_once_read_again(store, trip):
    theirs = trips.update_trip(store, trip.id, {"notes": "theirs"}, version=trip.version)
    mine = trips.update_trip(store, trip.id, {"notes": "mine"}, version=theirs.version)
    assert mine.notes == "mine"
