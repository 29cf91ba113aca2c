"""The after-trip changes as undoable actions: a short function per user action, each
calling a service and announcing what changed ("follow_up", "outcome", "gift", "budget")."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCore import QObject

from delegations.enums import FollowUpStatus
from delegations.money import plain
from delegations.services import budget, followups, gifts, outcomes
from delegations.services.dto import FollowUpRow, GiftRow
from delegations.services.outcomes import AttachmentRow, OutcomeDetail
from ui.common.ops import IdMap, changed
from ui.context import AppContext, Change
from ui.undo import perform, perform_create, perform_update

FOLLOW_UP_FIELDS = ("action", "owner", "due", "status", "city", "contact", "goals", "notes")
OUTCOME_FIELDS = ("kind", "date", "text", "notes", "goals", "contacts", "cities")
GIFT_FIELDS = ("direction", "description", "contact", "counterpart", "city", "date", "value",
               "currency", "notes", "our_person", "kept_at", "decision")
BUDGET_FIELDS = ("category", "funding", "planned", "actual", "note")


def follow_up_values(row: FollowUpRow) -> dict[str, Any]:
    """A follow-up as its editor shows it (exchange spelling, links as ids)."""
    return {"action": row.action, "owner": row.owner,
            "due": row.due.isoformat() if row.due else "", "status": row.status,
            "city": row.city_id, "contact": row.contact_id, "goals": list(row.goal_ids),
            "notes": row.notes}


def outcome_values(row: OutcomeDetail) -> dict[str, Any]:
    return {"kind": row.kind, "date": row.date.isoformat() if row.date else "",
            "text": row.text, "notes": row.notes, "goals": list(row.goal_ids),
            "contacts": list(row.contact_ids), "cities": list(row.city_ids)}


def gift_values(row: GiftRow) -> dict[str, Any]:
    return {"direction": row.direction, "description": row.description,
            "contact": row.contact_id, "counterpart": row.counterpart, "city": row.city_id,
            "date": row.date.isoformat() if row.date else "",
            "value": plain(row.value_cents) or None,
            "currency": row.currency, "notes": row.notes, "our_person": row.our_person,
            "kept_at": row.kept_at, "decision": row.decision.value if row.decision else None}


def budget_values(row: budget.BudgetLineRow) -> dict[str, Any]:
    return {"category": row.category, "funding": row.funding,
            "planned": plain(row.planned_cents) or None,
            "actual": plain(row.actual_cents) or None, "note": row.note}


class AfterOps(QObject):
    """Creates, edits and deletes the after-trip records undoably; ids of records that
    undo created again are followed (an IdMap)."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._id = IdMap()

    # ------------------------------------------------------------------ follow-ups

    def add_follow_up(self, trip_id: int | None, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return perform_create(
            self.ctx, self.tr("New follow-up"), (Change.FOLLOW_UP,),
            lambda: followups.add_follow_up(store, trip_id, dict(values)).id,
            lambda ident: followups.delete_follow_up(store, ident))

    def update_follow_up(self, row: FollowUpRow, values: Mapping[str, Any]) -> None:
        old, new = changed(follow_up_values(row), values)
        if not new:
            return
        store, ident = self.ctx.store, row.id
        perform_update(self.ctx, self.tr("Edit follow-up"), (Change.FOLLOW_UP,),
                       lambda v: followups.update_follow_up(store, self._id("f", ident), v),
                       old, new)

    def set_status(self, ids: Sequence[int], status: FollowUpStatus) -> None:
        """One undo step for the whole selection."""
        store, kept = self.ctx.store, {}
        current = [self._id("f", i) for i in ids]

        def do() -> None:
            kept["before"] = followups.set_status_many(store, current, status)

        perform(self.ctx, self.tr("Change status"), (Change.FOLLOW_UP,), do,
                lambda: followups.restore_follow_ups(store, kept["before"]))

    def delete_follow_ups(self, rows: Sequence[FollowUpRow]) -> None:
        store = self.ctx.store
        saved = [(r.id, r.trip_id, {**follow_up_values(r), "ref": r.ref,
                                    "completed_on": r.completed_on}) for r in rows]

        def do() -> None:
            for ident, _trip, _values in saved:
                followups.delete_follow_up(store, self._id("f", ident))

        def undo() -> None:
            for ident, trip_id, values in saved:
                again = followups.add_follow_up(store, trip_id, values)
                self._id.moved("f", self._id("f", ident), again.id)

        perform(self.ctx, self.tr("Delete follow-up"), (Change.FOLLOW_UP,), do, undo)

    # ------------------------------------------------------------------ outcomes

    def add_outcome(self, trip_id: int, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return perform_create(
            self.ctx, self.tr("New outcome"), (Change.OUTCOME,),
            lambda: outcomes.add_outcome(store, trip_id, dict(values)).id,
            lambda ident: outcomes.delete_outcome(store, ident))

    def update_outcome(self, row: OutcomeDetail, values: Mapping[str, Any]) -> None:
        old, new = changed(outcome_values(row), values)
        if not new:
            return
        store, ident = self.ctx.store, row.id
        perform_update(self.ctx, self.tr("Edit outcome"), (Change.OUTCOME,),
                       lambda v: outcomes.update_outcome(store, self._id("o", ident), v),
                       old, new)

    def delete_outcome(self, row: OutcomeDetail) -> None:
        store = self.ctx.store
        values = {**outcome_values(row), "ref": row.ref}

        def undo() -> None:
            again = outcomes.add_outcome(store, row.trip_id, values)
            for attachment in row.attachments:
                outcomes.restore_attachment(store, AttachmentRow(
                    0, again.id, attachment.title, attachment.location, attachment.copied))
            self._id.moved("o", self._id("o", row.id), again.id)

        perform(self.ctx, self.tr("Delete outcome"), (Change.OUTCOME,),
                lambda: outcomes.delete_outcome(store, self._id("o", row.id)), undo)

    def attach(self, outcome_id: int, source: str, copy: bool) -> int:
        store = self.ctx.store
        first = outcomes.add_attachment(store, self._id("o", outcome_id), source, copy=copy)
        kept = {"row": first}

        def redo() -> None:
            kept["row"] = outcomes.restore_attachment(store, kept["row"])

        perform(self.ctx, self.tr("Attach file"), (Change.OUTCOME,), lambda: None,
                lambda: outcomes.remove_attachment(store, kept["row"].id), redo)
        return first.id

    def detach(self, row: AttachmentRow) -> None:
        store, kept = self.ctx.store, {"row": row}

        def undo() -> None:
            kept["row"] = outcomes.restore_attachment(store, kept["row"])

        perform(self.ctx, self.tr("Remove attachment"), (Change.OUTCOME,),
                lambda: outcomes.remove_attachment(store, kept["row"].id), undo)

    # ------------------------------------------------------------------ gifts

    def add_gift(self, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return perform_create(self.ctx, self.tr("New gift"), (Change.GIFT,),
                              lambda: gifts.add_gift(store, dict(values)).id,
                              lambda ident: gifts.delete_gift(store, ident))

    def update_gift(self, row: GiftRow, values: Mapping[str, Any]) -> None:
        old, new = changed(gift_values(row), values)
        if not new:
            return
        store, ident = self.ctx.store, row.id
        perform_update(self.ctx, self.tr("Edit gift"), (Change.GIFT,),
                       lambda v: gifts.update_gift(store, self._id("g", ident), v), old, new)

    def delete_gift(self, row: GiftRow) -> None:
        store = self.ctx.store
        values = {**gift_values(row), "ref": row.ref, "trip": row.trip_id}

        def undo() -> None:
            again = gifts.add_gift(store, values)
            self._id.moved("g", self._id("g", row.id), again.id)

        perform(self.ctx, self.tr("Delete gift"), (Change.GIFT,),
                lambda: gifts.delete_gift(store, self._id("g", row.id)), undo)

    # ------------------------------------------------------------------ budget

    def add_budget_line(self, trip_id: int, values: Mapping[str, Any]) -> int:
        store = self.ctx.store
        return perform_create(self.ctx, self.tr("New budget line"), (Change.BUDGET,),
                              lambda: budget.add_budget_line(store, trip_id, dict(values)).id,
                              lambda ident: budget.delete_budget_line(store, ident))

    def update_budget_line(self, row: budget.BudgetLineRow, values: Mapping[str, Any]) -> None:
        old, new = changed(budget_values(row), values)
        if not new:
            return
        store, ident = self.ctx.store, row.id
        perform_update(self.ctx, self.tr("Edit budget line"), (Change.BUDGET,),
                       lambda v: budget.update_budget_line(store, self._id("b", ident), v),
                       old, new)

    def delete_budget_line(self, row: budget.BudgetLineRow) -> None:
        store = self.ctx.store
        values = {**budget_values(row), "ref": row.ref}

        def undo() -> None:
            again = budget.add_budget_line(store, row.trip_id, values)
            self._id.moved("b", self._id("b", row.id), again.id)

        perform(self.ctx, self.tr("Delete budget line"), (Change.BUDGET,),
                lambda: budget.delete_budget_line(store, self._id("b", row.id)), undo)

