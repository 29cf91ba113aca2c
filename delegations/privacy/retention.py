"""Retention: participants' personal data is anonymised a set time after their trip ends.

The period is an office-wide setting (`privacy.retention_months`, default 24 months:
long enough for the accounts of a trip to be audited and the follow-ups done, as
municipal record rules usually ask; an office can set its own between 1 and 600).
Each run logs, per trip, how many places were anonymised, when, by whom and why.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import distinct, func, select

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Participant, Trip
from delegations.privacy import audit
from delegations.privacy.erase import anonymise_participant
from delegations.privacy.fields import ANONYMISED_REF, personal_fields
from delegations.privacy.pending import compact_or_later
from delegations.services.home import get_setting, set_setting
from delegations.storage.store import Store

SETTING = "privacy.retention_months"
DEFAULT_MONTHS = 24
LIMITS = (1, 600)


@dataclass(frozen=True)
class RetentionItem:
    """One delegation place whose retention time is over (the preview shows the name)."""

    participant_id: int
    name: str
    trip_id: int
    trip_ref: str
    trip_title: str
    trip_end: date
    due: date


@dataclass(frozen=True)
class RetentionRun:
    """What a run did: how many places of how many trips were anonymised."""

    participants: int
    trips: int
    compacted: bool


def retention_months(store: Store) -> int:
    """The retention period in months (the default when unset or not a valid number)."""
    value = get_setting(store, SETTING, DEFAULT_MONTHS)
    if isinstance(value, bool) or not isinstance(value, int):
        return DEFAULT_MONTHS
    return value if LIMITS[0] <= value <= LIMITS[1] else DEFAULT_MONTHS


def set_retention_months(store: Store, months: int) -> None:
    """Change the retention period (whole months, 1 to 600)."""
    if isinstance(months, bool) or not isinstance(months, int) or not (
            LIMITS[0] <= months <= LIMITS[1]):
        raise ValidationError("retention_months", N_("must be a whole number of months from "
                                                     "{low} to {high}"),
                              low=LIMITS[0], high=LIMITS[1])
    set_setting(store, SETTING, months)


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day where it is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def retention_due(store: Store, today: date) -> list[RetentionItem]:
    """The delegation places to anonymise on `today`, oldest trip first."""
    months = retention_months(store)
    query = (select(Participant, Trip).join(Trip, Trip.id == Participant.trip_id)
             .where(Participant.ref.not_like(f"{ANONYMISED_REF}%"))
             .order_by(Trip.end_date, Trip.id, Participant.precedence, Participant.id))
    with store.read() as s:
        return [RetentionItem(p.id, p.name, t.id, t.ref, t.title, t.end_date,
                              add_months(t.end_date, months))
                for p, t in s.execute(query) if add_months(t.end_date, months) <= today]


@dataclass(frozen=True)
class RetentionPending:
    """How many delegation places of how many trips are past their retention time."""

    participants: int
    trips: int


def last_end_due(today: date, months: int) -> date:
    """The latest trip end whose places are due on `today` (add_months(end, months) <=
    today): add_months grows with the end date, so the trips due are those ended by it."""
    day = add_months(today, -months)
    while add_months(day + timedelta(days=1), months) <= today:
        day += timedelta(days=1)
    while add_months(day, months) > today:
        day -= timedelta(days=1)
    return day


def retention_pending(store: Store, today: date) -> RetentionPending:
    """What a retention run would anonymise on `today`, counted by the database in one
    row (cheap enough for the start page, whatever the number of participants and trips);
    through the tables' columns, so that the start configures no mapper."""
    trip, place = Trip.__table__.c, Participant.__table__.c
    ended = select(trip.id).where(trip.end_date <= last_end_due(today, retention_months(store)))
    query = (select(func.count(place.id), func.count(distinct(place.trip_id)))
             .where(place.trip_id.in_(ended), place.ref.not_like(f"{ANONYMISED_REF}%")))
    with store.read() as s:
        places, trips = s.execute(query).one()
    return RetentionPending(int(places), int(trips))


def apply_retention(store: Store, today: date, actor: str | None = None) -> RetentionRun:
    """Anonymise every place whose time is over, log it per trip, then compact the file."""
    due = retention_due(store, today)
    if not due:
        return RetentionRun(0, 0, True)
    months = retention_months(store)
    by_trip: dict[int, list[RetentionItem]] = {}
    for item in due:
        by_trip.setdefault(item.trip_id, []).append(item)
    fields = [f for f in personal_fields(Participant) if f != "ref"]
    with audit.acting_as(actor, "retention"), store.transaction() as s:
        for trip_id, items in by_trip.items():
            for item in items:
                participant = s.get(Participant, item.participant_id)
                if participant is not None:
                    anonymise_participant(participant)
            s.flush()
            audit.record(store, "retention", "trip", str(trip_id), fields,
                         detail=f"{len(items)} participants anonymised; trip {items[0].trip_ref} "
                                f"ended {items[0].trip_end.isoformat()}; kept {months} months; "
                                f"run on {today.isoformat()}")
    return RetentionRun(len(due), len(by_trip), compact_or_later(store))
