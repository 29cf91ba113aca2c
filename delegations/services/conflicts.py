"""Conflict checks of a trip's programme: what does not fit, computed in the core.

`check_trip` looks at everything saved; `check_item` at one item while it is being
edited, before it is saved (its own problems, including the ones the store would refuse).
The rules are in conflict_rules; the buffer between places is the office setting
BUFFER_MINUTES (declared in services.settings).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from dateutil import tz as dtz

from delegations.enums import AgendaKind, RegistrationStatus
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.services import dto, home, trips
from delegations.services.conflict_model import Conflict, ConflictKind
from delegations.services.conflict_rules import Item, Leg, Plan, Stay, all_conflicts
from delegations.services.settings import BUFFER_MINUTES, office_value
from delegations.storage.store import Store
from delegations.timezones import parse_local, zone
from delegations.validation import timezone_name

__all__ = ["Conflict", "ConflictKind", "by_item",
           "check_item", "check_trip", "leg_label"]

NEW_ITEM = 0  # the id check_item gives an item that is not saved yet
_PRESENT = (RegistrationStatus.REGISTERED, RegistrationStatus.CONFIRMED)


def leg_label(leg: dto.TravelRow) -> str:
    """'LH 454 FRA → SFO': how a leg is named in messages and calendars."""
    flight = f"{leg.carrier} {leg.number}".strip()
    route = f"{leg.origin} → {leg.destination}"
    return f"{flight} {route}" if flight else route


def _buffer(store: Store, minutes: int | None) -> timedelta:
    if minutes is None:
        minutes = office_value(store, BUFFER_MINUTES)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or minutes < 0:
        raise ValidationError(BUFFER_MINUTES.key,
                              N_("must be a whole number of minutes, 0 or more"))
    return timedelta(minutes=minutes)


def _item(row: dto.AgendaRow) -> Item:
    return Item(row.id, row.title, row.kind, row.start.astimezone(UTC),
                row.end.astimezone(UTC), row.timezone, row.location, row.address,
                row.attendee_ids)


def _plan(store: Store, trip: dto.TripDetail, buffer: timedelta) -> Plan:
    legs = tuple(Leg(t.id, leg_label(t), t.depart.astimezone(UTC), t.arrive.astimezone(UTC),
                     t.depart_timezone, t.arrive_timezone, t.traveller_ids) for t in trip.travel)
    stays = tuple(Stay(a.id, a.name, a.check_in, a.check_out, a.guest_ids)
                  for a in trip.accommodation)
    people = {p.id: p.name for p in trip.participants if p.status in _PRESENT}
    return Plan(trip.start, trip.end, _trip_zone(store, trip), people,
                tuple(_item(a) for a in trip.agenda), legs, stays, buffer)


def _trip_zone(store: Store, trip: dto.TripDetail) -> str:
    if trip.timezone:
        return trip.timezone
    office = home.get_home(store)
    return office.timezone if office is not None else "UTC"


def check_trip(store: Store, trip_id: int, buffer_minutes: int | None = None) -> list[Conflict]:
    """Every conflict of a saved trip, sorted by day, time, kind and ids."""
    trip = trips.get_trip(store, trip_id)
    return all_conflicts(_plan(store, trip, _buffer(store, buffer_minutes)))


def by_item(found: list[Conflict]) -> dict[int, list[Conflict]]:
    """The conflicts each agenda item is concerned in (for the markers on items)."""
    marks: dict[int, list[Conflict]] = {}
    for conflict in found:
        for item_id in conflict.agenda_ids:
            marks.setdefault(item_id, []).append(conflict)
    return marks


# ---------------------------------------------------------------------------- one item


def check_item(store: Store, trip_id: int, data: Mapping[str, Any],
               item_id: int | None = None) -> list[Conflict]:
    """The problems of an item as typed (exchange spelling, like agenda.add_item), before
    it is saved: fields not given are taken from the saved item `item_id`.

    A new item is reported with agenda id NEW_ITEM (0). Text that is no date and time,
    or an unknown zone, raises ValidationError as saving would.
    """
    trip = trips.get_trip(store, trip_id)
    saved = next((a for a in trip.agenda if a.id == item_id), None) if item_id else None
    plan = _plan(store, trip, _buffer(store, None))
    own: list[Conflict] = []
    item = _typed_item(plan, data, saved, item_id or NEW_ITEM, own)
    others = tuple(i for i in plan.items if i.id != item.id)
    found = all_conflicts(replace(plan, items=(*others, item)))
    found = [c for c in found if item.id in c.agenda_ids]
    return sorted(own + found, key=Conflict.sort_key)


def _typed_item(plan: Plan, data: Mapping[str, Any], saved: dto.AgendaRow | None,
                ident: int, own: list[Conflict]) -> Item:
    """The item as typed; problems of the typed times themselves go to `own`."""
    def pick(key: str, default: Any) -> Any:
        value = data.get(key)
        return value if key in data and value is not None else default

    zone_name = timezone_name(pick("timezone", saved.timezone if saved else plan.zone),
                              "timezone")
    title = str(pick("title", saved.title if saved else ""))
    kind = AgendaKind(pick("kind", saved.kind if saved else AgendaKind.MEETING))
    start = _instant(pick("start", saved.start if saved else None), zone_name, "start",
                     title, ident, own)
    end_value = pick("end", None)
    if end_value:
        end = _instant(end_value, zone_name, "end", title, ident, own)
    elif saved is not None:  # moving only the start keeps the length, as saving does
        end = start + (saved.end - saved.start) if "start" in data else saved.end
    else:
        end = start
    if end < start:
        local = start.astimezone(zone(zone_name))
        own.append(Conflict(ConflictKind.END_BEFORE_START, agenda_ids=(ident,),
                            day=local.date(), subjects=(title,), when=local))
        end = start
    attendees = pick("attendees", saved.attendee_ids if saved else ())
    return Item(ident, title, kind, start, end, zone_name,
                str(pick("location", saved.location if saved else "")),
                str(pick("address", saved.address if saved else "")),
                tuple(int(a) for a in attendees))


def _instant(value: Any, zone_name: str, field: str, title: str, ident: int,
             own: list[Conflict]) -> datetime:
    """The UTC instant of a typed time; a time in a daylight-saving gap is reported and
    read as the clocks would show it after the change."""
    local = value if isinstance(value, datetime) else parse_local(str(value or ""), field)
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    candidate = local.replace(tzinfo=zone(zone_name))
    if not dtz.datetime_exists(candidate):
        own.append(Conflict(ConflictKind.NONEXISTENT_TIME, agenda_ids=(ident,),
                            day=local.date(), subjects=(title,), moment=local,
                            zone=zone_name))
        candidate = dtz.resolve_imaginary(candidate)
    return candidate.astimezone(UTC)
