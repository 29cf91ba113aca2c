"""Rooming lists: per hotel, who arrives and leaves when, in which room, with whom,
what the hotel must know and who pays (the fields of the industry's rooming list).

Only what the hotel needs leaves the office: mobility needs and room requests, never
diet, notes or contact data.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from delegations.enums import RegistrationStatus
from delegations.errors import NotFoundError
from delegations.i18n import N_
from delegations.model import Accommodation, Trip
from delegations.services._common import fetch
from delegations.storage.store import Store

_AWAY = (RegistrationStatus.WITHDRAWN, RegistrationStatus.WAITLISTED)
COLUMNS = (N_("Guest"), N_("Arrival date"), N_("Departure date"), N_("Nights"), N_("Room type"),
           N_("Sharing with"), N_("Special requests"), N_("Billing"))


@dataclass(frozen=True)
class RoomingRow:
    guest: str
    arrival: date
    departure: date
    nights: int
    room_type: str
    sharing: str
    requests: str
    billing: str


@dataclass(frozen=True)
class RoomingList:
    hotel: str
    ref: str
    address: str
    booking_ref: str
    rows: tuple[RoomingRow, ...]


def rooming_lists(store: Store, trip_id: int, hotel: str | None = None) -> list[RoomingList]:
    """One list per hotel of the trip (or only the hotel with that ref or name)."""
    with store.read() as s:
        trip = s.scalar(select(Trip).where(Trip.id == trip_id).options(
            selectinload(Trip.participants), selectinload(Trip.accommodation).selectinload(
                Accommodation.guests))) or fetch(s, Trip, trip_id, "trip")
        stays = [a for a in trip.accommodation if hotel is None
                 or hotel in (a.ref, a.name) or a.name.casefold() == hotel.casefold()]
        if hotel is not None and not stays:
            raise NotFoundError(N_("unknown hotel '{hotel}' in trip '{trip}'"),
                                hotel=hotel, trip=trip.ref)
        everyone = [p for p in trip.participants if p.status not in _AWAY]
        return [_list(stay, [g for g in stay.guests if g.status not in _AWAY]
                      if stay.guests else everyone) for stay in stays]


def _list(stay: Accommodation, guests: list) -> RoomingList:
    nights = (stay.check_out - stay.check_in).days
    rows = tuple(RoomingRow(
        p.passport_name or p.name, stay.check_in, stay.check_out, nights, p.room_type or "",
        p.room_share or "", "; ".join(x for x in (p.mobility, p.room_requests) if x),
        p.billing or "") for p in guests)
    return RoomingList(stay.name, stay.ref, stay.address or "", stay.booking_ref or "", rows)


def rooming_csv(rooming: RoomingList, language: str = "de") -> bytes:
    """The list as hotels read it into their systems: UTF-8 with BOM (Excel), ';'."""
    from delegations.i18n import gettext

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow([gettext(c, language) for c in COLUMNS])
    style = "%d.%m.%Y" if language == "de" else "%Y-%m-%d"
    for r in rooming.rows:
        writer.writerow([r.guest, r.arrival.strftime(style), r.departure.strftime(style),
                         r.nights, r.room_type, r.sharing, r.requests, r.billing])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
