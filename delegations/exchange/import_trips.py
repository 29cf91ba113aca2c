"""Importing trips: the trip itself, its destinations and goals, and the lists inside it.

Participants come first, since the programme, travel and hotels name them. Rows the
document does not list stay; when it replaces them, they are removed only at the end,
after every link to them has been rewritten; then the waiting list is brought in line
with the trip's capacity.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select

from delegations.exchange.children import Children, TripScope, by_ref, stale, sync
from delegations.exchange.context import Context, assign
from delegations.exchange.formats import parse_utc
from delegations.exchange.import_results import import_results
from delegations.exchange.merge_policy import item_ref, label, merged, note_change
from delegations.exchange.paths import located, objects
from delegations.exchange.protocol import import_people_forms, import_vehicles
from delegations.exchange.refs import Claims
from delegations.exchange.seating import import_seating
from delegations.model import (
    Accommodation,
    AgendaItem,
    Participant,
    TravelLeg,
    Trip,
)
from delegations.services.waitlist import rebalance
from delegations.validation import (
    PARTICIPANT,
    clean,
    clean_agenda,
    clean_stay,
    clean_travel,
    clean_trip,
    text,
)


def import_trips(ctx: Context, document: Mapping[str, Any]) -> None:
    claims = Claims()
    for step, data in objects(document, "trips"):
        ctx.tick()
        with located(step):
            ref = item_ref(data)
            trip = ctx.session.scalar(select(Trip).where(Trip.ref == ref)) if ref else None
            data = merged(trip, data, ctx.replace)
            values = clean_trip(data)
            claims.claim(values["ref"], step)
            _import_trip(ctx, TripScope(ctx, _upsert_trip(ctx, trip, values), step), data)


def _upsert_trip(ctx: Context, trip: Trip | None, values: dict[str, Any]) -> Trip:
    ctx.summary.count("trips", existed=trip is not None)
    existed = trip is not None
    if trip is None:
        trip = Trip()
        ctx.session.add(trip)
    assign(ctx.session, trip, values)
    note_change(ctx.session, trip, ctx.summary, existed)
    ctx.session.flush()  # an id, so that its outcomes and follow-ups can be looked up
    return trip


def _import_trip(ctx: Context, scope: TripScope, data: Mapping[str, Any]) -> None:
    trip = scope.trip
    assert trip is not None
    trip.set_destinations(ctx.cities.many(data, "destinations"))
    if "counterparts" in data or ctx.replace:  # an older file keeps what the store has
        trip.set_counterparts(ctx.contacts.many(data, "counterparts"))
    assign(ctx.session, trip, {"goals": ctx.goals.many(data, "goals")})
    old = {kind.key: list(getattr(trip, kind.key)) for kind in TRIP_LISTS}
    new: dict[str, list[Any]] = {}
    for kind in TRIP_LISTS:
        new[kind.key] = sync(scope, data, kind, by_ref(old[kind.key]))
        if not ctx.replace:  # what the document does not list stays
            new[kind.key] += stale(old[kind.key], new[kind.key])
        if kind is PARTICIPANTS:
            scope.people = {p.ref: p for p in new[kind.key]}
    import_results(scope, data)
    for kind in TRIP_LISTS:  # last, when no programme point or leg names them any more
        ctx.summary.count_removed(kind.key,
                                  [label(r) for r in stale(old[kind.key], new[kind.key])])
        assign(ctx.session, trip, {kind.key: new[kind.key]})
    ctx.session.flush()
    import_seating(scope, data, new["agenda"])
    import_people_forms(scope, data)
    import_vehicles(scope, data, new["agenda"])
    ctx.summary.promotions.extend(rebalance(ctx.session, trip))


def _participant(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean(PARTICIPANT, data)
    values["registered_at"] = parse_utc(data.get("registered_at"), "registered_at")
    values["contact"] = scope.ctx.contacts.one(data, "contact")
    return values


def _agenda(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean_agenda(data)
    values["external_uid"] = text(300)(data.get("external_uid"), "external_uid")
    values["contacts"] = scope.ctx.contacts.many(data, "contacts")
    values["attendees"] = scope.participants(data, "attendees")
    return values


def _travel(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean_travel(data)
    values["travellers"] = scope.participants(data, "travellers")
    return values


def _stay(scope: TripScope, data: Mapping[str, Any]) -> dict[str, Any]:
    values = clean_stay(data)
    values["guests"] = scope.participants(data, "guests")
    return values


PARTICIPANTS = Children("participants", "p", Participant, _participant)
TRIP_LISTS = (
    PARTICIPANTS,
    Children("agenda", "a", AgendaItem, _agenda),
    Children("travel", "t", TravelLeg, _travel),
    Children("accommodation", "acc", Accommodation, _stay),
)
