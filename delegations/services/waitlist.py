"""The waiting-list rule for trips with limited places, written once.

Places are held by confirmed and registered participants, in order of registration
(`registered_at`, then id; unknown registration times count as earliest, since they
come from before times were kept). With a capacity set:

- holders beyond the capacity are put on the waiting list, latest registration first;
  participants who have just asked for a place (`arrivals`) come after everyone else,
  so adding someone to a full trip waitlists them rather than bumping anyone;
- free places go to the earliest-registered waitlisted participants, who are
  confirmed and reported as Promotion (arrivals are confirmed but not reported).

Without a capacity nothing changes: the statuses are the office's to set. The importer
calls `rebalance(session, trip)` after writing a trip, the services after every change.

Planners on a shared PostgreSQL database decide at the same moment: the decision holds
the trip's row lock (`lock_trip`, FOR NO KEY UPDATE, so adding a participant, which
key-shares the trip, does not deadlock with it) and then reads the delegation afresh,
so a second planner waits and counts the first one's participant. SQLite's single
writer (BEGIN IMMEDIATE) already serialises every change.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, datetime
from typing import Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import RegistrationStatus
from delegations.model import Participant, Trip
from delegations.services.dto import Promotion


class Registered(Protocol):
    """A participant as stored or as a ParticipantRow: what the order needs."""

    @property
    def id(self) -> int | None: ...
    @property
    def registered_at(self) -> datetime | None: ...
    @property
    def status(self) -> RegistrationStatus: ...


P = TypeVar("P", bound=Registered)

HOLDING = (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED)
_EARLIEST = datetime.min.replace(tzinfo=UTC)


def registration_order(p: Registered) -> tuple[int, datetime, int]:
    """Sort key: registration time (unknown first), then id (unsaved last)."""
    when = p.registered_at or _EARLIEST
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (0 if p.registered_at is None else 1, when, p.id if p.id is not None else 1 << 62)


def waiting_list_last(people: Iterable[P]) -> tuple[list[P], list[P]]:
    """The delegation as shown: those not waiting (in the order given, i.e. precedence),
    then the waiting list in registration order."""
    people = list(people)
    waiting = sorted((p for p in people if p.status == RegistrationStatus.WAITLISTED),
                     key=registration_order)
    return [p for p in people if p.status != RegistrationStatus.WAITLISTED], waiting


def lock_trip(session: Session, trip_id: int) -> bool:
    """Hold the trip's row until the transaction ends (a server database: True)."""
    if session.get_bind().dialect.name == "sqlite":
        return False
    session.execute(select(Trip.id).where(Trip.id == trip_id).with_for_update(key_share=True))
    return True


def rebalance(session: Session, trip: Trip, *,
              arrivals: Collection[Participant] = ()) -> list[Promotion]:
    """Bring the trip's statuses in line with its capacity; the promotions made.

    `session` is the one `trip` belongs to; changes are flushed, not committed.
    """
    session.flush()  # ids for the promotions, and a stable registration order
    if trip.id is not None and lock_trip(session, trip.id):
        # the capacity and every status as the last planner committed them (ours flushed)
        session.execute(select(Trip).where(Trip.id == trip.id)
                        .options(selectinload(Trip.participants))
                        .execution_options(populate_existing=True))
    if trip.capacity is None:
        return []
    arriving = {id(p) for p in arrivals}
    people = sorted(trip.participants, key=registration_order)
    holders = [p for p in people if p.status in HOLDING]
    holders.sort(key=lambda p: id(p) in arriving)  # stable: arrivals after the others
    for p in holders[trip.capacity:]:
        p.status = RegistrationStatus.WAITLISTED
    free = trip.capacity - min(len(holders), trip.capacity)
    promotions: list[Promotion] = []
    for p in people:
        if free <= 0:
            break
        if p.status == RegistrationStatus.WAITLISTED:
            p.status = RegistrationStatus.CONFIRMED
            free -= 1
            if id(p) not in arriving:
                promotions.append(Promotion(participant_id=p.id, name=p.name))
    session.flush()
    return promotions
