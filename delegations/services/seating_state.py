"""The whole state of a seating plan's guest list, taken before an edit and put back
to undo it: the office's rules, every guest (with their id, so that seats, partners,
interpreters and older undo steps still find them) and the pairs kept apart.

The window takes `plan_state` before adding or removing a guest, changing a rank or a
rule, and hands it to `restore_plan`; guests removed meanwhile come back under their
old ids. Tables are not part of it (they are added and removed by their own steps).
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy.orm import Session

from delegations.errors import NotFoundError
from delegations.i18n import N_
from delegations.model import Contact, Participant, SeatingApart, SeatingGuest, SeatingPlan
from delegations.storage.store import Store


@dataclass(frozen=True)
class GuestState:
    id: int
    participant_id: int | None
    contact_id: int | None
    name: str
    delegation: str
    rank: int
    interpreter: bool
    serves_id: int | None
    partner_id: int | None
    table_id: int | None
    seat: int | None
    locked: bool


@dataclass(frozen=True)
class PlanState:
    couples_together: bool
    interpreters_at_table: bool
    guests: tuple[GuestState, ...]
    apart: tuple[tuple[int, int], ...]


_LATER = ("serves_id", "partner_id", "table_id", "seat", "locked")  # set once all exist


def _plan(s: Session, plan_id: int) -> SeatingPlan:
    plan = s.get(SeatingPlan, plan_id) if isinstance(plan_id, int) else None
    if plan is None:
        raise NotFoundError(N_("There is no seating plan with id {id}."), id=plan_id)
    return plan


def plan_state(store: Store, plan_id: int) -> PlanState:
    """Rules, guests and pairs kept apart of the plan, as they are now."""
    with store.read() as s:
        plan = _plan(s, plan_id)
        guests = tuple(GuestState(**{f.name: getattr(g, f.name) for f in fields(GuestState)})
                       for g in sorted(plan.guests, key=lambda g: g.id))
        apart = tuple(sorted((a.first_id, a.second_id) for a in plan.apart))
        return PlanState(plan.couples_together, plan.interpreters_at_table, guests, apart)


def restore_plan(store: Store, plan_id: int, state: PlanState) -> None:
    """Make the plan's guest list exactly `state` again (undo and redo of an edit).
    A guest whose participant or contact has been deleted meanwhile cannot come back:
    the error names them and nothing changes."""
    with store.transaction() as s:
        plan = _plan(s, plan_id)
        plan.couples_together = state.couples_together
        plan.interpreters_at_table = state.interpreters_at_table
        wanted = {g.id: g for g in state.guests}
        plan.apart.clear()
        s.flush()
        rows = _guest_rows(s, plan, wanted)
        tables = {t.id for t in plan.tables}
        for g in state.guests:
            row = rows[g.id]
            row.serves_id = g.serves_id if g.serves_id in wanted else None
            row.partner_id = g.partner_id if g.partner_id in wanted else None
            if g.table_id in tables:
                row.table_id, row.seat, row.locked = g.table_id, g.seat, g.locked
        plan.apart.extend(SeatingApart(first_id=a, second_id=b) for a, b in state.apart
                          if {a, b} <= set(wanted))


def _guest_rows(s: Session, plan: SeatingPlan,
                wanted: dict[int, GuestState]) -> dict[int, SeatingGuest]:
    """Remove the guests `wanted` lacks, bring back the missing ones, and set everyone's
    own fields; seats are all cleared first (one guest per seat at every moment)."""
    for row in list(plan.guests):
        row.table_id, row.seat, row.locked = None, None, False
        row.serves_id = row.partner_id = None
        if row.id not in wanted:
            plan.guests.remove(row)
    s.flush()
    rows = {row.id: row for row in plan.guests}
    for g in wanted.values():
        if g.id not in rows:
            _check_person(s, g)
            rows[g.id] = SeatingGuest(id=g.id, plan_id=plan.id)
            s.add(rows[g.id])
        row = rows[g.id]
        for f in fields(GuestState):
            if f.name not in _LATER and f.name != "id":
                setattr(row, f.name, getattr(g, f.name))
    s.flush()
    return rows


def _check_person(s: Session, g: GuestState) -> None:
    if g.participant_id is not None and s.get(Participant, g.participant_id) is None:
        raise NotFoundError(N_("There is no participant with id {id}."), id=g.participant_id)
    if g.contact_id is not None and s.get(Contact, g.contact_id) is None:
        raise NotFoundError(N_("There is no contact with id {id}."), id=g.contact_id)
