"""Trips: the list with its filters, the whole trip for windows and documents, and edits.

`get_trip` loads everything in a fixed number of queries (eager loading), so that a
trip with a long programme opens as fast as a short one and its result is detached
plain data.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import Row, Select, case, exists, func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from delegations.enums import RegistrationStatus, TripKind, TripStatus
from delegations.errors import NotFoundError, ValidationError
from delegations.folding import search_terms, sort_key
from delegations.i18n import N_
from delegations.model import (
    Accommodation,
    AgendaItem,
    City,
    Contact,
    FollowUp,
    Gift,
    Goal,
    Outcome,
    Participant,
    TravelLeg,
    Trip,
    TripCounterpart,
    TripDestination,
)
from delegations.model.search import common, matching, trip_word
from delegations.services import _rows, dto, waitlist
from delegations.services._common import (
    SLUG_LIMIT,
    add_checked,
    assign,
    assign_checked,
    delete_row,
    expect_version,
    fetch,
    fetch_many,
    id_list,
    not_found,
    ref_for,
    ref_taken,
    slugify,
    unique_ref,
)
from delegations.services.settings import DOCUMENT_LANGUAGE, office_value
from delegations.storage.store import Store
from delegations.timezones import to_local
from delegations.validation import check_dates, clean_trip, enum

# ---------------------------------------------------------------------------- listing

REF_USED_BY_TRIP = N_("'{ref}' is already used by another trip")
UNKNOWN_TRIP = N_("unknown trip '{trip}'")


#: The tables' columns: listing trips through them needs no configured mappers (see
#: trip_load), which a short command like `delegations trips` would pay for first.
_T, _D, _C, _P = (Trip.__table__.c, TripDestination.__table__.c, City.__table__.c,
                  Participant.__table__.c)


def _filtered(query: Select, f: dto.TripFilter, walk: bool = False) -> Select:
    """`query` narrowed by the filter's year, status, city and search (in the database,
    through the index of words), in list order."""
    if f.year is not None:
        query = query.where(_T.start_date <= date(f.year, 12, 31),
                            _T.end_date >= date(f.year, 1, 1))
    if f.status is not None:
        query = query.where(_T.status == TripStatus(f.status))
    if f.city_id is not None:
        query = query.where(exists().where(_D.trip_id == _T.id,
                                           _D.city_id == f.city_id))
    query = query.where(*matching(trip_word, _T.id, search_terms(f.search), walk=walk))
    if f.sort is None:
        return query.order_by(_T.start_date.desc(), _T.id.desc())
    keys = [*_sort_keys(f.sort), _T.id]
    return query.order_by(*(k.desc() if f.descending else k for k in keys))


#: The columns the trips list can be sorted by, in the database; title and destinations
#: (joined as the list shows them) by their folded sort columns (model.sorting).
SORTABLE = ("title", "kind", "status", "start", "end", "destinations", "participants")


def _sort_keys(sort: str) -> list[Any]:
    """ORDER BY keys for a SORTABLE column (status in its life-cycle order)."""
    if sort not in SORTABLE:
        raise ValidationError("sort", N_("cannot sort by '{value}'"), value=sort)
    heads = (select(func.count()).where(_P.trip_id == _T.id,
                                        _P.status != RegistrationStatus.WITHDRAWN)
             .scalar_subquery())
    keys: dict[str, list[Any]] = {
        "title": [_T.sort_title],
        "kind": [_in_order(_T.kind, list(TripKind))],
        "status": [_in_order(_T.status, list(TripStatus))],
        "start": [_T.start_date, _T.end_date],
        "end": [_T.end_date, _T.start_date],
        "destinations": [_T.sort_destinations],
        "participants": [heads],
    }
    return keys[sort]


def _in_order(column: Any, members: list[Any]) -> Any:
    """An enum column as its members' position (declaration order)."""
    return case({m: n for n, m in enumerate(members)}, value=column, else_=len(members))


def _destination_names(s: Session, trip_ids: Iterable[int] | None) -> dict[int, list[str]]:
    """Destination names per trip, in travel order (all trips when `trip_ids` is None)."""
    query = (select(_D.trip_id, _C.name)
             .join(City.__table__, _C.id == _D.city_id)
             .order_by(_D.trip_id, _D.position))
    if trip_ids is not None:
        query = query.where(_D.trip_id.in_(list(trip_ids)))
    names: dict[int, list[str]] = defaultdict(list)
    for trip_id, name in s.execute(query):
        names[trip_id].append(name)
    return names


def _participant_counts(s: Session, trip_ids: Sequence[int]) -> dict[int, int]:
    query = (select(_P.trip_id, func.count())
             .where(_P.trip_id.in_(trip_ids),
                    _P.status != RegistrationStatus.WITHDRAWN)
             .group_by(_P.trip_id))
    return {trip_id: int(n) for trip_id, n in s.execute(query)}


def list_trips(store: Store, f: dto.TripFilter | None = None) -> list[dto.TripRow]:
    """The trips list, newest start first; see TripFilter for the criteria."""
    f = f or dto.TripFilter()
    with store.read() as s:
        walk = f.limit is not None and f.sort is None and common(
            s.connection(), trip_word, search_terms(f.search), f.offset + f.limit)
        query = _filtered(select(*_ROW_COLUMNS), f, walk).offset(f.offset or None).limit(f.limit)
        return _trip_rows(s, s.execute(query).all())


#: What a list row reads of a trip: plain columns, no ORM objects to build for each row.
_ROW_COLUMNS = (_T.id, _T.ref, _T.title, _T.kind, _T.status, _T.start_date, _T.end_date,
                _T.language, _T.example)


def _trip_rows(s: Session, trips: Sequence[Trip | Row[*tuple[Any, ...]]],
               ) -> list[dto.TripRow]:
    """List rows for trips (or their _ROW_COLUMNS): destinations and head counts in one
    query each."""
    ids = [t.id for t in trips]
    names = _destination_names(s, ids)
    counts = _participant_counts(s, ids)
    return [_rows.trip_row(t, names.get(t.id, ()), counts.get(t.id, 0)) for t in trips]


def list_trips_by_id(store: Store, trip_ids: Sequence[int]) -> list[dto.TripRow]:
    """List rows for the given trips (unknown ids left out), newest start first."""
    with store.read() as s:
        query = (select(*_ROW_COLUMNS).where(_T.id.in_(list(trip_ids)))
                 .order_by(_T.start_date.desc(), _T.id.desc()))
        return _trip_rows(s, s.execute(query).all())


def count_trips(store: Store, f: dto.TripFilter | None = None) -> int:
    """How many trips the filter matches (ignoring limit and offset)."""
    f = f or dto.TripFilter()
    with store.read() as s:
        query = _filtered(select(_T.id), f).order_by(None)
        return int(s.scalar(select(func.count()).select_from(query.subquery())) or 0)


def trip_years(store: Store) -> list[int]:
    """Every year some trip touches, newest first (for the year filter)."""
    first, last = func.extract("year", _T.start_date), func.extract("year", _T.end_date)
    with store.read() as s:  # the database finds the few (first, last) pairs
        years: set[int] = set()
        for start, end in s.execute(select(first, last).distinct()):
            years.update(range(int(start), int(end) + 1))
        return sorted(years, reverse=True)


def find_trip(store: Store, ref_or_id: str | int) -> int:
    """The id of a trip given its ref or its numeric id (as the command line gets them)."""
    text = str(ref_or_id).strip()
    with store.read() as s:
        found = s.scalar(select(Trip.id).where(Trip.ref == text))
        if found is None and text.isdigit():
            found = s.scalar(select(Trip.id).where(Trip.id == int(text)))
    if found is None:
        raise NotFoundError(N_("There is no trip '{trip}'."), trip=text)
    return int(found)


def propose_ref(store: Store, title: str, year: int) -> str:
    """A free, readable ref for a new trip: 'delegation-san-francisco-2027'."""
    with store.read() as s:
        words = slugify(title, "trip")[:SLUG_LIMIT - 5].strip("-")  # room for the year
        return unique_ref(s, Trip, f"{words} {year}", "trip")


# ---------------------------------------------------------------------------- one trip

class TripPart(StrEnum):
    """What of a trip is read besides its programme, delegation, travel and hotels (which
    every reader of a whole trip prints or shows); a document reads only what it prints."""

    COUNTERPARTS = "counterparts"  # the trip's own counterparts, in order
    GOALS = "goals"
    OUTCOMES = "outcomes"
    FOLLOW_UPS = "follow_ups"
    GIFTS = "gifts"


WHOLE = frozenset(TripPart)


def trip_load() -> tuple[Any, ...]:
    """How a whole trip is loaded; made on first use, since naming relationships configures
    every mapper of the model (0.06 s), which listing trips does not need. The trip window,
    documents and the exchange export read a whole trip with it."""
    return _trip_load(WHOLE)


@cache
def _trip_load(parts: frozenset[TripPart]) -> tuple[Any, ...]:
    """The loader options of a trip with `parts` (the rest of the trip always)."""
    wanted = {TripPart.COUNTERPARTS: selectinload(Trip.counterpart_links)
              .joinedload(TripCounterpart.contact),
              TripPart.GOALS: selectinload(Trip.goals)}
    return (
        selectinload(Trip.destination_links).joinedload(TripDestination.city),
        *(option for part, option in wanted.items() if part in parts),
        selectinload(Trip.participants),
        selectinload(Trip.agenda).selectinload(AgendaItem.contacts),
        selectinload(Trip.agenda).selectinload(AgendaItem.attendees),
        selectinload(Trip.travel).selectinload(TravelLeg.travellers),
        selectinload(Trip.accommodation).selectinload(Accommodation.guests),
    )


def load_trip(s: Session, trip_id: int, parts: frozenset[TripPart] = WHOLE) -> Trip:
    """The ORM trip with its programme, delegation, travel and hotels loaded (and `parts`)."""
    trip = s.scalar(select(Trip).where(Trip.id == trip_id).options(*_trip_load(parts)))
    if trip is None:
        raise not_found("trip", trip_id)
    return trip


def _counterparts(trip: Trip) -> list[Contact]:
    met = {c.id: c for item in trip.agenda for c in item.contacts}
    return sorted(met.values(), key=lambda c: sort_key(c.name))


def _after(s: Session, trip: Trip, parts: frozenset[TripPart]) -> dict[str, tuple[Any, ...]]:
    """The trip's outcomes, follow-ups and gifts among `parts`, as rows (the rest empty)."""
    out: dict[str, tuple[Any, ...]] = {}
    if TripPart.OUTCOMES in parts:
        outcomes = s.scalars(select(Outcome).where(Outcome.trip_id == trip.id)
                             .options(selectinload(Outcome.goals))
                             .order_by(Outcome.date, Outcome.id)).all()
        out["outcomes"] = tuple(_rows.outcome_row(o) for o in outcomes)
    if TripPart.FOLLOW_UPS in parts:
        out["follow_ups"] = tuple(_rows.follow_up_rows(
            s, lambda q: q.where(FollowUp.trip_id == trip.id)))
    if TripPart.GIFTS in parts:
        gifts = s.scalars(select(Gift).where(Gift.trip_id == trip.id)
                          .options(joinedload(Gift.contact), joinedload(Gift.city))
                          .order_by(Gift.date, Gift.id)).all()
        out["gifts"] = tuple(_rows.gift_row(g) for g in gifts)
    if TripPart.GOALS in parts:
        out["goals"] = tuple(_rows.goal_row(g) for g in trip.goals)
    if TripPart.COUNTERPARTS in parts:
        out["counterparts"] = tuple(_rows.contact_row(c) for c in trip.counterparts)
    return out


def _detail(s: Session, trip: Trip, parts: frozenset[TripPart] = WHOLE) -> dto.TripDetail:
    return dto.TripDetail(
        id=trip.id, ref=trip.ref, title=trip.title, kind=trip.kind, status=trip.status,
        start=trip.start_date, end=trip.end_date, purpose=trip.purpose or "",
        objectives=trip.objectives or "", language=trip.language, capacity=trip.capacity,
        budget_cents=trip.budget_cents, currency=trip.currency or "EUR",
        funding_source=trip.funding_source or "", notes=trip.notes or "",
        example=bool(trip.example), version=trip.row_version,
        destinations=tuple(_rows.city_row(link.city) for link in trip.destination_links),
        participants=tuple(_rows.participant_row(p) for p in trip.participants),
        agenda=tuple(_rows.agenda_row(a) for a in trip.agenda),
        travel=tuple(_rows.travel_row(t) for t in trip.travel),
        accommodation=tuple(_rows.stay_row(a) for a in trip.accommodation),
        contacts=tuple(_rows.contact_row(c) for c in _counterparts(trip)),
        title_en=trip.title_en or "", purpose_en=trip.purpose_en or "",
        objectives_en=trip.objectives_en or "", key_messages=trip.key_messages or "",
        logistics=trip.logistics or "", **_after(s, trip, parts),
    )


def get_trip(store: Store, trip_id: int, parts: frozenset[TripPart] = WHOLE) -> dto.TripDetail:
    """A trip with everything in it (or only `parts` of what is not always read, whose
    fields are then empty); agenda and travel times local to their own zones."""
    with store.read() as s:
        return _detail(s, load_trip(s, trip_id, parts), parts)


# ---------------------------------------------------------------------------- changes


def _set_destinations(s: Session, trip: Trip, value: Any) -> None:
    """Replace the destinations by the cities given (ids, in travel order)."""
    trip.set_destinations(fetch_many(s, City, id_list(value, "destinations"), "destinations"))


def set_counterparts(store: Store, trip_id: int, contact_ids: Sequence[int]) -> tuple[int, ...]:
    """Make the trip's counterparts exactly these contacts, in this order (adding, removing
    and ordering are all this one change, so undo writes the old list back); the ids
    before the change. A contact not in the directory is a ValidationError."""
    with store.transaction() as s:
        trip = load_trip(s, trip_id)
        before = tuple(link.contact_id for link in trip.counterpart_links)
        trip.set_counterparts(fetch_many(s, Contact, id_list(list(contact_ids), "counterparts"),
                                         "counterparts"))
        s.flush()
        return before


def _set_goals(s: Session, trip: Trip, value: Any) -> None:
    trip.goals = fetch_many(s, Goal, id_list(value, "goals"), "goals")


def create_trip(store: Store, data: Mapping[str, Any]) -> dto.TripDetail:
    """A new trip; `destinations` and `goals` are lists of ids, a missing ref is made;
    without a language, its documents are in the office's document language."""
    if data.get("language") is None:
        data = {**data, "language": office_value(store, DOCUMENT_LANGUAGE)}
    with store.transaction() as s:
        values = clean_trip(ref_for(s, Trip, data, str(data.get("title") or ""), "trip"))
        trip = add_checked(s, Trip, values, message=REF_USED_BY_TRIP)
        _set_destinations(s, trip, data.get("destinations"))
        _set_goals(s, trip, data.get("goals"))
        s.flush()
        return _detail(s, load_trip(s, trip.id))


def update_trip(store: Store, trip_id: int, changes: Mapping[str, Any], *,
                version: int | None = None) -> dto.TripDetail:
    """Change the fields given; a new capacity may move people on or off the waiting list.

    `version`: the trip's version when the planner read it (TripDetail.version); if
    someone has changed the trip since, ConflictError says who and when, and nothing is
    saved.
    """
    with store.transaction() as s:
        trip = load_trip(s, trip_id)
        expect_version(s, trip, version)
        values = clean_trip(changes, partial=True)
        check_dates(values.get("start_date", trip.start_date),
                    values.get("end_date", trip.end_date))
        assign_checked(s, trip, values, message=REF_USED_BY_TRIP)
        if "destinations" in changes:
            _set_destinations(s, trip, changes["destinations"])
        if "goals" in changes:
            _set_goals(s, trip, changes["goals"])
        waitlist.rebalance(s, trip)
        s.flush()
        return _detail(s, trip)


def set_capacity(store: Store, trip_id: int, capacity: int | None) -> list[dto.Promotion]:
    """Change the number of places; the participants moved up from the waiting list."""
    with store.transaction() as s:
        trip = load_trip(s, trip_id)
        assign(trip, clean_trip({"capacity": capacity}, partial=True))
        return waitlist.rebalance(s, trip)


def set_status(store: Store, trip_id: int, status: TripStatus | str) -> dto.TripRow:
    """Move the trip along idea → planned → … (any step is allowed; the office decides)."""
    with store.transaction() as s:
        trip = fetch(s, Trip, trip_id, "trip")
        trip.status = enum(TripStatus)(status, "status")
        s.flush()
        return _trip_rows(s, [trip])[0]


def delete_trip(store: Store, trip_id: int) -> None:
    """Delete a trip with its programme, delegation, travel, outcomes and follow-ups.

    Gifts stay in the register (they lose the link to the trip).
    """
    delete_row(store, Trip, trip_id, "trip")


# ---------------------------------------------------------------------------- duplicating

_COPIED = ("kind", "purpose", "objectives", "language", "capacity", "budget_cents", "currency",
           "funding_source", "notes", "purpose_en", "objectives_en", "key_messages",
           "logistics")
_PERSON = ("ref", "contact_id", "name", "function", "organisation", "role", "precedence",
           "registered_at", "email", "phone", "diet", "mobility", "notes", "function_en")
_ITEM = ("ref", "title", "kind", "timezone", "location", "address", "responsible",
         "dress_code", "objectives", "talking_points", "notes", "confidential", "title_en",
         "objectives_en", "talking_points_en", "expected_asks", "press_line")
_LEG = ("ref", "mode", "carrier", "number", "origin", "depart_timezone", "destination",
        "arrive_timezone", "booking_ref", "notes")
_STAY = ("ref", "name", "address", "phone", "booking_ref", "notes")


def _copy(row: Any, names: Sequence[str], **extra: Any) -> dict[str, Any]:
    return {name: getattr(row, name) for name in names} | extra


def _moved(instant: datetime, zone_name: str, days: timedelta) -> datetime:
    """The same local wall time `days` later (a clock change in between is respected)."""
    return (to_local(instant, zone_name) + days).astimezone(UTC)


def _copy_people(old: Trip, new: Trip) -> dict[int, Participant]:
    """The delegation again, withdrawn people left out, everyone registered anew."""
    people = {}
    for p in sorted(old.participants, key=waitlist.registration_order):
        if p.status != RegistrationStatus.WITHDRAWN:
            people[p.id] = Participant(**_copy(p, _PERSON, status=RegistrationStatus.REGISTERED))
            new.participants.append(people[p.id])
    return people


def _copy_plans(old: Trip, new: Trip, people: dict[int, Participant], days: timedelta) -> None:
    """Programme, travel and hotels, moved by `days`, with the same people and counterparts."""
    def who(rows: Iterable[Participant]) -> list[Participant]:
        return [people[p.id] for p in rows if p.id in people]

    for a in old.agenda:
        new.agenda.append(AgendaItem(
            **_copy(a, _ITEM), start_utc=_moved(a.start_utc, a.timezone, days),
            end_utc=_moved(a.end_utc, a.timezone, days), contacts=list(a.contacts),
            attendees=who(a.attendees)))
    for t in old.travel:
        new.travel.append(TravelLeg(
            **_copy(t, _LEG), depart_utc=_moved(t.depart_utc, t.depart_timezone, days),
            arrive_utc=_moved(t.arrive_utc, t.arrive_timezone, days),
            travellers=who(t.travellers)))
    for h in old.accommodation:
        new.accommodation.append(Accommodation(
            **_copy(h, _STAY), check_in=h.check_in + days, check_out=h.check_out + days,
            guests=who(h.guests)))


def duplicate_trip(store: Store, trip_id: int, new_start: date | str,
                   new_ref: str | None = None, title: str | None = None) -> dto.TripDetail:
    """A new trip (status idea) planned like an earlier one, moved to start on `new_start`.

    Destinations, goals, counterparts, the delegation (registered anew), programme, travel
    and hotels are copied and shifted by the same number of days; outcomes and follow-ups are not.
    """
    start = clean_trip({"start": new_start}, partial=True).get("start_date")
    if start is None:
        raise ValidationError("start", N_("is required"))
    with store.transaction() as s:
        old = load_trip(s, trip_id)
        days = start - old.start_date
        name = (title or "").strip() or old.title
        values = clean_trip(ref_for(s, Trip, {"ref": new_ref, "title": name},
                                    f"{name} {start.year}", "trip"), partial=True)
        ref_taken(s, Trip, values["ref"], message=REF_USED_BY_TRIP)
        new = Trip(**values, **_copy(old, _COPIED), status=TripStatus.IDEA,
                   start_date=start, end_date=old.end_date + days, example=False)
        s.add(new)
        new.destination_links = [TripDestination(city=link.city, position=link.position)
                                 for link in old.destination_links]
        new.goals = list(old.goals)
        new.counterpart_links = [TripCounterpart(contact=link.contact, position=link.position)
                                 for link in old.counterpart_links]
        _copy_plans(old, new, _copy_people(old, new), days)
        waitlist.rebalance(s, new)
        s.flush()
        return _detail(s, load_trip(s, new.id))
