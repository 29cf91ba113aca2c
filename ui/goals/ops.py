"""The taxonomy's changes as undoable actions: one short method per user action.

Undoing a deletion brings the goal back under its old id with its links; a goal created
again by redo may get a new id, so commands find goals through an IdMap.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from delegations.services import goals
from delegations.services.goals import GoalSnapshot
from ui.common.ops import SectionOps, changed
from ui.context import Change
from ui.goals.model import goal_label
from ui.undo import perform, perform_create, perform_update

KINDS = (Change.GOAL,)


class GoalOps(SectionOps):
    """Creates, edits, moves and deletes goals undoably through the services."""

    def _named(self, template: str, goal_id: int) -> str:
        return template.replace("%1", goal_label(goals.get_goal(self.ctx.store, goal_id)))

    def create(self, values: Mapping[str, Any], parent_id: int | None) -> int:
        """A new goal at the end of `parent_id`'s children (None: the top level)."""
        store, ids = self.ctx.store, self.ids
        data = {**values, "parent": parent_id,
                "position": goals.next_position(store, parent_id)}
        first = goals.create_goal(store, data).id
        again = {**data, "ref": goals.get_goal(store, first).ref}
        made: list[int] = []

        def create() -> int:
            if not made:
                made.append(first)
                return first
            parent = None if parent_id is None else ids("goal", parent_id)
            new = goals.create_goal(store, {**again, "parent": parent}).id
            ids.moved("goal", ids("goal", first), new)
            return new

        return perform_create(self.ctx, self._named(self.tr("New goal “%1”"), first), KINDS,
                              create, lambda _ident: goals.delete_goal(store, ids("goal", first)))

    def update(self, goal_id: int, new: Mapping[str, Any]) -> None:
        """Write the fields that changed; nothing is recorded when none did or when the
        service refuses (its ValidationError reaches the editor)."""
        store, ids = self.ctx.store, self.ids
        old_values, new_values = changed(goals.goal_values(store, goal_id), new)
        if not new_values:
            return
        perform_update(self.ctx, self._named(self.tr("Edit goal “%1”"), goal_id), KINDS,
                       lambda values: goals.update_goal(store, ids("goal", goal_id), values),
                       old_values, new_values)

    def move(self, goal_id: int, offset: int) -> None:
        """Up (-1) or down (+1) among its siblings."""
        store, ids = self.ctx.store, self.ids
        text = self._named(self.tr("Move goal “%1” up") if offset < 0
                           else self.tr("Move goal “%1” down"), goal_id)
        perform(self.ctx, text, KINDS,
                lambda: goals.move_goal(store, ids("goal", goal_id), offset),
                lambda: goals.move_goal(store, ids("goal", goal_id), -offset))

    def delete(self, goal_id: int) -> None:
        """Delete a goal; undo restores it with its children and links."""
        store, ids = self.ctx.store, self.ids
        text = self._named(self.tr("Delete goal “%1”"), goal_id)
        kept: list[GoalSnapshot] = []

        def do() -> None:
            kept.append(goals.delete_goal(store, ids("goal", goal_id)))

        def undo() -> None:
            ids.moved("goal", ids("goal", goal_id), goals.restore_goal(store, kept.pop()))

        perform(self.ctx, text, (*KINDS, Change.TRIP, Change.OUTCOME, Change.FOLLOW_UP), do, undo)
