"""A trip's own counterparts: stored in the order the planners give them, replaced as one
change (so that undo can write the old list back), copied with the trip, and gone from
the trip when the contact leaves the directory."""

from datetime import date

import pytest

from delegations.errors import ValidationError
from delegations.services import cities, contact_links, contacts, followups, trips

pytestmark = pytest.mark.both_engines


@pytest.fixture
def visit(store):
    town = cities.create_city(store, {"name": "Советск", "country": "RU",
                                      "timezone": "Europe/Kaliningrad"})
    people = [contacts.create_contact(store, {"name": name, "city": town.id}).id
              for name in ("Ирина Петрова", "Jörg Kämpfer", "Ayşe İskenderun")]
    trip = trips.create_trip(store, {"title": "Besuch aus Sowjetsk", "start": "2027-05-03",
                                     "end": "2027-05-06"})
    return trip.id, people


def _order(store, trip_id):
    return [c.id for c in trips.get_trip(store, trip_id).counterparts]


def test_counterparts_keep_the_order_given(store, visit):
    trip_id, people = visit
    assert trips.set_counterparts(store, trip_id, [people[2], people[0]]) == ()
    assert _order(store, trip_id) == [people[2], people[0]]
    before = trips.set_counterparts(store, trip_id, [people[0], people[1], people[2]])
    assert before == (people[2], people[0])
    assert _order(store, trip_id) == people
    assert trips.set_counterparts(store, trip_id, []) == tuple(people)
    assert _order(store, trip_id) == []


def test_an_unknown_or_repeated_contact_changes_nothing(store, visit):
    trip_id, people = visit
    trips.set_counterparts(store, trip_id, people[:2])
    for wrong in ([people[0], 99999], [people[0], people[0]], "Петрова"):
        with pytest.raises(ValidationError) as refused:
            trips.set_counterparts(store, trip_id, wrong)
        assert refused.value.field == "counterparts"
    assert _order(store, trip_id) == people[:2]


def test_a_copied_trip_has_the_same_counterparts_and_a_deleted_contact_leaves(store, visit):
    trip_id, people = visit
    trips.set_counterparts(store, trip_id, people[::-1])
    copy = trips.duplicate_trip(store, trip_id, date(2028, 5, 1))
    assert [c.id for c in copy.counterparts] == people[::-1]
    contacts.delete_contact(store, people[1])
    assert _order(store, trip_id) == [people[2], people[0]]
    assert _order(store, copy.id) == [people[2], people[0]]


def test_restoring_a_deleted_contacts_links_puts_them_back_in_their_place(store, visit):
    trip_id, people = visit
    trips.set_counterparts(store, trip_id, people)
    other = trips.create_trip(store, {"title": "Gegenbesuch", "start": "2027-09-01",
                                      "end": "2027-09-03"})
    trips.set_counterparts(store, other.id, [people[1], people[0]])
    task = followups.add_follow_up(store, trip_id, {"action": "Dank schreiben",
                                                    "contact": people[1]}).id
    links = contacts.delete_contact(store, people[1])
    assert links.counterparts == ((trip_id, 1), (other.id, 0))
    again = contacts.create_contact(store, {"name": "Jörg Kämpfer"}).id
    contact_links.restore_links(store, again, links)
    assert _order(store, trip_id) == [people[0], again, people[2]]
    assert _order(store, other.id) == [again, people[0]]
    assert [f.contact_id for f in followups.list_follow_ups(store) if f.id == task] == [again]
    trips.set_counterparts(store, trip_id, [again, people[2]])  # a plain list again
    assert _order(store, trip_id) == [again, people[2]]
