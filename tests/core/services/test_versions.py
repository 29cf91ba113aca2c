"""Lost updates: a save made on an old reading of a trip is refused, naming who changed it."""

from datetime import date

import pytest

from delegations.errors import ConflictError
from delegations.privacy.audit import acting_as
from delegations.services import cities, contacts, transport, trips, versions

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


# ---------------------------------------------------------------- every editor's save

def test_any_record_read_then_changed_by_another_is_refused_with_who(store):
    person = contacts.create_contact(store, {"name": "Zofia Wiśniewska"})
    _shown, seen = versions.read(lambda: contacts.get_contact(store, person.id))
    with acting_as("A. Jensen"):
        contacts.update_contact(store, person.id, {"phone": "+48 58 111"})
    with versions.expecting(seen), pytest.raises(ConflictError) as caught:
        contacts.update_contact(store, person.id, {"phone": "+48 58 222"})
    assert caught.value.actor == "A. Jensen" and caught.value.entity == "contact"
    assert contacts.get_contact(store, person.id).phone == "+48 58 111"
    with versions.expecting(None):  # keep mine: no check
        contacts.update_contact(store, person.id, {"phone": "+48 58 222"})
    assert contacts.get_contact(store, person.id).phone == "+48 58 222"


def test_a_save_in_several_steps_does_not_trip_over_its_own_first_step(store, trip):
    _shown, seen = versions.read(lambda: trips.get_trip(store, trip.id))
    with versions.expecting(seen):
        trips.update_trip(store, trip.id, {"notes": "eins"})
        trips.update_trip(store, trip.id, {"objectives": "zwei"})
    stored = trips.get_trip(store, trip.id)
    assert (stored.notes, stored.objectives) == ("eins", "zwei")


def test_records_not_read_are_not_checked(store, trip):
    first = cities.create_city(store, {"name": "Gdańsk", "country": "PL",
                                       "timezone": "Europe/Warsaw"})
    other = cities.create_city(store, {"name": "杭州", "country": "CN",
                                       "timezone": "Asia/Shanghai"})
    _shown, seen = versions.read(lambda: cities.get_city(store, first.id))
    cities.update_city(store, other.id, {"notes": "elsewhere"})
    with versions.expecting(seen):
        cities.update_city(store, other.id, {"notes": "mine"})
        cities.update_city(store, first.id, {"notes": "mine"})
    assert cities.get_city(store, first.id).notes == "mine"


def test_the_papers_cars_carry_a_version_too(store, trip):
    car = transport.add_vehicle(store, trip.id, {"name": "Minibus Kämpfer", "seats": 8})
    _shown, seen = versions.read(lambda: transport.list_vehicles(store, trip.id))
    transport.update_vehicle(store, car.id, {"driver": "Jensen"})
    with versions.expecting(seen), pytest.raises(ConflictError):
        transport.update_vehicle(store, car.id, {"seats": 9})
    assert transport.list_vehicles(store, trip.id)[0].seats == 8
