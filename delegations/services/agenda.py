"""The programme of a trip: items typed in the local time of the place they happen.

Input is in exchange spelling: `start`/`end` as local ISO text or naive datetimes with
`timezone`; `contacts` are contact ids (the counterparts met) and `attendees` the
participant ids of the same trip (none listed means the whole delegation).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import AgendaItem, Contact, Home, Participant, Trip
from delegations.services import dto
from delegations.services._common import (
    REF_USED_IN_TRIP,
    add_checked,
    assign_checked,
    delete_row,
    fetch,
    fetch_many,
    id_list,
    merge_times,
    ref_for,
    trip_list,
)
from delegations.services._rows import agenda_row
from delegations.storage.store import Store
from delegations.validation import clean_agenda
from delegations.venue import programme_zone

_LOAD = (selectinload(AgendaItem.contacts), selectinload(AgendaItem.attendees))


def trip_participants(s: Session, trip_id: int, value: Any, field: str) -> list[Participant]:
    """Participants by id, each of which must belong to the trip."""
    people = fetch_many(s, Participant, id_list(value, field), field)
    for p in people:
        if p.trip_id != trip_id:
            raise ValidationError(field, N_("{value} is not a participant of this trip"),
                                  value=p.id)
    return people


def _links(s: Session, item: AgendaItem, data: Mapping[str, Any]) -> None:
    if "contacts" in data:
        item.contacts = fetch_many(s, Contact, id_list(data["contacts"], "contacts"), "contacts")
    if "attendees" in data:
        item.attendees = trip_participants(s, item.trip_id, data["attendees"], "attendees")


def _item(s: Session, item_id: int) -> AgendaItem:
    item = s.scalar(select(AgendaItem).where(AgendaItem.id == item_id).options(*_LOAD))
    return item if item is not None else fetch(s, AgendaItem, item_id, "agenda item")


def list_items(store: Store, trip_id: int) -> list[dto.AgendaRow]:
    """The programme in order of start, in local times."""
    return trip_list(store, AgendaItem, trip_id, agenda_row, AgendaItem.start_utc, load=_LOAD)


def default_zone(s: Session, trip: Trip) -> str | None:
    """Where a trip's programme happens unless said otherwise (venue.programme_zone):
    home time for a visit held at home, else its first destination's zone."""
    home = s.get(Home, 1)
    return programme_zone(trip.kind, [link.city.timezone for link in trip.destination_links],
                          home.timezone if home is not None else None)


def add_item(store: Store, trip_id: int, data: Mapping[str, Any]) -> dto.AgendaRow:
    """A new programme point; without `end` it is a point in time, without `timezone`
    it happens in `default_zone`."""
    with store.transaction() as s:
        trip = fetch(s, Trip, trip_id, "trip")
        data = ref_for(s, AgendaItem, data, str(data.get("title") or ""), "item",
                       trip_id=trip_id)
        if not data.get("timezone"):
            data["timezone"] = default_zone(s, trip)
        values = clean_agenda(data)
        item = add_checked(s, AgendaItem, values, message=REF_USED_IN_TRIP, trip_id=trip_id)
        _links(s, item, data)
        s.flush()
        return agenda_row(item)


def _with_times(item: AgendaItem, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The changes completed with the stored times; moving only the start keeps the length."""
    if not any(k in changes for k in ("start", "end", "timezone")):
        return dict(changes)
    merged = merge_times(changes, {"start": (item.start_utc, "timezone"),
                                   "end": (item.end_utc, "timezone")},
                         {"timezone": item.timezone})
    if "start" in changes and "end" not in changes:
        merged["end"] = None
    return merged


def update_item(store: Store, item_id: int, changes: Mapping[str, Any]) -> dto.AgendaRow:
    """Change the fields given; times are read in the item's (possibly new) zone."""
    with store.transaction() as s:
        item = _item(s, item_id)
        length = item.end_utc - item.start_utc
        merged = _with_times(item, changes)
        values = clean_agenda(merged, partial=True)
        if "start" in changes and "end" not in changes:
            values["end_utc"] = values["start_utc"] + length
        assign_checked(s, item, values, message=REF_USED_IN_TRIP, trip_id=item.trip_id)
        _links(s, item, changes)
        s.flush()
        return agenda_row(item)


def delete_item(store: Store, item_id: int) -> None:
    """Remove a programme point (its counterparts and attendees stay where they are)."""
    delete_row(store, AgendaItem, item_id, "agenda item")
