"""The delegation: precedence, refs per trip, and the waiting list of a trip with few places."""

from datetime import UTC, datetime

import pytest

from delegations.enums import RegistrationStatus as RS
from delegations.errors import NotFoundError, ValidationError
from delegations.services import contacts, participants, trips
from delegations.services.dto import Promotion

pytestmark = pytest.mark.both_engines


def _trip(store, capacity=None, title="Bürgerreise"):
    return trips.create_trip(store, {"title": title, "kind": "citizens", "start": "2026-05-01",
                                     "end": "2026-05-05", "capacity": capacity}).id


def _add(store, trip_id, name, minute, **extra):
    when = datetime(2026, 1, 10, 9, minute, tzinfo=UTC)
    return participants.add_participant(store, trip_id, {"name": name, "registered_at": when,
                                                         **extra})


def _statuses(store, trip_id):
    return {p.name: p.status for p in participants.list_participants(store, trip_id)}


@pytest.fixture
def full_trip(store):
    """Capacity 2; Anna, Ben confirmed; Cem, Dora waitlisted (added in that order)."""
    trip_id = _trip(store, capacity=2)
    # registered out of order of adding: registration time decides, not the id
    people = {name: _add(store, trip_id, name, minute)[0]
              for name, minute in [("Anna", 1), ("Ben", 2), ("Dora", 4), ("Cem", 3)]}
    return trip_id, people


def test_capacity_two_add_four(store, full_trip):
    trip_id, _people = full_trip
    assert _statuses(store, trip_id) == {"Anna": RS.CONFIRMED, "Ben": RS.CONFIRMED,
                                         "Dora": RS.WAITLISTED, "Cem": RS.WAITLISTED}


def test_withdrawal_promotes_the_earliest_registered(store, full_trip):
    trip_id, people = full_trip
    row, promoted = participants.set_status(store, people["Ben"].id, "withdrawn")
    assert row.status is RS.WITHDRAWN
    assert promoted == [Promotion(participant_id=people["Cem"].id, name="Cem")]
    assert _statuses(store, trip_id)["Cem"] is RS.CONFIRMED
    assert _statuses(store, trip_id)["Dora"] is RS.WAITLISTED
    assert trips.list_trips(store)[0].participants == 3


def test_removal_and_more_places_promote_too(store, full_trip):
    trip_id, people = full_trip
    assert participants.remove_participant(store, people["Anna"].id) == [
        Promotion(people["Cem"].id, "Cem")]
    assert trips.set_capacity(store, trip_id, 5) == [Promotion(people["Dora"].id, "Dora")]
    assert set(_statuses(store, trip_id).values()) == {RS.CONFIRMED}


def test_confirming_someone_on_a_full_trip_waitlists_them(store, full_trip):
    trip_id, people = full_trip
    row, promoted = participants.set_status(store, people["Dora"].id, "confirmed")
    assert (row.status, promoted) == (RS.WAITLISTED, [])
    assert _statuses(store, trip_id)["Ben"] is RS.CONFIRMED


def test_registered_hold_a_place_and_trips_without_capacity_are_left_alone(store):
    limited = _trip(store, capacity=1)
    first, _ = participants.add_participant(store, limited, {"name": "A", "status": "registered"})
    second, _ = participants.add_participant(store, limited, {"name": "B"})
    assert (first.status, second.status) == (RS.REGISTERED, RS.WAITLISTED)
    open_trip = _trip(store, title="Open")
    row, promoted = participants.add_participant(store, open_trip,
                                                 {"name": "C", "status": "waitlisted"})
    assert (row.status, promoted) == (RS.WAITLISTED, [])


def test_add_sets_registration_time_rank_and_ref_per_trip(store):
    one, two = _trip(store), _trip(store, title="Other")
    before = datetime.now(UTC)
    a, _ = participants.add_participant(store, one, {"name": "Ulf Kämpfer", "role": "head"})
    b, _ = participants.add_participant(store, one, {"name": "Ulf Kämpfer"})
    c, _ = participants.add_participant(store, two, {"name": "Ulf Kämpfer"})
    assert (a.ref, b.ref, c.ref) == ("ulf-kampfer", "ulf-kampfer-2", "ulf-kampfer")
    assert (a.precedence, b.precedence) == (1, 2)
    assert a.registered_at is not None and a.registered_at >= before
    with pytest.raises(ValidationError) as err:
        participants.add_participant(store, one, {"name": "X", "ref": "ulf-kampfer"})
    assert err.value.field == "ref"


def test_reorder_rewrites_precedence(store, full_trip):
    trip_id, people = full_trip
    order = [people[n].id for n in ("Dora", "Anna", "Cem", "Ben")]
    rows = participants.reorder(store, trip_id, order)
    assert [(r.name, r.precedence) for r in rows] == [
        ("Dora", 1), ("Anna", 2), ("Cem", 3), ("Ben", 4)]
    assert [p.name for p in trips.get_trip(store, trip_id).participants] == [
        "Dora", "Anna", "Cem", "Ben"]
    with pytest.raises(ValidationError) as err:
        participants.reorder(store, trip_id, order[:3])
    assert err.value.field == "participants"


def test_update_participant_and_link_contact(store):
    trip_id = _trip(store)
    person = contacts.create_contact(store, {"name": "Jane Example"})
    row, _ = participants.add_participant(store, trip_id, {"name": "Jane", "contact": person.id})
    assert row.contact_id == person.id
    row, _ = participants.update_participant(store, row.id, {"diet": "vegetarian",
                                                             "contact": None})
    assert (row.diet, row.contact_id, row.name) == ("vegetarian", None, "Jane")
    with pytest.raises(ValidationError) as err:
        participants.update_participant(store, row.id, {"email": "not-an-address"})
    assert err.value.field == "email"
    assert "keine E-Mail-Adresse" in err.value.message("de")
    with pytest.raises(ValidationError) as err:
        participants.update_participant(store, row.id, {"contact": 999})
    assert err.value.field == "contact"
    with pytest.raises(NotFoundError):
        participants.add_participant(store, 999, {"name": "X"})


def test_restore_statuses_undoes_a_promotion(store, full_trip):
    trip_id, people = full_trip
    before = {p.id: p.status for p in participants.list_participants(store, trip_id)}
    moved = participants.remove_participant(store, people["Anna"].id)
    assert [m.name for m in moved] == ["Cem"]
    again, _ = participants.add_participant(store, trip_id, {
        "name": "Anna", "registered_at": people["Anna"].registered_at, "status": "confirmed"})
    assert again.status == RS.WAITLISTED  # the place went to Cem meanwhile
    before[again.id] = before.pop(people["Anna"].id)
    assert participants.restore_statuses(store, trip_id, before) == []
    assert _statuses(store, trip_id) == {"Anna": RS.CONFIRMED, "Ben": RS.CONFIRMED,
                                         "Cem": RS.WAITLISTED, "Dora": RS.WAITLISTED}


def test_restore_statuses_keeps_the_capacity_and_checks_values(store, full_trip):
    trip_id, people = full_trip
    everyone = {p.id: "confirmed" for p in people.values()}
    participants.restore_statuses(store, trip_id, everyone)
    assert list(_statuses(store, trip_id).values()).count(RS.CONFIRMED) == 2
    with pytest.raises(ValidationError):
        participants.restore_statuses(store, trip_id, {people["Anna"].id: "maybe"})


def test_taking_back_an_addition_is_one_step(store, full_trip):
    trip_id, people = full_trip
    before = {p.id: p.status for p in participants.list_participants(store, trip_id)}
    eve, _ = _add(store, trip_id, "Eve Kämpfer", 0)  # registered first: takes Ben's place
    assert _statuses(store, trip_id)["Eve Kämpfer"] == RS.WAITLISTED  # arrivals come last
    participants.set_status(store, people["Ben"].id, RS.WITHDRAWN)  # Eve moves up
    participants.take_back(store, trip_id, before, remove=[eve.id])
    assert _statuses(store, trip_id) == {"Anna": RS.CONFIRMED, "Ben": RS.CONFIRMED,
                                         "Dora": RS.WAITLISTED, "Cem": RS.WAITLISTED}


def test_an_undo_step_that_fails_leaves_nothing_half_done(store, full_trip):
    trip_id, people = full_trip
    eve, _ = _add(store, trip_id, "Eve", 5)
    broken = {people["Anna"].id: "klingon"}  # the status restore fails after the removal
    with pytest.raises(ValidationError):
        participants.take_back(store, trip_id, broken, remove=[eve.id])
    assert "Eve" in _statuses(store, trip_id)  # the removal was rolled back with it
    gone = people["Cem"]
    participants.remove_participant(store, gone.id)
    with pytest.raises(ValidationError):
        participants.put_back(store, trip_id, {"name": "Cem", "ref": gone.ref}, gone.id,
                              {gone.id: "klingon"})
    assert "Cem" not in _statuses(store, trip_id)


def test_putting_back_restores_the_persons_own_status(store, full_trip):
    trip_id, people = full_trip
    before = {p.id: p.status for p in participants.list_participants(store, trip_id)}
    anna = people["Anna"]
    participants.remove_participant(store, anna.id)  # Cem moves up
    row = participants.put_back(store, trip_id, {"name": "Anna", "ref": anna.ref,
                                                 "registered_at": anna.registered_at,
                                                 "precedence": anna.precedence},
                                anna.id, before)
    assert row.id != anna.id
    assert _statuses(store, trip_id) == {"Anna": RS.CONFIRMED, "Ben": RS.CONFIRMED,
                                         "Dora": RS.WAITLISTED, "Cem": RS.WAITLISTED}


def test_who_would_wait_if_added_follows_the_waiting_list_rule():
    from delegations.enums import RegistrationStatus as RS
    from delegations.services.waitlist import arrivals_waiting

    asking = [RS.CONFIRMED, RS.REGISTERED, RS.WAITLISTED, RS.CONFIRMED, RS.WITHDRAWN,
              RS.CONFIRMED]
    assert arrivals_waiting(None, 50, asking) == [False, False, True, False, False, False]
    assert arrivals_waiting(4, 2, asking) == [False, False, True, True, False, True]
    assert arrivals_waiting(2, 5, asking[:2]) == [True, True]
