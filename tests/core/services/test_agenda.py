"""The programme and travel: local times in their own zones, across daylight-saving changes."""

from datetime import UTC, date, datetime

import pytest

from delegations.errors import NotFoundError, ValidationError
from delegations.services import agenda, cities, contacts, home, participants, travel, trips
from delegations.timezones import NonexistentTimeError

pytestmark = pytest.mark.both_engines

LA = "America/Los_Angeles"
BERLIN = "Europe/Berlin"


@pytest.fixture
def trip_id(store):
    return trips.create_trip(store, {"title": "San Francisco", "start": "2026-03-05",
                                     "end": "2026-03-12"}).id


def _utc(row_time):
    return row_time.astimezone(UTC).replace(tzinfo=None)


def _meeting(store, trip_id, **extra):
    data = {"title": "Meeting", "start": "2026-03-06T10:00", "end": "2026-03-06T11:30",
            "timezone": LA, **extra}
    return agenda.add_item(store, trip_id, data)


def test_add_item_with_counterparts_and_attendees(store, trip_id):
    jane = contacts.create_contact(store, {"name": "Jane"})
    ulf, _ = participants.add_participant(store, trip_id, {"name": "Ulf"})
    row = _meeting(store, trip_id, contacts=[jane.id], attendees=[ulf.id], kind="ceremony")
    assert (row.ref, row.contact_names, row.attendee_ids) == ("meeting", ("Jane",), (ulf.id,))
    assert (_utc(row.start), _utc(row.end)) == (datetime(2026, 3, 6, 18),
                                                datetime(2026, 3, 6, 19, 30))
    assert [r.id for r in agenda.list_items(store, trip_id)] == [row.id]


def test_moving_the_start_keeps_the_length(store, trip_id):
    row = _meeting(store, trip_id)
    moved = agenda.update_item(store, row.id, {"start": "2026-03-09T10:00"})
    assert (_utc(moved.start), _utc(moved.end)) == (datetime(2026, 3, 9, 17),
                                                    datetime(2026, 3, 9, 18, 30))
    longer = agenda.update_item(store, row.id, {"end": "2026-03-09T13:00"})
    assert (longer.start.hour, longer.end.hour) == (10, 13)


def test_changing_the_zone_keeps_the_wall_clock(store, trip_id):
    row = _meeting(store, trip_id)
    moved = agenda.update_item(store, row.id, {"timezone": BERLIN, "title": "Call"})
    assert (moved.start.hour, moved.start.minute, moved.end.hour) == (10, 0, 11)
    assert _utc(moved.start) == datetime(2026, 3, 6, 9)
    assert moved.title == "Call"


def test_bad_times_are_refused_with_the_field(store, trip_id):
    with pytest.raises(ValidationError) as err:
        _meeting(store, trip_id, end="2026-03-06T09:00")
    assert (err.value.field, err.value.message("de")) == ("end", "endet, bevor es beginnt")
    with pytest.raises(ValidationError) as err:
        _meeting(store, trip_id, timezone="America/San_Francisco")
    assert err.value.field == "timezone"
    assert err.value.message("de") == "unbekannte Zeitzone 'America/San_Francisco'"
    with pytest.raises(NonexistentTimeError) as err:
        _meeting(store, trip_id, start="2026-03-08T02:30", end="2026-03-08T04:00")
    assert err.value.field == "start"
    row = _meeting(store, trip_id)
    with pytest.raises(ValidationError) as err:
        agenda.update_item(store, row.id, {"end": "2026-03-06T08:00"})
    assert err.value.field == "end"
    assert agenda.list_items(store, trip_id) == [row]


def test_attendees_must_belong_to_the_trip(store, trip_id):
    other = trips.create_trip(store, {"title": "Other", "start": "2026-01-01",
                                      "end": "2026-01-02"}).id
    stranger, _ = participants.add_participant(store, other, {"name": "X"})
    with pytest.raises(ValidationError) as err:
        _meeting(store, trip_id, attendees=[stranger.id])
    assert err.value.field == "attendees"
    assert agenda.list_items(store, trip_id) == []


def test_delete_item(store, trip_id):
    row = _meeting(store, trip_id)
    agenda.delete_item(store, row.id)
    assert agenda.list_items(store, trip_id) == []
    with pytest.raises(NotFoundError):
        agenda.update_item(store, row.id, {"title": "x"})


def test_leg_across_zones(store, trip_id):
    ulf, _ = participants.add_participant(store, trip_id, {"name": "Ulf"})
    leg = travel.add_leg(store, trip_id, {
        "mode": "flight", "carrier": "LH", "number": "454", "from": "FRA",
        "depart": "2026-03-05T13:25", "depart_timezone": BERLIN, "to": "SFO",
        "arrive": "2026-03-05T16:10", "arrive_timezone": LA, "travellers": [ulf.id]})
    assert (leg.ref, leg.traveller_ids) == ("lh-454", (ulf.id,))
    assert (_utc(leg.depart), _utc(leg.arrive)) == (datetime(2026, 3, 5, 12, 25),
                                                    datetime(2026, 3, 6, 0, 10))
    later = travel.update_leg(store, leg.id, {"depart": "2026-03-05T15:25"})
    assert (later.arrive.hour, later.arrive.minute) == (18, 10)
    assert later.arrive.utcoffset() is not None
    with pytest.raises(ValidationError) as err:
        travel.add_leg(store, trip_id, {"from": "A", "to": "B", "depart": "2026-03-05T10:00",
                                        "depart_timezone": "Mars/Olympus"})
    assert err.value.field == "depart_timezone"
    travel.delete_leg(store, leg.id)
    assert travel.list_legs(store, trip_id) == []


def test_stays(store, trip_id):
    ulf, _ = participants.add_participant(store, trip_id, {"name": "Ulf"})
    stay = travel.add_stay(store, trip_id, {"name": "Hotel Whitcomb", "check_in": "2026-03-05",
                                            "check_out": "2026-03-12", "guests": [ulf.id]})
    assert (stay.ref, stay.guest_ids) == ("hotel-whitcomb", (ulf.id,))
    with pytest.raises(ValidationError) as err:
        travel.update_stay(store, stay.id, {"check_out": "2026-03-01"})
    assert err.value.field == "check_out"
    changed = travel.update_stay(store, stay.id, {"check_out": "2026-03-11", "guests": []})
    assert (changed.check_out, changed.guest_ids) == (date(2026, 3, 11), ())
    detail = trips.get_trip(store, trip_id)
    assert detail.accommodation == (changed,)
    travel.delete_stay(store, stay.id)
    assert travel.list_stays(store, trip_id) == []


def test_time_zone_defaults_to_the_destination_then_home(store, trip_id):
    with pytest.raises(ValidationError) as err:
        agenda.add_item(store, trip_id, {"title": "x", "start": "2026-03-06T10:00"})
    assert (err.value.field, err.value.message("de")) == (
        "timezone", "eine Zeitzone ist erforderlich")
    home.set_home(store, {"name": "Kiel", "timezone": BERLIN})
    assert agenda.add_item(store, trip_id, {"title": "x", "start": "2026-03-06T10:00"}
                           ).timezone == BERLIN
    sf = cities.create_city(store, {"name": "San Francisco", "timezone": LA})
    trips.update_trip(store, trip_id, {"destinations": [sf.id]})
    assert agenda.add_item(store, trip_id, {"title": "y", "start": "2026-03-06T10:00"}
                           ).timezone == LA
