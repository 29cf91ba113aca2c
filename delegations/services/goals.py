"""The city's goal taxonomy (overarching goals, strategic goals, SDGs, fields of action).

It is data, not code, so that another city can bring its own; trips, outcomes and
follow-ups link to its nodes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session, joinedload

from delegations.enums import GoalKind, OutcomeKind
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import FollowUp, Goal, Outcome, Trip
from delegations.model.followup import follow_up_goal, outcome_goal
from delegations.model.trip import trip_goal
from delegations.services import dto
from delegations.services._common import (
    create_record,
    fetch,
    optional_id,
    update_record,
)
from delegations.services._rows import follow_up_rows, goal_row
from delegations.services.followups import home_today, is_overdue
from delegations.services.trips import list_trips_by_id
from delegations.storage.store import Store
from delegations.validation import GOAL

REF_USED_BY_GOAL = N_("'{ref}' is already used by another goal")


def _taxonomy_order(goals: list[Goal]) -> list[Goal]:
    """Each goal followed by its children, siblings by position; orphans at the top level."""
    known = {g.id for g in goals}
    children: dict[int | None, list[Goal]] = defaultdict(list)
    for g in goals:
        children[g.parent_id if g.parent_id in known else None].append(g)
    for siblings in children.values():
        siblings.sort(key=lambda g: (g.position, g.id))
    ordered: list[Goal] = []
    stack = list(reversed(children[None]))
    while stack:
        goal = stack.pop()
        ordered.append(goal)
        stack.extend(reversed(children.get(goal.id, [])))
    return ordered


def list_goals(store: Store) -> list[dto.GoalRow]:
    """All goals in taxonomy order (depth first)."""
    with store.read() as s:
        return [goal_row(g) for g in _taxonomy_order(list(s.scalars(select(Goal))))]


def get_goal(store: Store, goal_id: int) -> dto.GoalRow:
    """One goal of the taxonomy."""
    with store.read() as s:
        return goal_row(fetch(s, Goal, goal_id, "goal"))


def _parent_id(s: Session, value: Any, own_id: int | None = None) -> int | None:
    """A valid parent: existing, and neither the goal itself nor one of its descendants."""
    parent_id = optional_id(value, "parent")
    ancestor = parent_id
    while ancestor is not None:
        goal = s.get(Goal, ancestor)
        if goal is None:
            raise ValidationError("parent", N_("{value} does not exist"), value=ancestor)
        if goal.id == own_id:
            raise ValidationError("parent", N_("a goal cannot be placed below itself"))
        ancestor = goal.parent_id
    return parent_id


def create_goal(store: Store, data: Mapping[str, Any]) -> dto.GoalRow:
    """A new goal; `parent` is a goal id or None, a missing ref is made from code or name."""
    def parent(s: Session, values: dict[str, Any]) -> None:
        values["parent_id"] = _parent_id(s, data.get("parent"))

    return create_record(store, Goal, "goal", GOAL, data,
                         str(data.get("code") or data.get("name") or ""), goal_row,
                         message=REF_USED_BY_GOAL, adjust=parent)


def update_goal(store: Store, goal_id: int, changes: Mapping[str, Any]) -> dto.GoalRow:
    """Change the fields given; a new `parent` may not lie below the goal."""
    def parent(s: Session, values: dict[str, Any]) -> None:
        if "parent" in changes:
            values["parent_id"] = _parent_id(s, changes["parent"], goal_id)

    return update_record(store, Goal, goal_id, "goal", GOAL, changes, goal_row,
                         message=REF_USED_BY_GOAL, adjust=parent)


def delete_goal(store: Store, goal_id: int) -> GoalSnapshot:
    """Delete a goal; its children take its place under its parent, links to it disappear.

    Returns what `restore_goal` needs to undo the deletion.
    """
    with store.transaction() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        snapshot = _snapshot(s, goal)
        for child in s.scalars(select(Goal).where(Goal.parent_id == goal_id)):
            child.parent_id = goal.parent_id
        s.delete(goal)
        s.flush()
        return snapshot


# ---------------------------------------------------------------------------- details, usage

EDITABLE = ("ref", "kind", "code", "name", "name_en", "description")


def goal_values(store: Store, goal_id: int) -> dict[str, Any]:
    """The goal's editable fields in exchange spelling (with its description)."""
    with store.read() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        values = {name: getattr(goal, name) or "" for name in EDITABLE}
        values["kind"] = str(goal.kind)
        return values


@dataclass(frozen=True)
class GoalOutcome:
    """An outcome serving a goal, with the trip it came from."""

    id: int
    trip_id: int
    trip_title: str
    kind: OutcomeKind
    date: date | None
    text: str


@dataclass(frozen=True)
class GoalUsage:
    """What serves a goal: trips, outcomes and follow-up actions (`overdue` among them)."""

    goal_id: int
    description: str
    trips: tuple[dto.TripRow, ...]
    outcomes: tuple[GoalOutcome, ...]
    follow_ups: tuple[dto.FollowUpRow, ...]
    overdue: frozenset[int] = field(default_factory=frozenset)

    @property
    def count(self) -> int:
        return len(self.trips) + len(self.outcomes) + len(self.follow_ups)


def _subtree(s: Session, goal_id: int) -> set[int]:
    """The goal and every goal below it."""
    children: dict[int | None, list[int]] = defaultdict(list)
    for ident, parent in s.execute(select(Goal.id, Goal.parent_id)):
        children[parent].append(ident)
    found, todo = set(), [goal_id]
    while todo:
        ident = todo.pop()
        found.add(ident)
        todo.extend(c for c in children.get(ident, []) if c not in found)
    return found


def _linked(s: Session, table: Any, left: str, goal_ids: set[int]) -> list[int]:
    column = table.c[f"{left}_id"]
    query = select(column).where(table.c.goal_id.in_(goal_ids)).distinct()
    return list(s.scalars(query))


def goal_usage(store: Store, goal_id: int, include_children: bool = False,
               today: date | None = None) -> GoalUsage:
    """The trips (by start), outcomes (by date) and follow-ups (by due date) linked to
    the goal, or with `include_children` to it or any goal below it."""
    today = today or home_today(store)
    with store.read() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        ids = _subtree(s, goal_id) if include_children else {goal_id}
        trip_ids = _linked(s, trip_goal, "trip", ids)
        outcome_ids = _linked(s, outcome_goal, "outcome", ids)
        follow_up_ids = _linked(s, follow_up_goal, "follow_up", ids)
        outcomes = s.scalars(select(Outcome).where(Outcome.id.in_(outcome_ids))
                             .options(joinedload(Outcome.trip))).all()
        rows = tuple(follow_up_rows(s, lambda q: q.where(FollowUp.id.in_(follow_up_ids))))
        description = goal.description or ""
    return GoalUsage(
        goal_id=goal_id, description=description,
        trips=tuple(sorted(list_trips_by_id(store, trip_ids), key=lambda t: (t.start, t.id))),
        outcomes=tuple(sorted((_goal_outcome(o) for o in outcomes),
                              key=lambda o: (o.date is None, o.date or date.max, o.id))),
        follow_ups=rows, overdue=frozenset(r.id for r in rows if is_overdue(r, today)),
    )


def _goal_outcome(o: Outcome) -> GoalOutcome:
    return GoalOutcome(id=o.id, trip_id=o.trip_id, trip_title=o.trip.title, kind=o.kind,
                       date=o.date, text=o.text)


# ---------------------------------------------------------------------------- order

def _siblings(s: Session, parent_id: int | None) -> list[Goal]:
    query = select(Goal).where(Goal.parent_id.is_(None) if parent_id is None
                               else Goal.parent_id == parent_id)
    return list(s.scalars(query.order_by(Goal.position, Goal.id)))


def next_position(store: Store, parent_id: int | None) -> int:
    """The position after the last child of `parent_id` (None: the top level)."""
    with store.read() as s:
        query = select(func.max(Goal.position)).where(
            Goal.parent_id.is_(None) if parent_id is None else Goal.parent_id == parent_id)
        last = s.scalar(query)
        return 0 if last is None else last + 1


def move_goal(store: Store, goal_id: int, offset: int) -> dto.GoalRow:
    """Move a goal `offset` places among its siblings (negative: up); the siblings are
    numbered afresh. Moving past either end stops there."""
    with store.transaction() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        siblings = _siblings(s, goal.parent_id)
        old = siblings.index(goal)
        siblings.insert(max(0, min(len(siblings) - 1, old + offset)), siblings.pop(old))
        base = min(g.position for g in siblings)
        for number, sibling in enumerate(siblings):
            sibling.position = base + number
        s.flush()
        return goal_row(goal)


def can_move(store: Store, goal_id: int, offset: int) -> bool:
    """Whether `move_goal(goal_id, offset)` would change the order."""
    with store.read() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        siblings = _siblings(s, goal.parent_id)
        return 0 <= siblings.index(goal) + offset < len(siblings)


# ---------------------------------------------------------------------------- undoing a deletion

@dataclass(frozen=True)
class GoalSnapshot:
    """A deleted goal with its place, its children and its links, to bring it back."""

    id: int
    values: Mapping[str, Any]
    parent_id: int | None
    position: int
    children: tuple[int, ...]
    trips: tuple[int, ...]
    outcomes: tuple[int, ...]
    follow_ups: tuple[int, ...]


def _snapshot(s: Session, goal: Goal) -> GoalSnapshot:
    values = {name: getattr(goal, name) for name in EDITABLE}
    return GoalSnapshot(
        id=goal.id, values=values, parent_id=goal.parent_id, position=goal.position,
        children=tuple(s.scalars(select(Goal.id).where(Goal.parent_id == goal.id))),
        trips=tuple(_linked(s, trip_goal, "trip", {goal.id})),
        outcomes=tuple(_linked(s, outcome_goal, "outcome", {goal.id})),
        follow_ups=tuple(_linked(s, follow_up_goal, "follow_up", {goal.id})),
    )


def restore_goal(store: Store, snapshot: GoalSnapshot) -> int:
    """Bring a deleted goal back (under its old id when free) with its children and the
    links that still can be made; returns its id."""
    with store.transaction() as s:
        taken = s.get(Goal, snapshot.id) is not None
        parent = snapshot.parent_id if snapshot.parent_id and s.get(
            Goal, snapshot.parent_id) else None
        goal = Goal(**snapshot.values, parent_id=parent, position=snapshot.position)
        goal.kind = GoalKind(goal.kind)
        if not taken:
            goal.id = snapshot.id
        s.add(goal)
        s.flush()
        for child in s.scalars(select(Goal).where(Goal.id.in_(snapshot.children))):
            child.parent_id = goal.id
        _relink(s, goal.id, snapshot)
        s.flush()
        return goal.id


def _relink(s: Session, goal_id: int, snapshot: GoalSnapshot) -> None:
    for table, left, model, ids in ((trip_goal, "trip", Trip, snapshot.trips),
                                    (outcome_goal, "outcome", Outcome, snapshot.outcomes),
                                    (follow_up_goal, "follow_up", FollowUp, snapshot.follow_ups)):
        alive = list(s.scalars(select(model.id).where(model.id.in_(ids))))
        s.execute(delete(table).where(table.c.goal_id == goal_id))
        if alive:
            s.execute(insert(table), [{f"{left}_id": i, "goal_id": goal_id} for i in alive])
