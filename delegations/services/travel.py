"""How the delegation gets there and where it sleeps: travel legs and accommodation.

A leg departs in one zone and arrives in another (`depart_timezone`, `arrive_timezone`),
each time typed in its own local time. `travellers` and `guests` are participant ids of
the same trip; none listed means the whole delegation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.orm import selectinload

from delegations.model import Accommodation, TravelLeg, Trip
from delegations.services import dto
from delegations.services._common import (
    REF_USED_IN_TRIP,
    add_checked,
    assign_checked,
    delete_row,
    fetch,
    merge_times,
    ref_for,
    trip_list,
)
from delegations.services._rows import stay_row, travel_row
from delegations.services.agenda import trip_participants
from delegations.storage.store import Store
from delegations.validation import check_dates, clean_stay, clean_travel

_TIME_KEYS = ("depart", "arrive", "depart_timezone", "arrive_timezone")


def list_legs(store: Store, trip_id: int) -> list[dto.TravelRow]:
    """The legs by departure, in local times."""
    return trip_list(store, TravelLeg, trip_id, travel_row, TravelLeg.depart_utc,
                     load=[selectinload(TravelLeg.travellers)])


def add_leg(store: Store, trip_id: int, data: Mapping[str, Any]) -> dto.TravelRow:
    """A new leg; a missing ref is made from carrier and number or the route."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        label = f"{data.get('carrier') or ''} {data.get('number') or ''}".strip()
        label = label or f"{data.get('from') or ''} {data.get('to') or ''}"
        values = clean_travel(ref_for(s, TravelLeg, data, label, "leg", trip_id=trip_id))
        leg = add_checked(s, TravelLeg, values, message=REF_USED_IN_TRIP, trip_id=trip_id)
        if "travellers" in data:
            leg.travellers = trip_participants(s, trip_id, data["travellers"], "travellers")
        s.flush()
        return travel_row(leg)


def _with_times(leg: TravelLeg, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes completed with the stored times; moving only the departure keeps the
    duration."""
    if not any(k in changes for k in _TIME_KEYS):
        return dict(changes)
    merged = merge_times(changes, {"depart": (leg.depart_utc, "depart_timezone"),
                                   "arrive": (leg.arrive_utc, "arrive_timezone")},
                         {"depart_timezone": leg.depart_timezone,
                          "arrive_timezone": leg.arrive_timezone})
    if "depart" in changes and "arrive" not in changes:
        merged["arrive"] = None
    return merged


def update_leg(store: Store, leg_id: int, changes: Mapping[str, Any]) -> dto.TravelRow:
    """Change the fields given; moving only the departure keeps the duration."""
    with store.transaction() as s:
        leg = fetch(s, TravelLeg, leg_id, "travel leg")
        duration = leg.arrive_utc - leg.depart_utc
        values = clean_travel(_with_times(leg, changes), partial=True)
        if "depart" in changes and "arrive" not in changes:
            values["arrive_utc"] = values["depart_utc"] + duration
        assign_checked(s, leg, values, message=REF_USED_IN_TRIP, trip_id=leg.trip_id)
        if "travellers" in changes:
            leg.travellers = trip_participants(s, leg.trip_id, changes["travellers"],
                                               "travellers")
        s.flush()
        return travel_row(leg)


def delete_leg(store: Store, leg_id: int) -> None:
    """Remove a leg (its travellers stay on the trip)."""
    delete_row(store, TravelLeg, leg_id, "travel leg")


def list_stays(store: Store, trip_id: int) -> list[dto.StayRow]:
    """The hotels by check-in."""
    return trip_list(store, Accommodation, trip_id, stay_row, Accommodation.check_in,
                     load=[selectinload(Accommodation.guests)])


def add_stay(store: Store, trip_id: int, data: Mapping[str, Any]) -> dto.StayRow:
    """A new hotel stay; `guests` are participant ids (none: the whole delegation)."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        values = clean_stay(ref_for(s, Accommodation, data, str(data.get("name") or ""),
                                    "stay", trip_id=trip_id))
        stay = add_checked(s, Accommodation, values, message=REF_USED_IN_TRIP, trip_id=trip_id)
        if "guests" in data:
            stay.guests = trip_participants(s, trip_id, data["guests"], "guests")
        s.flush()
        return stay_row(stay)


def update_stay(store: Store, stay_id: int, changes: Mapping[str, Any]) -> dto.StayRow:
    """Change the fields given; check-out stays on or after check-in."""
    with store.transaction() as s:
        stay = fetch(s, Accommodation, stay_id, "accommodation")
        values = clean_stay(changes, partial=True)
        check_dates(values.get("check_in", stay.check_in),
                    values.get("check_out", stay.check_out), "check_in", "check_out")
        assign_checked(s, stay, values, message=REF_USED_IN_TRIP, trip_id=stay.trip_id)
        if "guests" in changes:
            stay.guests = trip_participants(s, stay.trip_id, changes["guests"], "guests")
        s.flush()
        return stay_row(stay)


def delete_stay(store: Store, stay_id: int) -> None:
    """Remove a hotel stay (its guests stay on the trip)."""
    delete_row(store, Accommodation, stay_id, "accommodation")
