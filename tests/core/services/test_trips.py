"""Trips through the services: list filters, the whole trip in local times, edits."""

import io
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import event, func, select

from delegations.documents import DocumentRequest, document_bytes
from delegations.enums import TripStatus
from delegations.errors import NotFoundError, ValidationError
from delegations.model import AgendaItem, Participant, TripDestination
from delegations.services import agenda, cities, contacts, outcomes, participants, travel, trips
from delegations.services.dto import TripFilter
from delegations.services.settings import DOCUMENT_LANGUAGE, set_office_value

pytestmark = pytest.mark.both_engines

LA = "America/Los_Angeles"


@pytest.fixture
def places(store):
    """Three cities (one Danish, one Chinese) by short name."""
    return {
        "sf": cities.create_city(store, {"name": "San Francisco", "country": "US",
                                         "relation": "partner", "timezone": LA}).id,
        "aarhus": cities.create_city(store, {"name": "Århus", "country": "DK",
                                             "timezone": "Europe/Copenhagen"}).id,
        "hz": cities.create_city(store, {"name": "杭州", "country": "CN",
                                         "timezone": "Asia/Shanghai"}).id,
    }


def _trip(store, title, start, end, dests, **extra):
    return trips.create_trip(store, {"title": title, "start": start, "end": end,
                                     "destinations": dests, **extra})


@pytest.fixture
def several(store, places):
    return [
        _trip(store, "Signing San Francisco", "2026-02-22", "2026-02-27", [places["sf"]],
              status="confirmed"),
        _trip(store, "Nordic tour", "2025-12-30", "2026-01-03", [places["aarhus"]]),
        _trip(store, "Expo", "2024-05-01", "2024-05-05", [places["hz"], places["sf"]],
              status="completed"),
    ]


def _titles(store, **criteria):
    return [t.title for t in trips.list_trips(store, TripFilter(**criteria))]


def test_create_trip_makes_a_readable_ref_and_keeps_destination_order(store, places):
    first = _trip(store, "Städtereise Århus", "2026-05-01", "2026-05-03",
                  [places["aarhus"], places["sf"]])
    second = _trip(store, "Städtereise Århus", "2026-06-01", "2026-06-03", [])
    chinese = _trip(store, "杭州", "2026-07-01", "2026-07-03", [])
    assert (first.ref, second.ref, chinese.ref) == (
        "stadtereise-arhus", "stadtereise-arhus-2", "trip")
    assert first.destination_names == ("Århus", "San Francisco")


def test_trip_list_is_newest_first_with_counts(store, several):
    rows = trips.list_trips(store)
    assert [r.title for r in rows] == ["Signing San Francisco", "Nordic tour", "Expo"]
    assert rows[2].destinations == ("杭州", "San Francisco")
    assert rows[0].participants == 0


def test_trip_list_filters(store, several, places):
    assert _titles(store, year=2026) == ["Signing San Francisco", "Nordic tour"]
    assert _titles(store, year=2025) == ["Nordic tour"]
    assert _titles(store, status=TripStatus.COMPLETED) == ["Expo"]
    assert _titles(store, city_id=places["sf"]) == ["Signing San Francisco", "Expo"]
    assert _titles(store, search="århus") == ["Nordic tour"]
    assert _titles(store, search="ÅRHUS") == ["Nordic tour"]
    assert _titles(store, search="杭州") == ["Expo"]
    assert _titles(store, search="signing-san") == ["Signing San Francisco"]  # the ref
    assert _titles(store, search="francisco", year=2024) == ["Expo"]
    assert _titles(store, search="nowhere") == []


def test_trip_list_pages_and_counts(store, several):
    assert _titles(store, limit=1, offset=1) == ["Nordic tour"]
    assert _titles(store, search="san", limit=1, offset=1) == ["Expo"]
    assert trips.count_trips(store, TripFilter(year=2026)) == 2
    assert trips.count_trips(store, TripFilter(search="FRANCISCO", limit=1)) == 2
    assert trips.trip_years(store) == [2026, 2025, 2024]


def test_participant_count_leaves_out_withdrawn(store, several):
    trip_id = several[0].id
    participants.add_participant(store, trip_id, {"name": "A"})
    b, _ = participants.add_participant(store, trip_id, {"name": "B"})
    participants.set_status(store, b.id, "withdrawn")
    assert trips.list_trips(store, TripFilter(year=2026))[0].participants == 1


def test_end_before_start_is_refused_in_german(store):
    with pytest.raises(ValidationError) as err:
        _trip(store, "Backwards", "2026-02-27", "2026-02-22", [])
    assert err.value.field == "end"
    assert err.value.message("de") == "2026-02-22 liegt vor dem Beginn am 2026-02-27"
    assert trips.count_trips(store) == 0


def test_update_checks_dates_against_the_stored_ones(store, several):
    with pytest.raises(ValidationError) as err:
        trips.update_trip(store, several[0].id, {"end": "2026-01-01"})
    assert err.value.field == "end"
    detail = trips.update_trip(store, several[0].id, {"title": "Signing SF", "end": "2026-02-28"})
    assert (detail.title, detail.end) == ("Signing SF", date(2026, 2, 28))


def test_unknown_destination_and_bad_kind_are_refused(store):
    with pytest.raises(ValidationError) as err:
        _trip(store, "X", "2026-01-01", "2026-01-02", [999])
    assert err.value.field == "destinations"
    with pytest.raises(ValidationError) as err:
        _trip(store, "X", "2026-01-01", "2026-01-02", [], kind="holiday")
    assert err.value.field == "kind"
    assert "ist keiner der Werte" in err.value.message("de")


def test_update_destinations_and_status(store, several, places):
    detail = trips.update_trip(store, several[0].id,
                               {"destinations": [places["hz"], places["sf"]]})
    assert detail.destination_names == ("杭州", "San Francisco")
    row = trips.set_status(store, several[0].id, "completed")
    assert row.status is TripStatus.COMPLETED
    with pytest.raises(ValidationError):
        trips.set_status(store, several[0].id, "finished")


def test_find_trip_by_ref_or_id(store, several):
    assert trips.find_trip(store, several[1].ref) == several[1].id
    assert trips.find_trip(store, str(several[1].id)) == several[1].id
    with pytest.raises(NotFoundError, match="no-such"):
        trips.find_trip(store, "no-such")
    with pytest.raises(NotFoundError):
        trips.get_trip(store, 4711)


def _count(store, model):
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_delete_trip_removes_its_programme_and_delegation(store, several):
    trip_id = several[0].id
    participants.add_participant(store, trip_id, {"name": "Ulf"})
    agenda.add_item(store, trip_id, {"title": "Signing", "start": "2026-02-24T11:00",
                                     "timezone": LA})
    trips.delete_trip(store, trip_id)
    assert (_count(store, Participant), _count(store, AgendaItem)) == (0, 0)
    assert _count(store, TripDestination) == 3  # the other trips' destinations stay
    with pytest.raises(NotFoundError):
        trips.delete_trip(store, trip_id)


def test_get_trip_gives_local_times_across_dst(store, places):
    trip = _trip(store, "March", "2026-03-05", "2026-03-10", [places["sf"]])
    agenda.add_item(store, trip.id, {"title": "After", "start": "2026-03-09T10:00",
                                     "end": "2026-03-09T11:00", "timezone": LA})
    agenda.add_item(store, trip.id, {"title": "Before", "start": "2026-03-06T10:00",
                                     "timezone": LA})
    before, after = trips.get_trip(store, trip.id).agenda
    assert (before.title, after.title) == ("Before", "After")
    assert before.start.astimezone(UTC) == datetime(2026, 3, 6, 18, tzinfo=UTC)
    assert after.start.astimezone(UTC) == datetime(2026, 3, 9, 17, tzinfo=UTC)
    assert after.start.tzinfo == ZoneInfo(LA) and after.start.hour == 10
    assert before.end == before.start


def _queries_for(store, trip_id):
    seen = []

    def count(*_args):
        seen.append(1)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        trips.get_trip(store, trip_id)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_get_trip_needs_the_same_few_queries_however_big(store, places):
    trip = _trip(store, "Big", "2026-03-05", "2026-03-10", [places["sf"]])
    person = contacts.create_contact(store, {"name": "Jane", "city": places["sf"]})
    counts = []
    for n in range(6):
        p, _ = participants.add_participant(store, trip.id, {"name": f"P{n}"})
        agenda.add_item(store, trip.id, {"title": f"M{n}", "start": f"2026-03-0{n + 4}T10:00",
                                         "timezone": LA, "contacts": [person.id],
                                         "attendees": [p.id]})
        counts.append(_queries_for(store, trip.id))
    assert counts[0] == counts[-1] <= 15
    detail = trips.get_trip(store, trip.id)
    assert [c.name for c in detail.contacts] == ["Jane"]
    assert detail.agenda[0].contact_names == ("Jane",)


def _planned_trip(store, places):
    """A past trip with a delegation, a programme across a clock change, travel and a hotel."""
    trip = _trip(store, "Pazifik", "2026-03-05", "2026-03-10", [places["sf"], places["hz"]],
                 capacity=2, status="completed", budget="1.234,50")
    person = contacts.create_contact(store, {"name": "Jane Kämpfer", "city": places["sf"]})
    ulf, _ = participants.add_participant(store, trip.id, {"name": "Ulf", "role": "head"})
    ada, _ = participants.add_participant(store, trip.id, {"name": "Ada"})
    gone, _ = participants.add_participant(store, trip.id, {"name": "Gone"})
    participants.set_status(store, gone.id, "withdrawn")
    agenda.add_item(store, trip.id, {"title": "Signing", "start": "2026-03-06T10:00",
                                     "end": "2026-03-06T11:00", "timezone": LA,
                                     "contacts": [person.id], "attendees": [ulf.id]})
    travel.add_leg(store, trip.id, {"from": "Hamburg", "to": "San Francisco",
                                    "depart": "2026-03-05T08:00",
                                    "depart_timezone": "Europe/Berlin",
                                    "arrive": "2026-03-05T14:00", "arrive_timezone": LA,
                                    "travellers": [ada.id]})
    travel.add_stay(store, trip.id, {"name": "Hotel Århus", "check_in": "2026-03-05",
                                     "check_out": "2026-03-10"})
    outcomes.add_outcome(store, trip.id, {"text": "Agreement signed"})
    return trips.get_trip(store, trip.id)


def test_duplicate_trip_moves_the_plans_and_keeps_the_people(store, places):
    old = _planned_trip(store, places)
    new = trips.duplicate_trip(store, old.id, "2027-03-11")
    assert (new.start, new.end, new.status, new.title) == (
        date(2027, 3, 11), date(2027, 3, 16), TripStatus.IDEA, "Pazifik")
    assert new.ref == "pazifik-2027" and new.budget_cents == 123450 and new.capacity == 2
    assert new.destination_names == ("San Francisco", "杭州")
    assert [(p.name, p.status.value) for p in new.participants] == [
        ("Ulf", "registered"), ("Ada", "registered")]  # the withdrawn one is left out
    (item,) = new.agenda
    assert (item.start.isoformat(), item.end.hour) == ("2027-03-12T10:00:00-08:00", 11)
    assert item.contact_names == ("Jane Kämpfer",)
    assert item.attendee_ids == (new.participants[0].id,)
    (leg,) = new.travel
    assert (leg.depart.date(), leg.depart.hour, leg.arrive.hour) == (date(2027, 3, 11), 8, 14)
    assert leg.traveller_ids == (new.participants[1].id,)
    assert (new.accommodation[0].check_in, new.accommodation[0].check_out) == (
        date(2027, 3, 11), date(2027, 3, 16))
    assert new.outcomes == () and new.follow_ups == ()
    assert len(trips.get_trip(store, old.id).outcomes) == 1  # the original is untouched


def test_duplicate_trip_takes_a_ref_and_title_and_refuses_bad_ones(store, places):
    old = _planned_trip(store, places)
    copy = trips.duplicate_trip(store, old.id, date(2026, 9, 1), "pazifik-herbst", "Pazifik II")
    assert (copy.ref, copy.title, copy.end) == ("pazifik-herbst", "Pazifik II", date(2026, 9, 6))
    with pytest.raises(ValidationError) as taken:
        trips.duplicate_trip(store, old.id, "2026-10-01", "pazifik-herbst")
    assert taken.value.field == "ref"
    with pytest.raises(ValidationError) as bad:
        trips.duplicate_trip(store, old.id, "next spring")
    assert bad.value.field == "start"
    with pytest.raises(NotFoundError):
        trips.duplicate_trip(store, 9999, "2026-10-01")
    assert trips.count_trips(store) == 2


def test_propose_ref_is_readable_and_free(store):
    assert trips.propose_ref(store, "Städtereise Århus", 2027) == "stadtereise-arhus-2027"
    _trip(store, "Städtereise Århus", "2027-05-01", "2027-05-03", [],
          ref="stadtereise-arhus-2027")
    assert trips.propose_ref(store, "Städtereise Århus", 2027) == "stadtereise-arhus-2027-2"
    assert trips.propose_ref(store, "杭州", 2027) == "trip-2027"
    long = trips.propose_ref(store, "Unterzeichnung der unbefristeten Partnerschaft", 2027)
    assert long.endswith("-2027") and len(long) <= 64


def test_a_new_trip_without_a_language_takes_the_offices_document_language(store):
    set_office_value(store, DOCUMENT_LANGUAGE, "en")
    trip = trips.create_trip(store, {"title": "Besuch aus Gdańsk", "start": "2026-05-01",
                                     "end": "2026-05-02"})
    report = document_bytes(store, DocumentRequest("report", year=2026))
    first_page = PdfReader(io.BytesIO(report)).pages[0].extract_text()
    assert trip.language == "en"
    assert "Activity report 2026" in first_page
