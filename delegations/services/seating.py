"""Seating plans of programme items: tables, the guest list with ranks, seats, locks,
the office's rules and the automatic proposal (see seating_proposal for the practice).

Every change returns nothing the caller must keep; the window takes a `seats` snapshot
before a change and hands it back to `restore_seats` to undo it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from delegations.enums import Role, TableShape
from delegations.errors import NotFoundError, ValidationError
from delegations.i18n import N_
from delegations.model import (
    AgendaItem,
    Contact,
    Participant,
    SeatingApart,
    SeatingGuest,
    SeatingPlan,
    SeatingTable,
)
from delegations.services import seating_proposal as core
from delegations.services._common import assign
from delegations.services.address import address_forms, card_name
from delegations.services.seating_view import (
    PlanView,
    SeatWarning,
    core_guests,
    core_tables,
    person,
    plan_view,
    rules,
)
from delegations.storage.store import Store
from delegations.validation import Field, boolean, clean, enum, integer, text

__all__ = ["PlanView", "card_name"]

Seats = dict[int, tuple[int | None, int | None, bool]]  # guest -> (table, seat, locked)

TABLE = {
    "name": Field(text(200), required=True),
    "shape": Field(enum(TableShape), default="round"),
    "seats": Field(integer(1, 200), required=True),
    "head": Field(boolean),
    "both_sides": Field(boolean),
}
GUEST = {
    "name": Field(text(200)),
    "delegation": Field(text(200)),
    "rank": Field(integer(0, 100000), default=1),
    "interpreter": Field(boolean),
}
NO_PLAN = N_("There is no seating plan with id {id}.")


def _plan(s: Session, plan_id: int) -> SeatingPlan:
    plan = s.scalar(select(SeatingPlan).where(SeatingPlan.id == plan_id).options(
        selectinload(SeatingPlan.tables), selectinload(SeatingPlan.apart),
        selectinload(SeatingPlan.guests).selectinload(SeatingGuest.participant)
        .selectinload(Participant.contact),
        selectinload(SeatingPlan.guests).selectinload(SeatingGuest.contact)))
    if plan is None:
        raise NotFoundError(NO_PLAN, id=plan_id)
    return plan


def _row(s: Session, model: type[Any], ident: int, message: str) -> Any:
    row = s.get(model, ident) if isinstance(ident, int) else None
    if row is None:
        raise NotFoundError(message, id=ident)
    return row


# ---------------------------------------------------------------------------- reading


def get_plan(store: Store, plan_id: int, language: str | None = None) -> PlanView:
    """The plan; with a `language`, as the papers in it print it: each guest's `card` is
    the name line of their own envelope form in that language where they keep one
    (`address.address_forms`, the rule of place cards and badges), else title and name."""
    with store.read() as s:
        plan = _plan(s, plan_id)
        view = plan_view(plan)
        if language is None:
            return view
        own = _own_cards(s, plan, language)
    guests = tuple(replace(g, card=own.get(g.id, g.card)) for g in view.guests)
    cards = {g.id: g.card for g in guests}
    return replace(view, guests=guests,
                   warnings=tuple(_renamed(w, cards) for w in view.warnings))


def _renamed(warning: SeatWarning, cards: Mapping[int, str]) -> SeatWarning:
    """The warning naming its guests by the same cards as the rest of the plan."""
    params = dict(warning.params)
    params["guest"] = cards.get(warning.guest_id, params["guest"])
    if warning.other_id is not None:
        params["other"] = cards.get(warning.other_id, params["other"])
    return replace(warning, params=tuple(params.items()))


def plan_of_item(store: Store, agenda_item_id: int,
                 language: str | None = None) -> PlanView | None:
    """The seating plan of a programme item, if it has one; with a `language`, its cards
    as the papers print them (see `get_plan`)."""
    with store.read() as s:
        ident = s.scalar(select(SeatingPlan.id)
                         .where(SeatingPlan.agenda_item_id == agenda_item_id))
    return None if ident is None else get_plan(store, ident, language)


def plans_of_trip(store: Store, trip_id: int) -> list[PlanView]:
    """The trip's seating plans in the order of the programme."""
    with store.read() as s:
        ids = s.scalars(select(SeatingPlan.id).join(AgendaItem)
                        .where(AgendaItem.trip_id == trip_id)
                        .order_by(AgendaItem.start_utc, AgendaItem.id))
        return [plan_view(_plan(s, i)) for i in ids]


def _own_cards(s: Session, plan: SeatingPlan, language: str) -> dict[int, str]:
    """The guests who keep their own envelope form in `language`: guest -> its name
    line, which the papers print instead of title and name (their own form wins)."""
    found = {}
    for g in plan.guests:
        who = g.participant if g.participant is not None else g.contact
        forms = address_forms(s, who, language) if who is not None else None
        if forms is not None and "envelope" in forms.own:
            found[g.id] = forms.card_name
    return found


def seats(store: Store, plan_id: int) -> Seats:
    """Who sits where and which seats are locked: what `restore_seats` puts back."""
    with store.read() as s:
        return {g.id: (g.table_id, g.seat, g.locked) for g in _plan(s, plan_id).guests}


# ---------------------------------------------------------------------------- the plan


def create_plan(store: Store, agenda_item_id: int, *, head_name: str = "1",
                head_seats: int = 10, fill: bool = True) -> int:
    """A plan for the item with a long head table, listing its people when `fill`:
    the attendees (none listed: the whole delegation) and the item's counterparts."""
    with store.transaction() as s:
        item = _row(s, AgendaItem, agenda_item_id, N_("There is no agenda item with id {id}."))
        if s.scalar(select(SeatingPlan.id).where(SeatingPlan.agenda_item_id == item.id)):
            raise ValidationError("agenda_item", N_("'{title}' already has a seating plan."),
                                  title=item.title)
        plan = SeatingPlan(agenda_item=item)
        s.add(plan)
        plan.tables.append(SeatingTable(name=head_name, shape=TableShape.LONG, seats=head_seats,
                                        head=True, position=0))
        if fill:
            _fill(plan, item)
        s.flush()
        return plan.id


def _fill(plan: SeatingPlan, item: AgendaItem) -> None:
    people = item.attendees or [p for p in item.trip.participants
                                if p.status.value in ("confirmed", "registered")]
    for p in people:
        plan.guests.append(SeatingGuest(participant=p, delegation=participant_side(p),
                                        rank=max(p.precedence, 0),
                                        interpreter=p.role == Role.INTERPRETER))
    listed = {p.contact_id for p in people if p.contact_id}
    for n, c in enumerate(c for c in item.contacts if c.id not in listed):
        plan.guests.append(SeatingGuest(contact=c, delegation=contact_side(c), rank=n + 1))


def participant_side(p: Participant) -> str:
    """A guest of the trip belongs to their city's (or organisation's) delegation."""
    if p.role != Role.GUEST:
        return ""
    if p.contact is not None and p.contact.city is not None:
        return p.contact.city.name
    return p.organisation


def contact_side(c: Contact) -> str:
    return c.city.name if c.city is not None else c.organisation


def delete_plan(store: Store, plan_id: int) -> None:
    with store.transaction() as s:
        s.delete(_plan(s, plan_id))


def set_rules(store: Store, plan_id: int, changes: Mapping[str, Any]) -> None:
    """Couples together or apart, interpreters at the table or behind."""
    values = clean({"couples_together": Field(boolean),
                    "interpreters_at_table": Field(boolean)}, changes, partial=True)
    with store.transaction() as s:
        assign(_plan(s, plan_id), values)


# ---------------------------------------------------------------------------- tables


def add_table(store: Store, plan_id: int, data: Mapping[str, Any]) -> int:
    values = clean(TABLE, data)
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        if values["head"]:
            for t in plan.tables:
                t.head = False
        table = SeatingTable(**values, position=1 + max((t.position for t in plan.tables),
                                                         default=-1))
        plan.tables.append(table)
        s.flush()
        return table.id


def update_table(store: Store, table_id: int, changes: Mapping[str, Any]) -> None:
    """Rename or reshape a table; guests on seats that no longer exist lose them. Seating
    a table on both sides (or one) keeps each guest's place of honour: the host stays
    the host, the guest of honour at the host's right."""
    values = clean(TABLE, changes, partial=True)
    with store.transaction() as s:
        table = _row(s, SeatingTable, table_id, N_("There is no table with id {id}."))
        if values.get("head"):
            for t in table.plan.tables:
                t.head = False
        before = core.honour_order(_core_table(table))
        assign(table, values)
        after = core.honour_order(_core_table(table))
        if len(before) == len(after) and before != after:
            _remap(s, table, dict(zip(before, after, strict=True)))
        for g in table.plan.guests:
            if g.table_id == table.id and g.seat is not None and g.seat >= table.seats:
                g.table_id, g.seat, g.locked = None, None, False


def _core_table(t: SeatingTable) -> core.Table:
    return core.Table(t.id, t.shape, t.seats, bool(t.head), t.position, bool(t.both_sides))


def _remap(s: Session, table: SeatingTable, seats: Mapping[int, int]) -> None:
    """Move the table's guests to the seats `seats` names (two steps: one per seat)."""
    moved = [(g, seats.get(g.seat, g.seat)) for g in table.plan.guests
             if g.table_id == table.id and g.seat is not None]
    for g, _seat in moved:
        g.seat = None
    s.flush()
    for g, seat in moved:
        g.seat = seat


def remove_table(store: Store, table_id: int) -> None:
    with store.transaction() as s:
        table = _row(s, SeatingTable, table_id, N_("There is no table with id {id}."))
        for g in table.plan.guests:
            if g.table_id == table.id:
                g.table_id, g.seat, g.locked = None, None, False
        s.delete(table)


# ---------------------------------------------------------------------------- guests


def add_guest(store: Store, plan_id: int, data: Mapping[str, Any]) -> int:
    """A participant, a contact (by id) or a guest typed in by name."""
    values = clean(GUEST, data)
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        guest = SeatingGuest(**values)
        if data.get("participant_id") is not None:
            guest.participant = _row(s, Participant, data["participant_id"],
                                     N_("There is no participant with id {id}."))
        elif data.get("contact_id") is not None:
            guest.contact = _row(s, Contact, data["contact_id"],
                                 N_("There is no contact with id {id}."))
        elif not values["name"].strip():
            raise ValidationError("name", N_("is required"))
        plan.guests.append(guest)
        s.flush()
        return guest.id


def update_guest(store: Store, guest_id: int, changes: Mapping[str, Any]) -> None:
    """Rank, side, interpreter flag, who they serve, their partner."""
    values = clean(GUEST, changes, partial=True)
    with store.transaction() as s:
        guest = _row(s, SeatingGuest, guest_id, N_("There is no guest with id {id}."))
        others = {g.id for g in guest.plan.guests if g.id != guest.id}
        for key in ("serves_id", "partner_id"):
            if key in changes:
                value = changes[key]
                if value is not None and value not in others:
                    raise ValidationError(key, N_("{value} is not on this guest list"),
                                          value=value)
                values[key] = value
        assign(guest, values)


def remove_guest(store: Store, guest_id: int) -> None:
    with store.transaction() as s:
        s.delete(_row(s, SeatingGuest, guest_id, N_("There is no guest with id {id}.")))


def keep_apart(store: Store, plan_id: int, first_id: int, second_id: int) -> None:
    """Two guests who must not sit next to each other."""
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        ids = {g.id for g in plan.guests}
        if first_id == second_id or not {first_id, second_id} <= ids:
            raise ValidationError("apart", N_("Choose two different guests of this plan."))
        if {first_id, second_id} not in [{a.first_id, a.second_id} for a in plan.apart]:
            plan.apart.append(SeatingApart(first_id=first_id, second_id=second_id))


def allow_together(store: Store, plan_id: int, first_id: int, second_id: int) -> None:
    with store.transaction() as s:
        for a in list(_plan(s, plan_id).apart):
            if {a.first_id, a.second_id} == {first_id, second_id}:
                s.delete(a)


# ---------------------------------------------------------------------------- seats


def seat_guest(store: Store, guest_id: int, table_id: int | None,
               seat: int | None = None) -> None:
    """Put a guest on a seat (None: off the tables). Someone already there swaps places
    with them; a locked seat is refused, so is a seat the table does not have."""
    with store.transaction() as s:
        guest = _row(s, SeatingGuest, guest_id, N_("There is no guest with id {id}."))
        if guest.locked:
            raise ValidationError("seat", N_("The seat of {name} is locked."),
                                  name=card_name(*_name(guest)))
        if table_id is None or seat is None:
            guest.table_id, guest.seat = None, None
            return
        _check_seat(guest.plan, table_id, seat)
        _move(s, guest, table_id, seat)


def _name(guest: SeatingGuest) -> tuple[str, str]:
    name, title, _f, _o = person(guest)
    return name, title


def _check_seat(plan: SeatingPlan, table_id: int, seat: int) -> None:
    table = next((t for t in plan.tables if t.id == table_id), None)
    if table is None:
        raise ValidationError("table", N_("There is no table with id {id}."), id=table_id)
    if not 0 <= seat < table.seats:
        raise ValidationError("seat", N_("Table '{table}' has no seat {seat}."),
                              table=table.name, seat=seat + 1)


def _move(s: Session, guest: SeatingGuest, table_id: int, seat: int) -> None:
    there = next((g for g in guest.plan.guests
                  if (g.table_id, g.seat) == (table_id, seat) and g is not guest), None)
    if there is not None and there.locked:
        raise ValidationError("seat", N_("The seat of {name} is locked."),
                              name=card_name(*_name(there)))
    old = (guest.table_id, guest.seat)
    guest.table_id, guest.seat = None, None
    if there is not None:
        there.table_id, there.seat = None, None
        s.flush()  # free both seats before taking them again (one guest per seat)
        there.table_id, there.seat = old
    s.flush()
    guest.table_id, guest.seat = table_id, seat


def set_locked(store: Store, guest_id: int, locked: bool) -> None:
    """Lock a guest on their seat, so that the proposal keeps them there."""
    with store.transaction() as s:
        guest = _row(s, SeatingGuest, guest_id, N_("There is no guest with id {id}."))
        if locked and guest.table_id is None:
            raise ValidationError("locked", N_("Only a guest with a seat can be locked."))
        guest.locked = bool(locked)


def propose(store: Store, plan_id: int) -> PlanView:
    """Seat everyone by precedence and the office's rules; locked seats stay."""
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        locked = {g.id: (g.table_id, g.seat) for g in plan.guests
                  if g.locked and g.table_id is not None and g.seat is not None}
        result = core.propose(core_tables(plan), core_guests(plan), locked, rules(plan))
        _apply(s, plan, {g: (t, n, g in locked) for g, (t, n) in result.places.items()})
        return plan_view(plan)


def restore_seats(store: Store, plan_id: int, snapshot: Seats) -> None:
    """Put every guest back where `snapshot` has them (undo of a seating change)."""
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        _apply(s, plan, {g: v for g, v in snapshot.items() if v[0] is not None})
        for g in plan.guests:
            if g.id in snapshot:
                g.locked = snapshot[g.id][2]


def _apply(s: Session, plan: SeatingPlan, placed: Mapping[int, tuple[Any, Any, bool]]) -> None:
    """Clear every seat, then give each guest in `placed` theirs (two steps, so that
    guests may trade seats without two of them on one seat in between)."""
    for g in plan.guests:
        g.table_id, g.seat = None, None
    s.flush()
    tables = {t.id for t in plan.tables}
    for g in plan.guests:
        table, seat, locked = placed.get(g.id, (None, None, False))
        if table in tables:
            g.table_id, g.seat, g.locked = table, seat, locked
        else:
            g.locked = False
    s.flush()
