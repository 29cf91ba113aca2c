"""Transport of a visit: the cars with driver and seats, who rides in which car for each
transfer, and the liaison officer of each head of delegation (the car list)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import AgendaKind, Role
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import AgendaItem, Participant, Trip, Vehicle, VehicleRide
from delegations.services._common import assign, fetch, id_list, ref_for, trip_list
from delegations.storage.store import Store
from delegations.timezones import to_local
from delegations.validation import PROSE, Field, clean, integer, ref, text

VEHICLE = {
    "ref": Field(ref, required=True),
    "name": Field(text(200), required=True),
    "driver": Field(text(200)),
    "driver_phone": Field(text(100)),
    "seats": Field(integer(1, 100), default=4),
    "notes": PROSE,
}


@dataclass(frozen=True)
class VehicleRow:
    id: int
    ref: str
    name: str
    driver: str
    driver_phone: str
    seats: int
    notes: str


@dataclass(frozen=True)
class CarLoad:
    vehicle: VehicleRow
    riders: tuple[str, ...]


@dataclass(frozen=True)
class Transfer:
    """One programme item with its cars; `walking` are those in no car."""

    item_id: int
    title: str
    start: datetime
    location: str
    cars: tuple[CarLoad, ...]
    walking: tuple[str, ...]


@dataclass(frozen=True)
class Liaison:
    head: str
    officer: str


def _row(v: Vehicle) -> VehicleRow:
    return VehicleRow(v.id, v.ref, v.name, v.driver or "", v.driver_phone or "", v.seats,
                      v.notes or "")


def list_vehicles(store: Store, trip_id: int) -> list[VehicleRow]:
    return trip_list(store, Vehicle, trip_id, _row, Vehicle.name)


def add_vehicle(store: Store, trip_id: int, data: Mapping[str, Any]) -> VehicleRow:
    """A car of the trip; a missing ref is made from its name."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        values = clean(VEHICLE, ref_for(s, Vehicle, data, str(data.get("name") or ""),
                                        "car", trip_id=trip_id))
        vehicle = Vehicle(trip_id=trip_id, **values)
        s.add(vehicle)
        s.flush()
        return _row(vehicle)


def update_vehicle(store: Store, vehicle_id: int, changes: Mapping[str, Any]) -> VehicleRow:
    """Change a car; fewer seats than riders already placed is refused."""
    with store.transaction() as s:
        vehicle = _vehicle(s, vehicle_id)
        values = clean(VEHICLE, changes, partial=True)
        assign(vehicle, values)
        _check_seats(s, vehicle)
        s.flush()
        return _row(vehicle)


def delete_vehicle(store: Store, vehicle_id: int) -> None:
    with store.transaction() as s:
        s.delete(_vehicle(s, vehicle_id))


def _vehicle(s: Session, vehicle_id: int) -> Vehicle:
    vehicle = s.get(Vehicle, vehicle_id) if isinstance(vehicle_id, int) else None
    if vehicle is None:
        raise ValidationError("vehicle", N_("{value} does not exist"), value=vehicle_id)
    return vehicle


def _check_seats(s: Session, vehicle: Vehicle) -> None:
    rides = s.scalars(select(VehicleRide.agenda_item_id).where(
        VehicleRide.vehicle_id == vehicle.id)).all()
    for item_id in set(rides):
        if rides.count(item_id) > vehicle.seats:
            raise ValidationError("seats", N_("{name} has {seats} seats but {count} riders "
                                              "in one transfer"), name=vehicle.name,
                                  seats=vehicle.seats, count=rides.count(item_id))


def set_riders(store: Store, item_id: int, vehicle_id: int,
               participant_ids: Sequence[int]) -> None:
    """Who rides in this car for this transfer (its old riders make way); anyone placed
    in another car of the same transfer moves here. More riders than seats is refused."""
    with store.transaction() as s:
        item = fetch(s, AgendaItem, item_id, "agenda item")
        vehicle = _vehicle(s, vehicle_id)
        ids = id_list(participant_ids, "riders")
        if vehicle.trip_id != item.trip_id:
            raise ValidationError("vehicle", N_("{value} does not exist"), value=vehicle_id)
        if len(ids) > vehicle.seats:
            raise ValidationError("riders", N_("{name} has {seats} seats but {count} riders "
                                               "in one transfer"), name=vehicle.name,
                                  seats=vehicle.seats, count=len(ids))
        trip_people = set(s.scalars(select(Participant.id).where(
            Participant.trip_id == item.trip_id)))
        for ident in ids:
            if ident not in trip_people:
                raise ValidationError("riders", N_("{value} does not exist"), value=ident)
        s.execute(delete(VehicleRide).where(VehicleRide.agenda_item_id == item_id, or_(
            VehicleRide.vehicle_id == vehicle_id, VehicleRide.participant_id.in_(ids))))
        s.add_all(VehicleRide(vehicle_id=vehicle_id, agenda_item_id=item_id,
                              participant_id=ident) for ident in ids)


def car_list(store: Store, trip_id: int) -> tuple[list[Transfer], list[Liaison]]:
    """Every transfer (and any other item someone rides to) with its cars, in time
    order; and the liaison officers of the heads of delegation."""
    with store.read() as s:
        trip = s.scalar(select(Trip).where(Trip.id == trip_id).options(
            selectinload(Trip.participants), selectinload(Trip.agenda).selectinload(
                AgendaItem.attendees))) or fetch(s, Trip, trip_id, "trip")
        rides = s.scalars(select(VehicleRide).join(AgendaItem).where(
            AgendaItem.trip_id == trip_id).options(selectinload(VehicleRide.vehicle),
                                                   selectinload(VehicleRide.participant))).all()
        transfers = [_transfer(item, trip, rides) for item in trip.agenda
                     if item.kind == AgendaKind.TRANSFER
                     or any(r.agenda_item_id == item.id for r in rides)]
        heads = [Liaison(p.name, p.liaison or "") for p in trip.participants
                 if p.role == Role.HEAD or p.liaison]
        return transfers, heads


def _transfer(item: AgendaItem, trip: Trip, rides: Sequence[VehicleRide]) -> Transfer:
    mine = [r for r in rides if r.agenda_item_id == item.id]
    cars: dict[int, list[VehicleRide]] = {}
    for ride in mine:
        cars.setdefault(ride.vehicle_id, []).append(ride)
    loads = tuple(CarLoad(_row(group[0].vehicle), tuple(
        r.participant.name for r in sorted(group, key=lambda r: r.participant.precedence)))
        for group in sorted(cars.values(), key=lambda g: g[0].vehicle.name))
    seated = {r.participant_id for r in mine}
    going = item.attendees or [p for p in trip.participants if p.status.value in (
        "confirmed", "registered")]
    return Transfer(item.id, item.title, to_local(item.start_utc, item.timezone),
                    item.location or "", loads,
                    tuple(p.name for p in going if p.id not in seated))


def item_rides(store: Store, item_id: int) -> dict[int, list[int]]:
    """Who rides in which car for one item: vehicle id -> participant ids (for undo)."""
    with store.read() as s:
        fetch(s, AgendaItem, item_id, "agenda item")
        rides: dict[int, list[int]] = {}
        for ride in s.scalars(select(VehicleRide).where(VehicleRide.agenda_item_id == item_id)
                              .order_by(VehicleRide.id)):
            rides.setdefault(ride.vehicle_id, []).append(ride.participant_id)
        return rides


def restore_rides(store: Store, item_id: int, rides: Mapping[int, Sequence[int]]) -> None:
    """Put an item's cars back as `item_rides` read them (undo)."""
    with store.transaction() as s:
        fetch(s, AgendaItem, item_id, "agenda item")
        s.execute(delete(VehicleRide).where(VehicleRide.agenda_item_id == item_id))
        s.add_all(VehicleRide(vehicle_id=vehicle, agenda_item_id=item_id, participant_id=p)
                  for vehicle, people in rides.items() for p in people)


def vehicle_rides(store: Store, vehicle_id: int) -> list[tuple[int, int]]:
    """A car's rides as (item id, participant id), to bring them back with the car."""
    with store.read() as s:
        return [(r.agenda_item_id, r.participant_id) for r in s.scalars(
            select(VehicleRide).where(VehicleRide.vehicle_id == vehicle_id))]


def restore_vehicle(store: Store, trip_id: int, data: Mapping[str, Any],
                    rides: Sequence[tuple[int, int]]) -> VehicleRow:
    """A deleted car again, with the rides it had (undo of a deletion)."""
    row = add_vehicle(store, trip_id, data)
    with store.transaction() as s:
        taken = set(s.execute(select(VehicleRide.agenda_item_id, VehicleRide.participant_id)
                              .join(Vehicle).where(Vehicle.trip_id == trip_id)).tuples())
        s.add_all(VehicleRide(vehicle_id=row.id, agenda_item_id=item, participant_id=p)
                  for item, p in rides if (item, p) not in taken)  # seated elsewhere since
    return row
