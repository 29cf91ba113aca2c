"""The delegation of a trip: members in order of precedence and their registration status.

Every change that can free or claim a place ends in `waitlist.rebalance`, which returns
who moved up from the waiting list so the window can say so.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import RegistrationStatus
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Contact, Participant, Trip
from delegations.services import dto, waitlist
from delegations.services._common import (
    REF_USED_IN_TRIP,
    assign,
    fetch,
    id_list,
    optional_id,
    ref_for,
)
from delegations.services._rows import participant_row
from delegations.storage.store import Store
from delegations.validation import PARTICIPANT, clean, enum

Result = tuple[dto.ParticipantRow, list[dto.Promotion]]


def _trip(s: Session, trip_id: int, *, lock: bool = False) -> Trip:
    """The trip and its delegation; `lock`: read after taking the trip's row lock."""
    if lock:
        waitlist.lock_trip(s, trip_id)
    trip = s.scalar(select(Trip).where(Trip.id == trip_id)
                    .options(selectinload(Trip.participants)))
    return trip if trip is not None else fetch(s, Trip, trip_id, "trip")


def _registered_at(value: Any) -> datetime:
    """When someone registered: given (ISO text or datetime, naive = UTC) or now."""
    if value is None or value == "":
        return datetime.now(UTC)
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            raise ValidationError("registered_at", N_("'{value}' is not a date and time "
                                                      "(YYYY-MM-DDTHH:MM)"),
                                  value=value) from None
    if not isinstance(value, datetime):
        raise ValidationError("registered_at", N_("must be a date and time"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _contact_id(s: Session, value: Any) -> int | None:
    contact_id = optional_id(value, "contact")
    if contact_id is not None and s.get(Contact, contact_id) is None:
        raise ValidationError("contact", N_("{value} does not exist"), value=contact_id)
    return contact_id


def _claims_place(status: RegistrationStatus) -> bool:
    return status in waitlist.HOLDING


def list_participants(store: Store, trip_id: int) -> list[dto.ParticipantRow]:
    """The delegation in order of precedence."""
    with store.read() as s:
        return [participant_row(p) for p in _trip(s, trip_id).participants]


def add_participant(store: Store, trip_id: int, data: Mapping[str, Any]) -> Result:
    """Add someone; on a full trip they go on the waiting list. Ranked last unless given."""
    with store.transaction() as s:
        trip = _trip(s, trip_id, lock=True)
        values = clean(PARTICIPANT, ref_for(s, Participant, data, str(data.get("name") or ""),
                                            "participant", trip_id=trip.id))
        if any(p.ref == values["ref"] for p in trip.participants):
            raise ValidationError("ref", REF_USED_IN_TRIP, ref=values["ref"])
        if "precedence" not in data:
            values["precedence"] = max((p.precedence for p in trip.participants), default=0) + 1
        values["contact_id"] = _contact_id(s, data.get("contact"))
        values["registered_at"] = _registered_at(data.get("registered_at"))
        person = Participant(**values)
        trip.participants.append(person)
        s.flush()
        promotions = waitlist.rebalance(s, trip, arrivals=[person])
        return participant_row(person), promotions


def update_participant(store: Store, participant_id: int, changes: Mapping[str, Any]) -> Result:
    """Change the fields given; a status change may move others up the waiting list."""
    with store.transaction() as s:
        person = fetch(s, Participant, participant_id, "participant")
        trip = _trip(s, person.trip_id, lock=True)
        values = clean(PARTICIPANT, changes, partial=True)
        if "ref" in values and any(p.ref == values["ref"] and p.id != person.id
                                   for p in trip.participants):
            raise ValidationError("ref", REF_USED_IN_TRIP, ref=values["ref"])
        if "contact" in changes:
            values["contact_id"] = _contact_id(s, changes["contact"])
        if "registered_at" in changes:
            values["registered_at"] = _registered_at(changes["registered_at"])
        arriving = ("status" in values and _claims_place(values["status"])
                    and not _claims_place(person.status))
        assign(person, values)
        promotions = waitlist.rebalance(s, trip, arrivals=[person] if arriving else ())
        return participant_row(person), promotions


def set_status(store: Store, participant_id: int,
               status: RegistrationStatus | str) -> Result:
    """Confirm, waitlist or withdraw someone; a freed place goes to the waiting list."""
    return update_participant(store, participant_id,
                              {"status": enum(RegistrationStatus)(status, "status")})


def remove_participant(store: Store, participant_id: int) -> list[dto.Promotion]:
    """Take someone off the trip altogether (rather than marking them withdrawn)."""
    with store.transaction() as s:
        person = fetch(s, Participant, participant_id, "participant")
        trip = _trip(s, person.trip_id, lock=True)
        trip.participants.remove(person)
        s.flush()
        return waitlist.rebalance(s, trip)


def reorder(store: Store, trip_id: int, ordered_ids: Sequence[int]) -> list[dto.ParticipantRow]:
    """Set the order of precedence: the ids of all participants, first rank first."""
    with store.transaction() as s:
        trip = _trip(s, trip_id)
        ids = id_list(ordered_ids, "participants")
        by_id = {p.id: p for p in trip.participants}
        if sorted(ids) != sorted(by_id):
            raise ValidationError("participants",
                                  N_("the order must list every participant of the trip once"))
        for rank, ident in enumerate(ids, start=1):
            by_id[ident].precedence = rank
        s.flush()
        return [participant_row(by_id[i]) for i in ids]


def restore_statuses(store: Store, trip_id: int,
                     statuses: Mapping[int, RegistrationStatus | str]) -> list[dto.Promotion]:
    """Put registration statuses back as an earlier state had them (undo).

    That state kept the waiting-list rule, so the rule normally changes nothing; ids no
    longer in the trip are passed over. Any promotion the rule still makes is returned.
    """
    with store.transaction() as s:
        trip = _trip(s, trip_id, lock=True)
        check = enum(RegistrationStatus)
        for person in trip.participants:
            if person.id in statuses:
                person.status = check(statuses[person.id], "status")
        s.flush()
        return waitlist.rebalance(s, trip)


# ---------------------------------------------------------------------- undo steps
# An undo step is one core operation in one transaction: all of it happens or none.

def take_back(store: Store, trip_id: int, statuses: Mapping[int, RegistrationStatus | str], *,
              remove: Sequence[int] = (),
              revert: Mapping[int, Mapping[str, Any]] | None = None) -> list[dto.Promotion]:
    """Undo a change to a delegation: take off those it added (`remove`), write back the
    fields it changed (`revert`: id -> old values) and every registration status as it
    was before (`statuses`)."""
    with store.transaction():
        for ident in remove:
            remove_participant(store, ident)
        for ident, values in (revert or {}).items():
            update_participant(store, ident, values)
        return restore_statuses(store, trip_id, statuses)


def put_back(store: Store, trip_id: int, data: Mapping[str, Any], old_id: int,
             statuses: Mapping[int, RegistrationStatus | str]) -> dto.ParticipantRow:
    """Undo taking someone off: add them again where they were (`data`, a new id) and put
    every status back, theirs included (named by `old_id` in `statuses`)."""
    with store.transaction():
        row, _ = add_participant(store, trip_id, data)
        again = {(row.id if ident == old_id else ident): s for ident, s in statuses.items()}
        restore_statuses(store, trip_id, again)
        return row
