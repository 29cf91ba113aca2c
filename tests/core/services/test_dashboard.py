"""The start page's figures: coming up, follow-ups due and overdue (in the home city's
time), and the year per partner city, on the demo office and on a hand-built one."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import event

from delegations.enums import TripKind as K
from delegations.enums import TripStatus
from delegations.services import cities, dashboard, followups, home, outcomes, trips
from tests.stores import opened_copy

DEMO_TODAY = date(2026, 11, 23)  # a Monday


@pytest.fixture
def demo(demo_file, tmp_path):
    """A copy of the demo office of our own."""
    yield from opened_copy(demo_file, tmp_path / "demo.sqlite")


def _by_name(rows):
    return {r.name: r for r in rows}


def test_demo_upcoming_trips_in_order_with_destinations(demo):
    upcoming, total = dashboard.upcoming_trips(demo, DEMO_TODAY)
    assert [u.trip.ref for u in upcoming] == [
        "buergerreise-aarhus-2026", "vaasa-2027", "jugend-gdynia-2027"]
    assert total == 3
    first = upcoming[0]
    assert first.trip.destinations == ("Aarhus",)
    assert first.trip.status == TripStatus.CONFIRMED
    assert (first.under_way, first.days_until) == (False, 12)
    assert upcoming[1].trip.destinations == ("Tallinn", "Vaasa")
    short, total = dashboard.upcoming_trips(demo, DEMO_TODAY, limit=1)
    assert len(short) == 1 and total == 3


def test_a_trip_under_way_comes_first_and_cancelled_ones_never(demo):
    upcoming, _ = dashboard.upcoming_trips(demo, date(2026, 12, 6))
    assert upcoming[0].trip.ref == "buergerreise-aarhus-2026"
    assert (upcoming[0].under_way, upcoming[0].days_until) == (True, 0)
    vaasa = trips.find_trip(demo, "vaasa-2027")
    trips.set_status(demo, vaasa, TripStatus.CANCELLED)
    refs = [u.trip.ref for u in dashboard.upcoming_trips(demo, DEMO_TODAY)[0]]
    assert "vaasa-2027" not in refs


def test_demo_follow_ups_agree_with_the_tracker(demo):
    digest = dashboard.follow_up_digest(demo, DEMO_TODAY)
    summary = followups.due_summary(demo, DEMO_TODAY)
    assert (digest.overdue, digest.this_week, digest.open) == (
        summary.overdue, summary.this_week, summary.open)
    assert (digest.overdue, digest.this_week, digest.open) == (1, 0, 13)
    assert digest.overdue_items[0].action.startswith("Hospitation")
    assert digest.overdue_items[0].city_name == "San Francisco"
    week = dashboard.follow_up_digest(demo, date(2026, 11, 30))  # Monday: due on 1 Dec
    assert [r.action[:25] for r in week.this_week_items] == ["Wartelistenplätze nachrüc"]


def test_demo_year_2019_per_partner_city(demo):
    rows = dashboard.year_activity(demo, 2019)
    cities_ = _by_name(rows)
    assert len(rows) == 14  # the forum's eleven cities, Moshi, Sovetsk, Kaliningrad
    assert rows[0].name == "Aarhus"  # the busiest first
    aarhus = cities_["Aarhus"]
    assert dict(aarhus.trips_by_kind) == {K.FORUM: 1, K.STAFF_EXCHANGE: 1}
    assert (aarhus.trips, aarhus.outcomes, aarhus.open_actions) == (2, 6, 1)
    assert dict(cities_["Kaliningrad"].trips_by_kind) == {K.INCOMING: 1}
    assert (cities_["Sovetsk"].outcomes, cities_["Sovetsk"].open_actions) == (2, 0)
    moshi = cities_["Moshi District"]
    assert (dict(moshi.trips_by_kind), moshi.outcomes, moshi.open_actions) == (
        {K.OUTGOING: 1}, 3, 1)
    assert "San Francisco" not in cities_  # nothing with San Francisco in 2019
    assert cities_["Hangzhou"].relation == "friendly"


def test_demo_dashboard_defaults_to_this_year(demo):
    board = dashboard.dashboard(demo, DEMO_TODAY)
    assert board.year == 2026
    assert board.years == (2027, 2026, 2020, 2019)
    assert [a.name for a in board.activity] == ["San Francisco", "Aarhus"]
    assert dashboard.default_year([2019, 2020], DEMO_TODAY) == 2020
    assert dashboard.default_year([2030], DEMO_TODAY) == 2026
    assert dashboard.default_year([], DEMO_TODAY) == 2026


@pytest.fixture
def office(store):
    """Kiel with one partner (Gdańsk), one network and follow-ups due around midnight."""
    home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
    gdansk = cities.create_city(store, {"name": "Gdańsk", "timezone": "Europe/Warsaw",
                                        "relation": "partner"})
    kaliningrad = cities.create_city(store, {"name": "Калининград", "relation": "partner",
                                             "timezone": "Europe/Kaliningrad"})
    ubc = cities.create_city(store, {"name": "UBC", "timezone": "Europe/Berlin",
                                     "relation": "network"})
    trip = trips.create_trip(store, {"title": "Ostsee", "start": "2026-11-20",
                                     "end": "2026-11-21", "kind": "incoming",
                                     "status": "confirmed",
                                     "destinations": [gdansk.id, kaliningrad.id, ubc.id]})
    outcomes.add_outcome(store, trip.id, {"kind": "agreement", "text": "Signed",
                                          "cities": [gdansk.id]})
    outcomes.add_outcome(store, trip.id, {"kind": "result", "text": "Met"})
    followups.add_follow_up(store, trip.id, {"action": "Write to Gdańsk", "due": "2026-11-22"})
    followups.add_follow_up(store, None, {"action": "Office task", "due": "2026-11-26",
                                          "city": kaliningrad.id})
    return {"gdansk": gdansk.id, "trip": trip.id}


def test_due_on_sunday_is_this_week_until_midnight_in_kiel(store, office):
    before = followups.home_today(store, datetime(2026, 11, 22, 22, 30, tzinfo=UTC))
    after = followups.home_today(store, datetime(2026, 11, 22, 23, 30, tzinfo=UTC))
    assert (before, after) == (date(2026, 11, 22), date(2026, 11, 23))  # 23:30 / 00:30
    sunday = dashboard.follow_up_digest(store, before)
    assert (sunday.overdue, sunday.this_week) == (0, 1)  # the Thursday is next week
    monday = dashboard.follow_up_digest(store, after)
    assert (monday.overdue, monday.this_week) == (1, 1)
    assert [r.action for r in monday.overdue_items] == ["Write to Gdańsk"]
    assert [r.action for r in monday.this_week_items] == ["Office task"]


def test_outcomes_count_for_the_cities_they_name_and_networks_are_left_out(store, office):
    rows = _by_name(dashboard.year_activity(store, 2026))
    assert set(rows) == {"Gdańsk", "Калининград"}
    assert rows["Gdańsk"].outcomes == 2  # the agreement names Gdańsk; "Met" names no city
    assert rows["Калининград"].outcomes == 1
    assert rows["Gdańsk"].trips_by_kind == {K.INCOMING: 1}
    assert rows["Gdańsk"].open_actions == 1
    assert rows["Калининград"].open_actions == 2  # the trip's action, its own office task
    trips.set_status(store, office["trip"], TripStatus.CANCELLED)
    assert [r.name for r in dashboard.year_activity(store, 2026)] == ["Калининград"]
    trips.set_status(store, office["trip"], TripStatus.PLANNED)  # not yet confirmed
    assert [r.name for r in dashboard.year_activity(store, 2026)] == ["Калининград"]


def test_empty_store_gives_an_empty_dashboard(store):
    board = dashboard.dashboard(store, DEMO_TODAY)
    assert board.upcoming == () and board.upcoming_total == 0
    assert (board.follow_ups.overdue, board.follow_ups.this_week, board.follow_ups.open) == (
        0, 0, 0)
    assert board.activity == () and board.years == () and board.year == 2026


def _statements(store, work):
    seen: list[str] = []

    def count(*_args):
        seen.append("x")

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        work()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_the_number_of_queries_does_not_grow_with_the_office(demo):
    def read():
        dashboard.dashboard(demo, DEMO_TODAY, 2019)

    few = _statements(demo, read)
    gdynia = cities.list_cities(demo, search="Gdynia")[0].id
    for n in range(4):
        trip = trips.create_trip(demo, {"title": f"Extra {n}", "start": "2019-03-01",
                                        "end": "2019-03-02", "destinations": [gdynia],
                                        "status": "completed"})
        followups.add_follow_up(demo, trip.id, {"action": "Later", "due": "2026-11-20"})
        trips.create_trip(demo, {"title": f"Soon {n}", "start": "2027-01-01",
                                 "end": "2027-01-02", "destinations": [gdynia]})
    assert _statements(demo, read) == few
    assert _by_name(dashboard.year_activity(demo, 2019))["Gdynia"].trips == 5


def test_the_digest_counts_groups_yet_lists_the_first_by_due_date_and_id(store, office):
    """The digest reads open follow-ups per (status, due date); what it counts and the
    first it lists are still what the tracker's rules give, follow-up by follow-up."""
    today = date(2026, 11, 25)  # a Wednesday
    for n, due in enumerate(["2026-11-23", "2026-11-24", "2026-11-24", "2026-11-20",
                             "2026-11-25", "2026-11-29", "2026-11-24", "2026-11-27"]):
        made = followups.add_follow_up(store, None, {"action": f"Task {n}", "due": due})
        if n % 3 == 0:
            followups.update_follow_up(store, made.id, {"status": "in_progress"})
    followups.add_follow_up(store, None, {"action": "Done already", "due": "2026-11-19",
                                          "status": "done"})

    def tracker(window):
        return [r.id for r in followups.filter_follow_ups(
            store, followups.FollowUpFilter(window=window), today)]

    overdue, week = tracker(followups.DueWindow.OVERDUE), tracker(followups.DueWindow.THIS_WEEK)
    assert (len(overdue), len(week)) == (6, 4)
    for limit in (1, 2, 3, 4, 5, 9):  # 4: a day cut between its two statuses
        digest = dashboard.follow_up_digest(store, today, limit)
        assert (digest.overdue, digest.this_week) == (6, 4)
        assert [r.id for r in digest.overdue_items] == overdue[:limit]
        assert [r.id for r in digest.this_week_items] == week[:limit]
