"""Conflict checks on real stores: each rule, the DST week in San Francisco, the demo trip."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from delegations.demo import load_demo
from delegations.services import agenda, cities, home, participants, travel, trips
from delegations.services.conflicts import (
    NEW_ITEM,
    ConflictKind,
    by_item,
    check_item,
    check_trip,
)
from delegations.services.settings import BUFFER_MINUTES

K = ConflictKind


@pytest.fixture
def sf(store):
    """The issue's trip: 2026-03-05..10 in San Francisco, two people, a hotel for all nights."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    city = cities.create_city(store, {"name": "San Francisco",
                                      "timezone": "America/Los_Angeles"})
    trip = trips.create_trip(store, {"ref": "sf-dst", "title": "SF", "kind": "outgoing",
                                     "status": "planned", "start": "2026-03-05",
                                     "end": "2026-03-10", "destinations": [city.id]})
    ulf = participants.add_participant(store, trip.id, {
        "name": "Ulf Kämpfer", "role": "head", "status": "confirmed"})[0]
    mari = participants.add_participant(store, trip.id, {
        "name": "Mari Tõnismägi", "role": "member", "status": "confirmed"})[0]
    travel.add_stay(store, trip.id, {"name": "Hotel", "check_in": "2026-03-05",
                                     "check_out": "2026-03-10"})
    return store, trip.id, ulf.id, mari.id


def item(store, trip_id, title, start, end, **more):
    return agenda.add_item(store, trip_id, {"title": title, "start": start, "end": end,
                                            **more}).id


def kinds(found):
    return [c.kind for c in found]


def test_a_clean_programme_has_no_conflicts(sf):
    store, trip_id, _, _ = sf
    for day in range(5, 11):
        item(store, trip_id, f"Meeting {day}", f"2026-03-{day:02d}T09:00",
             f"2026-03-{day:02d}T10:00", location="City Hall")
        item(store, trip_id, f"Lunch {day}", f"2026-03-{day:02d}T12:00",
             f"2026-03-{day:02d}T13:00", location="Restaurant")
    assert check_trip(store, trip_id) == []


def test_outside_the_trip_in_local_days(sf):
    store, trip_id, _, _ = sf
    # 2026-03-10 23:30 in San Francisco is already the 11th in Kiel: still inside
    item(store, trip_id, "Late", "2026-03-10T23:00", "2026-03-10T23:30")
    late = item(store, trip_id, "Too late", "2026-03-11T08:00", "2026-03-11T09:00")
    found = check_trip(store, trip_id)
    assert [(c.kind, c.agenda_ids, c.day) for c in found] == [
        (K.OUTSIDE_TRIP, (late,), date(2026, 3, 11))]
    assert "'Too late' (11 Mar 2026, 08:00) is outside" in found[0].message("en")


def test_double_booking_names_the_person_and_the_time(sf):
    store, trip_id, ulf, mari = sf
    lunch = item(store, trip_id, "Lunch", "2026-03-10T12:00", "2026-03-10T13:30",
                 attendees=[ulf], location="A")
    press = item(store, trip_id, "Press", "2026-03-10T12:30", "2026-03-10T13:00",
                 attendees=[ulf], location="A")
    item(store, trip_id, "School", "2026-03-10T12:30", "2026-03-10T13:00",
         attendees=[mari], location="B")
    found = check_trip(store, trip_id)
    assert [(c.kind, c.agenda_ids, c.participant_ids) for c in found] == [
        (K.DOUBLE_BOOKED, (lunch, press), (ulf,))]
    assert found[0].message("en") == ("Ulf Kämpfer is in 'Lunch' and 'Press' at the same "
                                      "time (10 Mar 2026, 12:30)")
    assert found[0].message("de").startswith("Ulf Kämpfer ist gleichzeitig in 'Lunch' und")
    # paper's one short date (documents' Words) unless a face gives its own way of dates
    assert "(10.03.2026, 12:30)" in found[0].message("de")
    assert "(2026-03-10, 12:30)" in found[0].message("en", dates=date.isoformat)


def test_no_attendees_means_everyone_present(sf):
    store, trip_id, ulf, mari = sf
    participants.set_status(store, mari, "withdrawn")
    a = item(store, trip_id, "A", "2026-03-06T10:00", "2026-03-06T11:00", location="X")
    b = item(store, trip_id, "B", "2026-03-06T10:30", "2026-03-06T11:30", location="X")
    found = check_trip(store, trip_id)
    assert [(c.agenda_ids, c.participant_ids) for c in found] == [((a, b), (ulf,))]


def test_free_time_overlaps_nothing(sf):
    store, trip_id, _, _ = sf
    item(store, trip_id, "Dinner", "2026-03-06T19:00", "2026-03-06T21:00")
    item(store, trip_id, "Free evening", "2026-03-06T18:00", "2026-03-06T23:00", kind="free")
    assert check_trip(store, trip_id) == []


def legs(store, trip_id, travellers=()):
    """Out on the 5th (Frankfurt 13:25 CET → SFO 16:10 PST), back on the 10th 19:50."""
    extra = {"travellers": list(travellers)} if travellers else {}
    out = travel.add_leg(store, trip_id, {
        "carrier": "LH", "number": "454", "from": "FRA", "to": "SFO",
        "depart": "2026-03-05T13:25", "depart_timezone": "Europe/Berlin",
        "arrive": "2026-03-05T16:10", "arrive_timezone": "America/Los_Angeles", **extra}).id
    back = travel.add_leg(store, trip_id, {
        "carrier": "LH", "number": "455", "from": "SFO", "to": "FRA",
        "depart": "2026-03-10T19:50", "depart_timezone": "America/Los_Angeles",
        "arrive": "2026-03-11T15:35", "arrive_timezone": "Europe/Berlin", **extra}).id
    return out, back


def test_before_arrival_and_after_departure(sf):
    store, trip_id, ulf, _ = sf
    out, back = legs(store, trip_id, [ulf])
    early = item(store, trip_id, "Breakfast", "2026-03-05T09:00", "2026-03-05T10:00")
    last = item(store, trip_id, "Farewell", "2026-03-10T19:00", "2026-03-10T20:30")
    found = check_trip(store, trip_id)
    assert [(c.kind, c.agenda_ids, c.travel_ids, c.participant_ids) for c in found] == [
        (K.BEFORE_ARRIVAL, (early,), (out,), (ulf,)),
        (K.AFTER_DEPARTURE, (last,), (back,), (ulf,))]
    assert "LH 454 FRA → SFO lands 5 Mar 2026, 16:10" in found[0].message("en")


def test_in_an_item_while_travelling(sf):
    store, trip_id, ulf, _ = sf
    legs(store, trip_id)
    hop = travel.add_leg(store, trip_id, {
        "mode": "train", "from": "SF", "to": "San José", "travellers": [ulf],
        "depart": "2026-03-07T09:00", "depart_timezone": "America/Los_Angeles",
        "arrive": "2026-03-07T10:30", "arrive_timezone": "America/Los_Angeles"}).id
    meeting = item(store, trip_id, "Meeting", "2026-03-07T10:00", "2026-03-07T11:00")
    found = check_trip(store, trip_id)
    assert [(c.kind, c.agenda_ids, c.travel_ids, c.participant_ids) for c in found] == [
        (K.WHILE_TRAVELLING, (meeting,), (hop,), (ulf,))]


def test_too_little_time_between_places_uses_the_buffer_setting(sf):
    store, trip_id, _, _ = sf
    a = item(store, trip_id, "Visit", "2026-03-06T09:00", "2026-03-06T10:00",
             location="Stanford", address="450 Jane Stanford Way")
    b = item(store, trip_id, "Talk", "2026-03-06T10:20", "2026-03-06T11:00",
             location="Plug and Play", address="440 N Wolfe Road")
    item(store, trip_id, "Lunch", "2026-03-06T11:00", "2026-03-06T12:00",
         location="Plug and Play, canteen", address="440 N  Wolfe Road")  # same building
    found = check_trip(store, trip_id)
    assert [(c.kind, c.agenda_ids, c.numbers) for c in found] == [
        (K.TOO_LITTLE_TIME, (a, b), (20, 30))]
    assert check_trip(store, trip_id, buffer_minutes=15) == []
    home.set_setting(store, BUFFER_MINUTES.key, 10)
    assert check_trip(store, trip_id) == []


def test_nights_without_a_bed(sf):
    store, trip_id, ulf, mari = sf
    legs(store, trip_id)
    stay = travel.list_stays(store, trip_id)[0]
    travel.update_stay(store, stay.id, {"check_out": "2026-03-08", "guests": [ulf, mari]})
    travel.add_stay(store, trip_id, {"name": "Airbnb", "check_in": "2026-03-08",
                                     "check_out": "2026-03-10", "guests": [ulf]})
    found = check_trip(store, trip_id)
    # Mari lacks the nights of the 8th and 9th; the night of the 10th is on the plane home
    assert [(c.kind, c.day, c.participant_ids) for c in found] == [
        (K.NO_ACCOMMODATION, date(2026, 3, 8), (mari,)),
        (K.NO_ACCOMMODATION, date(2026, 3, 9), (mari,))]
    assert found[0].message("en") == ("Mari Tõnismägi has no accommodation for the night "
                                      "of 8 Mar 2026")


def test_dst_gap_in_san_francisco_but_not_in_kiel(sf):
    store, trip_id, _, _ = sf
    typed = {"title": "Night call", "start": "2026-03-08T02:30", "end": "2026-03-08T03:30"}
    found = check_item(store, trip_id, typed)
    assert [(c.kind, c.agenda_ids, c.day) for c in found] == [
        (K.NONEXISTENT_TIME, (NEW_ITEM,), date(2026, 3, 8))]
    assert "02:30 does not exist in America/Los_Angeles" in found[0].message("en")
    assert check_item(store, trip_id, {**typed, "timezone": "Europe/Berlin"}) == []
    # Kiel's own change is three weeks later
    kiel = check_item(store, trip_id, {**typed, "timezone": "Europe/Berlin",
                                       "start": "2026-03-29T02:30", "end": "2026-03-29T04:00"})
    assert sorted(kinds(kiel)) == sorted([K.NONEXISTENT_TIME, K.OUTSIDE_TRIP])


def test_buffer_counts_real_minutes_across_the_change(sf):
    store, trip_id, _, _ = sf
    # 01:00–01:50 PST, then 03:00 PDT: 70 minutes on the wall clock, 10 in reality
    item(store, trip_id, "Late party", "2026-03-08T01:00", "2026-03-08T01:50", location="Bar")
    item(store, trip_id, "Early flight check", "2026-03-08T03:00", "2026-03-08T03:30",
         location="SFO")
    found = check_trip(store, trip_id)
    assert [(c.kind, c.numbers) for c in found] == [(K.TOO_LITTLE_TIME, (10, 30))]


def test_ambiguous_time_in_the_autumn(store):
    trip = trips.create_trip(store, {"ref": "nov", "title": "Autumn", "kind": "outgoing",
                                     "status": "planned", "start": "2026-10-31",
                                     "end": "2026-11-02"})
    typed = {"title": "Early", "start": "2026-11-01T01:30", "timezone": "America/New_York"}
    assert kinds(check_item(store, trip.id, typed)) == [K.AMBIGUOUS_TIME]
    agenda.add_item(store, trip.id, {**typed, "start": datetime.fromisoformat(
        "2026-11-01T01:30-04:00")})
    found = check_trip(store, trip.id)
    assert kinds(found) == [K.AMBIGUOUS_TIME]
    assert "01:30 occurs twice in America/New_York" in found[0].message("en")


def test_check_item_while_editing(sf):
    store, trip_id, _, _ = sf
    lunch = item(store, trip_id, "Lunch", "2026-03-10T12:00", "2026-03-10T13:00",
                 location="A")
    press = item(store, trip_id, "Press", "2026-03-10T15:00", "2026-03-10T16:00",
                 location="A")
    assert check_item(store, trip_id, {"start": "2026-03-10T13:00"}, press) == []
    moved = check_item(store, trip_id, {"start": "2026-03-10T12:30"}, press)  # keeps 1 h
    assert [(c.kind, c.agenda_ids) for c in moved] == [(K.DOUBLE_BOOKED, (lunch, press))]
    backwards = check_item(store, trip_id, {"start": "2026-03-10T18:00",
                                            "end": "2026-03-10T17:00"}, press)
    assert kinds(backwards) == [K.END_BEFORE_START]
    assert check_trip(store, trip_id) == []  # nothing was saved


def test_demo_trip_sf_2026(store):
    load_demo(store)
    trip_id = trips.find_trip(store, "sf-2026")
    found = check_trip(store, trip_id)
    refs = {a.id: a.ref for a in agenda.list_items(store, trip_id)}
    assert [(c.kind, tuple(refs[i] for i in c.agenda_ids)) for c in found] == [
        (K.TOO_LITTLE_TIME, ("a05", "a06")),
        (K.TOO_LITTLE_TIME, ("a06", "a07")),
        (K.TOO_LITTLE_TIME, ("a06", "a08"))]
    assert found[0].people[:2] == ("Ulf Kämpfer", "Bettina Aust")
    marks = by_item(found)
    lunch = next(i for i, r in refs.items() if r == "a06")
    assert len(marks[lunch]) == 3 and sorted(refs[i] for i in marks) == [
        "a05", "a06", "a07", "a08"]
    assert check_trip(store, trip_id, buffer_minutes=15) == []


def test_the_programme_is_checked_before_anyone_is_added(store):
    """Overlaps, arrival and buffers hold for 'the delegation' while nobody is registered;
    nights without a hotel wait for real people."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    city = cities.create_city(store, {"name": "Калининград", "timezone": "Europe/Kaliningrad"})
    trip = trips.create_trip(store, {"ref": "k", "title": "K", "kind": "outgoing",
                                     "status": "planned", "start": "2026-05-04",
                                     "end": "2026-05-06", "destinations": [city.id]})
    lunch = item(store, trip.id, "Lunch", "2026-05-05T12:00", "2026-05-05T13:30",
                 location="A")
    press = item(store, trip.id, "Press", "2026-05-05T13:00", "2026-05-05T13:45",
                 location="B")
    found = check_trip(store, trip.id)
    assert [(c.kind, c.agenda_ids, c.participant_ids) for c in found] == [
        (K.DOUBLE_BOOKED, (lunch, press), ())]
    assert found[0].message("en").startswith("The delegation is in 'Lunch' and 'Press'")
    assert found[0].message("de").startswith("Die Delegation ist gleichzeitig")
