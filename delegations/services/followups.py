"""What came of a trip and what is still to do: outcomes, follow-up actions, gifts.

Follow-ups are the promises made abroad; listing the open ones (by due date, undated
last) is what the partnership office works from after every trip.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, joinedload, selectinload

from delegations.enums import FollowUpStatus
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import City, Contact, FollowUp, Gift, Goal, Outcome, Trip, TripDestination
from delegations.services import dto
from delegations.services._common import (
    assign,
    fetch,
    fetch_many,
    id_list,
    optional_id,
    ref_for,
)
from delegations.services._rows import (
    due_order,
    follow_up_query,
    follow_up_row,
    gift_row,
    outcome_row,
)
from delegations.store import Store
from delegations.validation import FOLLOW_UP, GIFT, OUTCOME, clean, enum

OPEN = (FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS)


def _ref_taken(s: Session, model: Any, ref: str, own_id: int | None, **scope: Any) -> None:
    query = select(model.id).where(model.ref == ref)
    for name, value in scope.items():
        column = getattr(model, name)
        query = query.where(column.is_(None) if value is None else column == value)
    other = s.scalar(query)
    if other is not None and other != own_id:
        raise ValidationError("ref", N_("'{ref}' is already used"), ref=ref)


def _linked(s: Session, model: Any, data: Mapping[str, Any], field: str) -> Any:
    """The row whose id is in `data[field]` (None stays None); an unknown id is refused."""
    ident = optional_id(data.get(field), field)
    if ident is None:
        return None
    row = s.get(model, ident)
    if row is None:
        raise ValidationError(field, N_("{value} does not exist"), value=ident)
    return row


def _goals(s: Session, value: Any) -> list[Goal]:
    return fetch_many(s, Goal, id_list(value, "goals"), "goals")


# ---------------------------------------------------------------------------- outcomes


def list_outcomes(store: Store, trip_id: int) -> list[dto.OutcomeRow]:
    """A trip's outcomes by date."""
    with store.read() as s:
        fetch(s, Trip, trip_id, "trip")
        rows = s.scalars(select(Outcome).where(Outcome.trip_id == trip_id)
                         .options(selectinload(Outcome.goals))
                         .order_by(Outcome.date, Outcome.id))
        return [outcome_row(o) for o in rows]


def add_outcome(store: Store, trip_id: int, data: Mapping[str, Any]) -> dto.OutcomeRow:
    """A result of the trip (agreement, decision…), linked to goals by id."""
    with store.transaction() as s:
        fetch(s, Trip, trip_id, "trip")
        data = ref_for(s, Outcome, data, str(data.get("kind") or "outcome"), "outcome",
                       trip_id=trip_id)
        values = clean(OUTCOME, data)
        _ref_taken(s, Outcome, values["ref"], None, trip_id=trip_id)
        outcome = Outcome(trip_id=trip_id, **values)
        outcome.goals = _goals(s, data.get("goals"))
        s.add(outcome)
        s.flush()
        return outcome_row(outcome)


def update_outcome(store: Store, outcome_id: int, changes: Mapping[str, Any]) -> dto.OutcomeRow:
    """Change the fields given; `goals` replaces the linked goals."""
    with store.transaction() as s:
        outcome = fetch(s, Outcome, outcome_id, "outcome")
        values = clean(OUTCOME, changes, partial=True)
        if "ref" in values:
            _ref_taken(s, Outcome, values["ref"], outcome.id, trip_id=outcome.trip_id)
        assign(outcome, values)
        if "goals" in changes:
            outcome.goals = _goals(s, changes["goals"])
        s.flush()
        return outcome_row(outcome)


def delete_outcome(store: Store, outcome_id: int) -> None:
    """Remove an outcome recorded by mistake."""
    with store.transaction() as s:
        s.delete(fetch(s, Outcome, outcome_id, "outcome"))
        s.flush()


# ---------------------------------------------------------------------------- follow-ups


def list_follow_ups(store: Store, status: FollowUpStatus | str | None = None,
                    open_only: bool = False, trip_id: int | None = None,
                    city_id: int | None = None, contact_id: int | None = None,
                    ) -> list[dto.FollowUpRow]:
    """Follow-ups by due date (undated last). Open means open or in progress; a city
    matches the follow-up's own city or a destination of its trip."""
    query = follow_up_query()
    if status is not None:
        query = query.where(FollowUp.status == FollowUpStatus(status))
    if open_only:
        query = query.where(FollowUp.status.in_(OPEN))
    if trip_id is not None:
        query = query.where(FollowUp.trip_id == trip_id)
    if contact_id is not None:
        query = query.where(FollowUp.contact_id == contact_id)
    if city_id is not None:
        query = query.where(or_(FollowUp.city_id == city_id, exists().where(
            TripDestination.trip_id == FollowUp.trip_id, TripDestination.city_id == city_id)))
    with store.read() as s:
        rows = s.scalars(query).unique().all()
        return [follow_up_row(f) for f in sorted(rows, key=due_order)]


def _completion(f: FollowUp, values: dict[str, Any]) -> None:
    """Done today unless a date is given; reopening clears the date."""
    status = values.get("status", f.status)
    if status == FollowUpStatus.DONE and not values.get("completed_on", f.completed_on):
        values["completed_on"] = date.today()
    elif status in OPEN and "completed_on" not in values:
        values["completed_on"] = None


def _concerns(s: Session, f: FollowUp, data: Mapping[str, Any]) -> None:
    """City, contact and goals; a new follow-up of a trip concerns its first destination."""
    if "city" in data:
        f.city = _linked(s, City, data, "city")
    if "contact" in data:
        f.contact = _linked(s, Contact, data, "contact")
    if "goals" in data:
        f.goals = _goals(s, data["goals"])


def add_follow_up(store: Store, trip_id: int | None, data: Mapping[str, Any]) -> dto.FollowUpRow:
    """A new action; `city`, `contact` and `goals` are ids. Without `city`, a trip's
    follow-up concerns the trip's first destination."""
    with store.transaction() as s:
        trip = fetch(s, Trip, trip_id, "trip") if trip_id is not None else None
        data = ref_for(s, FollowUp, data, str(data.get("action") or ""), "follow-up",
                       trip_id=trip_id)
        values = clean(FOLLOW_UP, data)
        _ref_taken(s, FollowUp, values["ref"], None, trip_id=trip_id)
        f = FollowUp(trip=trip)
        _completion(f, values)
        assign(f, values)
        _concerns(s, f, data)
        if "city" not in data and trip is not None and trip.destination_links:
            f.city = trip.destination_links[0].city
        s.add(f)
        s.flush()
        return follow_up_row(f)


def update_follow_up(store: Store, follow_up_id: int,
                     changes: Mapping[str, Any]) -> dto.FollowUpRow:
    """Change the fields given; marking it done dates the completion."""
    with store.transaction() as s:
        f = fetch(s, FollowUp, follow_up_id, "follow-up")
        values = clean(FOLLOW_UP, changes, partial=True)
        if "ref" in values:
            _ref_taken(s, FollowUp, values["ref"], f.id, trip_id=f.trip_id)
        _completion(f, values)
        assign(f, values)
        _concerns(s, f, changes)
        s.flush()
        return follow_up_row(f)


def set_follow_up_status(store: Store, follow_up_id: int,
                         status: FollowUpStatus | str) -> dto.FollowUpRow:
    """Open, in progress, done (dated today) or dropped."""
    return update_follow_up(store, follow_up_id,
                            {"status": enum(FollowUpStatus)(status, "status")})


def delete_follow_up(store: Store, follow_up_id: int) -> None:
    """Remove a follow-up (dropping it keeps the record instead)."""
    with store.transaction() as s:
        s.delete(fetch(s, FollowUp, follow_up_id, "follow-up"))
        s.flush()


# ---------------------------------------------------------------------------- gifts


def list_gifts(store: Store, trip_id: int | None = None, city_id: int | None = None,
               contact_id: int | None = None) -> list[dto.GiftRow]:
    """The gift register, newest first (undated last), narrowed by trip, city or contact."""
    query = select(Gift).options(joinedload(Gift.trip), joinedload(Gift.contact),
                                 joinedload(Gift.city))
    if trip_id is not None:
        query = query.where(Gift.trip_id == trip_id)
    if city_id is not None:
        query = query.where(Gift.city_id == city_id)
    if contact_id is not None:
        query = query.where(Gift.contact_id == contact_id)
    with store.read() as s:
        gifts = sorted(s.scalars(query).all(), reverse=True,
                       key=lambda g: (g.date is not None, g.date or date.min, g.id))
        return [gift_row(g) for g in gifts]


def _gift_links(s: Session, gift: Gift, data: Mapping[str, Any]) -> None:
    if "trip" in data:
        gift.trip = _linked(s, Trip, data, "trip")
    if "contact" in data:
        gift.contact = _linked(s, Contact, data, "contact")
    if "city" in data:
        gift.city = _linked(s, City, data, "city")


def add_gift(store: Store, data: Mapping[str, Any]) -> dto.GiftRow:
    """A gift given or received; `trip`, `contact` and `city` are ids or None."""
    with store.transaction() as s:
        data = ref_for(s, Gift, data, str(data.get("description") or ""), "gift")
        values = clean(GIFT, data)
        _ref_taken(s, Gift, values["ref"], None)
        gift = Gift(**values)
        _gift_links(s, gift, data)
        s.add(gift)
        s.flush()
        return gift_row(gift)


def update_gift(store: Store, gift_id: int, changes: Mapping[str, Any]) -> dto.GiftRow:
    """Change the fields given; `trip`, `contact`, `city` are ids or None."""
    with store.transaction() as s:
        gift = fetch(s, Gift, gift_id, "gift")
        values = clean(GIFT, changes, partial=True)
        if "ref" in values:
            _ref_taken(s, Gift, values["ref"], gift.id)
        assign(gift, values)
        _gift_links(s, gift, changes)
        s.flush()
        return gift_row(gift)


def delete_gift(store: Store, gift_id: int) -> None:
    """Remove a gift entered by mistake."""
    with store.transaction() as s:
        s.delete(fetch(s, Gift, gift_id, "gift"))
        s.flush()
