"""The city's goal taxonomy (overarching goals, strategic goals, SDGs, fields of action).

It is data, not code, so that another city can bring its own; trips, outcomes and
follow-ups link to its nodes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Goal
from delegations.services import dto
from delegations.services._common import assign, fetch, optional_id, ref_for
from delegations.services._rows import goal_row
from delegations.store import Store
from delegations.validation import GOAL, clean


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


def _check_ref_free(s: Session, ref: str, own_id: int | None = None) -> None:
    other = s.scalar(select(Goal.id).where(Goal.ref == ref))
    if other is not None and other != own_id:
        raise ValidationError("ref", N_("'{ref}' is already used by another goal"), ref=ref)


def create_goal(store: Store, data: Mapping[str, Any]) -> dto.GoalRow:
    """A new goal; `parent` is a goal id or None, a missing ref is made from code or name."""
    with store.transaction() as s:
        label = str(data.get("code") or data.get("name") or "")
        values = clean(GOAL, ref_for(s, Goal, data, label, "goal"))
        _check_ref_free(s, values["ref"])
        values["parent_id"] = _parent_id(s, data.get("parent"))
        goal = Goal(**values)
        s.add(goal)
        s.flush()
        return goal_row(goal)


def update_goal(store: Store, goal_id: int, changes: Mapping[str, Any]) -> dto.GoalRow:
    """Change the fields given; a new `parent` may not lie below the goal."""
    with store.transaction() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        values = clean(GOAL, changes, partial=True)
        if "ref" in values:
            _check_ref_free(s, values["ref"], goal.id)
        if "parent" in changes:
            values["parent_id"] = _parent_id(s, changes["parent"], goal.id)
        assign(goal, values)
        s.flush()
        return goal_row(goal)


def delete_goal(store: Store, goal_id: int) -> None:
    """Delete a goal; its children move to the top level and links to it disappear."""
    with store.transaction() as s:
        goal = fetch(s, Goal, goal_id, "goal")
        for child in s.scalars(select(Goal).where(Goal.parent_id == goal_id)):
            child.parent_id = None
        s.delete(goal)
        s.flush()
