"""Forms of address and cars in the exchange file (extensions, see docs/exchange.md):
`address_forms` of contacts and participants, and a trip's `vehicles` with who rides
in which car for each transfer.

A person's `address_forms` is one value: importing it makes their stored forms exactly
the document's (a language it leaves out is removed); a person whose object has no
`address_forms` keeps theirs. Cars are a list of the trip like its participants: matched
by `ref`, updated or added, the others stay unless the import replaces; a car that
states `rides` gets exactly those.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.exchange.children import TripScope
from delegations.exchange.formats import natural
from delegations.exchange.merge_policy import note_change
from delegations.exchange.paths import located, objects, optional_ref
from delegations.exchange.refs import Claims
from delegations.exchange.summary import ImportSummary
from delegations.i18n import LANGUAGES, N_
from delegations.model import (
    AddressForm,
    AgendaItem,
    Contact,
    Participant,
    Trip,
    Vehicle,
    VehicleRide,
)
from delegations.services.address import FORMS, save_forms
from delegations.services.transport import VEHICLE
from delegations.validation import clean

Doc = dict[str, Any]


# ---------------------------------------------------------------------------- export


def stored_forms(session: Session) -> tuple[dict[int, Doc], dict[int, Doc]]:
    """Every stored form: (contact id -> forms, participant id -> forms), each
    `{"de": {"envelope": …, "salutation": …, "spoken": …}, "en": …}`."""
    contacts: dict[int, Doc] = {}
    people: dict[int, Doc] = {}
    for row in session.scalars(select(AddressForm).order_by(AddressForm.language)):
        forms = {f: getattr(row, f) or "" for f in FORMS}
        if row.contact_id is not None:
            contacts.setdefault(row.contact_id, {})[row.language] = forms
        elif row.participant_id is not None:
            people.setdefault(row.participant_id, {})[row.language] = forms
    return contacts, people


def vehicles_document(session: Session, trip: Trip) -> list[Doc]:
    """The trip's cars by ref, each with its rides (transfers in programme order)."""
    cars = session.scalars(select(Vehicle).where(Vehicle.trip_id == trip.id)).all()
    return [_vehicle_document(session, v) for v in sorted(cars, key=lambda v: natural(v.ref))]


def _vehicle_document(session: Session, v: Vehicle) -> Doc:
    rides = session.scalars(select(VehicleRide).where(VehicleRide.vehicle_id == v.id)).all()
    by_item: dict[int, list[Participant]] = {}
    items: dict[int, AgendaItem] = {}
    for ride in rides:
        by_item.setdefault(ride.agenda_item_id, []).append(ride.participant)
        items[ride.agenda_item_id] = ride.item
    ordered = sorted(items.values(), key=lambda a: (a.start_utc, natural(a.ref)))
    return {
        "ref": v.ref, "name": v.name, "driver": v.driver, "driver_phone": v.driver_phone,
        "seats": v.seats, "notes": v.notes,
        "rides": [{"item": a.ref, "riders": [p.ref for p in sorted(
            by_item[a.id], key=lambda p: (p.precedence, natural(p.ref)))]} for a in ordered],
    }


# ---------------------------------------------------------------------------- import


def import_forms(session: Session, data: Mapping[str, Any], owner: Contact | Participant,
                 summary: ImportSummary) -> None:
    """The person's stored forms become the document's, if it states `address_forms`;
    replacing forms they had counts as a change (so the import backs up first)."""
    if "address_forms" not in data:
        return
    value = data["address_forms"]
    if value is None:
        value = {}
    if not isinstance(value, Mapping):
        raise ValidationError("address_forms", N_("must be a JSON object"))
    for language in value:
        if language not in LANGUAGES:
            raise ValidationError("address_forms", N_("'{value}' is not one of: {allowed}"),
                                  value=language, allowed=", ".join(LANGUAGES))
    session.flush()  # a new person's id
    whose = ({"participant_id": owner.id} if isinstance(owner, Participant)
             else {"contact_id": owner.id})
    before = _forms_of(session, whose)
    save_forms(session, {lang: value.get(lang) or {} for lang in LANGUAGES}, **whose)
    session.flush()
    if before and _forms_of(session, whose) != before:
        summary.changed_existing += 1


def _forms_of(session: Session, whose: Mapping[str, int]) -> dict[str, tuple[str, ...]]:
    rows = session.scalars(select(AddressForm).filter_by(**whose))
    return {row.language: tuple(getattr(row, f) for f in FORMS) for row in rows}


def import_people_forms(scope: TripScope, data: Mapping[str, Any]) -> None:
    """The `address_forms` of the trip's participants, once they all have ids."""
    for step, person in objects(data, "participants"):
        with located(step):
            ref = person.get("ref")
            if isinstance(ref, str) and ref in scope.people:
                import_forms(scope.ctx.session, person, scope.people[ref], scope.ctx.summary)


def import_vehicles(scope: TripScope, data: Mapping[str, Any],
                    items: Sequence[AgendaItem]) -> None:
    """The trip's cars and their rides; unlisted cars go only when the import replaces."""
    trip, session = scope.trip, scope.ctx.session
    assert trip is not None
    old = {v.ref: v for v in session.scalars(select(Vehicle).where(Vehicle.trip_id == trip.id))}
    listed, claims = set(), Claims()
    by_ref = {a.ref: a for a in items}
    for position, (step, car) in enumerate(objects(data, "vehicles"), 1):
        with located(step):
            values = clean(VEHICLE, {**car, "ref": car.get("ref") or f"v{position}"})
            claims.claim(values["ref"], step)
            listed.add(values["ref"])
            existed = values["ref"] in old
            scope.ctx.summary.count("vehicles", existed=existed)
            vehicle = old.get(values["ref"]) or Vehicle(trip_id=trip.id)
            for key, value in values.items():
                setattr(vehicle, key, value)
            session.add(vehicle)
            note_change(session, vehicle, scope.ctx.summary, existed)
            session.flush()
            if "rides" in car:
                _rides(scope, vehicle, car, by_ref)
    if scope.ctx.replace and "vehicles" in data:
        gone = [vehicle for ref, vehicle in old.items() if ref not in listed]
        scope.ctx.summary.count_removed("vehicles", [v.name for v in gone])
        for vehicle in gone:
            session.delete(vehicle)
    session.flush()


def _rides(scope: TripScope, vehicle: Vehicle, car: Mapping[str, Any],
           items: Mapping[str, AgendaItem]) -> None:
    session = scope.ctx.session
    before = _rides_of(session, vehicle)
    session.execute(delete(VehicleRide).where(VehicleRide.vehicle_id == vehicle.id))
    for step, ride in objects(car, "rides"):
        with located(step):
            ref = optional_ref(ride, "item")
            if ref is None or ref not in items:
                raise ValidationError("item", N_("unknown programme item '{ref}'"), ref=ref)
            riders = scope.participants(ride, "riders")
            if len(riders) > vehicle.seats:
                raise ValidationError("riders", N_("{name} has {seats} seats but {count} "
                                                   "riders in one transfer"),
                                      name=vehicle.name, seats=vehicle.seats,
                                      count=len(riders))
            item = items[ref]
            session.execute(delete(VehicleRide).where(
                VehicleRide.agenda_item_id == item.id,
                VehicleRide.participant_id.in_([p.id for p in riders])))
            session.add_all(VehicleRide(vehicle_id=vehicle.id, agenda_item_id=item.id,
                                        participant_id=p.id) for p in riders)
    session.flush()
    if before and _rides_of(session, vehicle) != before:
        scope.ctx.summary.changed_existing += 1


def _rides_of(session: Session, vehicle: Vehicle) -> set[tuple[int, int]]:
    rows = session.execute(select(VehicleRide.agenda_item_id, VehicleRide.participant_id)
                           .where(VehicleRide.vehicle_id == vehicle.id))
    return {(item, person) for item, person in rows}
