"""What the database itself enforces, whatever code writes to it."""

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError, StatementError

from delegations.model import AgendaItem, City, Participant, Trip, TripDestination
from delegations.storage.store import open_store


@pytest.fixture
def store(tmp_path):
    store = open_store(tmp_path / "c.sqlite")
    yield store
    store.close()


def _trip(ref="sf-2026", start=date(2026, 2, 22), end=date(2026, 2, 27)):
    return Trip(ref=ref, title="Signing", kind="outgoing", status="planned",
                start_date=start, end_date=end)


def _city(ref="sf"):
    return City(ref=ref, name="San Francisco", relation="partner",
                timezone="America/Los_Angeles")


def _count(store, model):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_trip_end_before_start_is_refused(store):
    with pytest.raises(IntegrityError, match="end_after_start"), store.transaction() as s:
        s.add(_trip(start=date(2026, 2, 27), end=date(2026, 2, 22)))
    assert _count(store, Trip) == 0


def test_agenda_end_before_start_is_refused(store):
    with store.transaction() as s:
        s.add(_trip())
    with pytest.raises(IntegrityError), store.transaction() as s:
        trip = s.scalars(select(Trip)).one()
        s.add(AgendaItem(trip=trip, ref="a1", title="x", kind="meeting", timezone="UTC",
                         start_utc=datetime(2026, 2, 24, 19, tzinfo=UTC),
                         end_utc=datetime(2026, 2, 24, 18, tzinfo=UTC)))
    assert _count(store, AgendaItem) == 0


def test_unknown_enum_value_is_refused(store):
    with pytest.raises((IntegrityError, StatementError, LookupError)), store.transaction() as s:
        trip = _trip()
        trip.kind = "holiday"  # type: ignore[assignment]
        s.add(trip)
    assert _count(store, Trip) == 0


def test_refs_are_unique(store):
    with store.transaction() as s:
        s.add(_city())
    with pytest.raises(IntegrityError), store.transaction() as s:
        s.add(_city())
    assert _count(store, City) == 1


def test_city_used_by_trip_cannot_be_deleted(store):
    with store.transaction() as s:
        trip = _trip()
        trip.destination_links.append(TripDestination(city=_city()))
        s.add(trip)
    with pytest.raises(IntegrityError), store.transaction() as s:
        s.execute(delete(City))
    assert _count(store, City) == 1


def test_deleting_a_trip_removes_its_programme_and_delegation(store):
    with store.transaction() as s:
        trip = _trip()
        trip.destination_links.append(TripDestination(city=_city()))
        trip.participants.append(Participant(ref="p1", name="Ulf Kämpfer", role="head",
                                             precedence=1, status="confirmed"))
        trip.agenda.append(AgendaItem(ref="a1", title="Signing Ceremony", kind="ceremony",
                                      timezone="America/Los_Angeles",
                                      start_utc=datetime(2026, 2, 24, 19, tzinfo=UTC),
                                      end_utc=datetime(2026, 2, 24, 20, tzinfo=UTC)))
        s.add(trip)
    with store.transaction() as s:
        s.execute(delete(Trip))  # bulk delete: only the database's ON DELETE rules act
    assert _count(store, AgendaItem) == 0
    assert _count(store, Participant) == 0
    assert _count(store, TripDestination) == 0
    assert _count(store, City) == 1


def test_instants_come_back_in_utc(store):
    start = datetime(2026, 3, 9, 17, tzinfo=UTC)
    with store.transaction() as s:
        trip = _trip(start=date(2026, 3, 5), end=date(2026, 3, 10))
        trip.agenda.append(AgendaItem(ref="a1", title="Meeting", kind="meeting",
                                      timezone="America/Los_Angeles",
                                      start_utc=start, end_utc=start))
        s.add(trip)
    with store.read() as s:
        item = s.scalars(select(AgendaItem)).one()
        assert item.start_utc == start
        assert item.start_utc.tzinfo is not None
