"""Editing the guest list of a seating plan in the editor: add and remove guests, set
their rank within their side and their side, partners, who must not sit together and
the plan's rules. Each is one step of the app's undo history: the guest list before and
after is kept (seating_state), so undo and redo put it back exactly, ids included.

`add_guest`, `set_rank` … do the change; the `ask_*` slots ask for it first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from delegations.errors import DelegationsError
from delegations.services import participants, seating
from delegations.services.seating_state import PlanState, plan_state, restore_plan
from ui.common.messages import tell
from ui.context import Change
from ui.undo import perform

if TYPE_CHECKING:
    from ui.seating.editor import SeatingEditor

KINDS = (Change.SEATING,)


class GuestEdits(QObject):
    """The guest-list edits of one seating editor."""

    def __init__(self, editor: SeatingEditor) -> None:
        super().__init__(editor)
        self.editor = editor

    # ------------------------------------------------------------------ the step

    def _edit(self, text: str, do: Callable[[], Any]) -> bool:
        """Run `do` as one undoable step over the whole guest list; errors are told."""
        plan = self.editor.plan
        if plan is None:
            return False
        store, plan_id = self.editor.ctx.store, plan.id
        before = plan_state(store, plan_id)
        after: dict[str, PlanState] = {}

        def run() -> None:
            do()
            after["state"] = plan_state(store, plan_id)

        try:
            perform(self.editor.ctx, text, KINDS, run,
                    undo=lambda: restore_plan(store, plan_id, before),
                    redo=lambda: restore_plan(store, plan_id, after["state"]))
        except DelegationsError as exc:
            tell(self.editor, text, _said(exc))
            return False
        return True

    # ------------------------------------------------------------------ changes

    def add_guest(self, data: dict[str, Any]) -> bool:
        """A participant (`participant_id`), a contact or a name typed in, with rank and side."""
        plan = self.editor.plan
        if plan is None:
            return False
        store, plan_id = self.editor.ctx.store, plan.id
        return self._edit(self.tr("Add guest"), lambda: seating.add_guest(store, plan_id, data))

    def remove_guest(self, guest_id: int) -> bool:
        store = self.editor.ctx.store
        return self._edit(self.tr("Remove guest"),
                          lambda: seating.remove_guest(store, guest_id))

    def update_guest(self, guest_id: int, changes: dict[str, Any]) -> bool:
        """Rank within their side, the side, interpreter flag, partner, whom they serve."""
        store = self.editor.ctx.store
        return self._edit(self.tr("Change guest"),
                          lambda: seating.update_guest(store, guest_id, changes))

    def set_rank(self, guest_id: int, rank: int) -> bool:
        return self.update_guest(guest_id, {"rank": rank})

    def set_partner(self, guest_id: int, partner_id: int | None) -> bool:
        """Make two guests a couple (both name the other), or part the guest's couple."""
        plan, store = self.editor.plan, self.editor.ctx.store
        if plan is None:
            return False
        old = plan.guest(guest_id).partner_id
        theirs = plan.guest(partner_id).partner_id if partner_id is not None else None

        def do() -> None:
            for gone in {old, theirs} - {None, guest_id, partner_id}:
                if gone is not None:
                    seating.update_guest(store, gone, {"partner_id": None})
            seating.update_guest(store, guest_id, {"partner_id": partner_id})
            if partner_id is not None:
                seating.update_guest(store, partner_id, {"partner_id": guest_id})

        return self._edit(self.tr("Set partner"), do)

    def keep_apart(self, first: int, second: int) -> bool:
        plan = self.editor.plan
        if plan is None:
            return False
        store, plan_id = self.editor.ctx.store, plan.id
        return self._edit(self.tr("Keep guests apart"),
                          lambda: seating.keep_apart(store, plan_id, first, second))

    def allow_together(self, first: int, second: int) -> bool:
        plan = self.editor.plan
        if plan is None:
            return False
        store, plan_id = self.editor.ctx.store, plan.id
        return self._edit(self.tr("Allow guests together"),
                          lambda: seating.allow_together(store, plan_id, first, second))

    def set_rule(self, name: str, value: bool) -> bool:
        """`couples_together` or `interpreters_at_table`."""
        plan = self.editor.plan
        if plan is None:
            return False
        store, plan_id = self.editor.ctx.store, plan.id
        return self._edit(self.tr("Change seating rule"),
                          lambda: seating.set_rules(store, plan_id, {name: value}))

    # ------------------------------------------------------------------ asking

    def candidates(self) -> dict[str, int]:
        """The trip's people not on the guest list yet: name -> participant id."""
        plan = self.editor.plan
        if plan is None:
            return {}
        listed = {g.participant_id for g in plan.guests}
        return {p.name: p.id for p in participants.list_participants(
            self.editor.ctx.store, plan.trip_id) if p.id not in listed}

    def ask_guest(self) -> None:
        people = self.candidates()
        name, ok = QInputDialog.getItem(
            self.editor, self.tr("Add Guest"),
            self.tr("Someone of the trip, or type the name of another guest:"),
            list(people), 0, True)
        if ok and name.strip():
            ident = people.get(name)
            self.add_guest({"participant_id": ident} if ident is not None
                           else {"name": name.strip()})

    def ask_remove(self) -> None:
        guest = self.editor.current_guest()
        if guest is not None:
            self.remove_guest(guest)

    def ask_rank(self) -> None:
        guest, plan = self.editor.current_guest(), self.editor.plan
        if guest is None or plan is None:
            return
        view = plan.guest(guest)
        rank, ok = QInputDialog.getInt(
            self.editor, self.tr("Rank"),
            self.tr("Rank of {name} within {side} (the same number: the same rank):")
            .format(name=view.card, side=view.delegation or self.tr("the hosts")),
            view.side_rank, 0, 100000)
        if ok:
            self.set_rank(guest, rank)

    def _other(self, title: str, label: str, ids: list[int] | None = None) -> int | None:
        """Another guest, chosen by name (from `ids`, else from all but the current)."""
        guest, plan = self.editor.current_guest(), self.editor.plan
        if guest is None or plan is None:
            return None
        chosen = ids if ids is not None else [g.id for g in plan.guests if g.id != guest]
        names = {plan.guest(i).card: i for i in chosen}
        if not names:
            return None
        name, ok = QInputDialog.getItem(self.editor, title, label, list(names), 0, False)
        return names.get(name) if ok else None

    def ask_partner(self) -> None:
        guest = self.editor.current_guest()
        other = self._other(self.tr("Partner"), self.tr("Seated as a couple with:"))
        if guest is not None and other is not None:
            self.set_partner(guest, other)

    def ask_apart(self) -> None:
        guest = self.editor.current_guest()
        other = self._other(self.tr("Keep Apart"), self.tr("Must not sit next to:"))
        if guest is not None and other is not None:
            self.keep_apart(guest, other)

    def ask_together(self) -> None:
        guest, plan = self.editor.current_guest(), self.editor.plan
        if guest is None or plan is None:
            return
        pairs = [b if a == guest else a for a, b in plan.apart if guest in (a, b)]
        other = self._other(self.tr("Allow Together"), self.tr("May sit next to again:"),
                            pairs)
        if other is not None:
            self.allow_together(guest, other)


def _said(exc: DelegationsError) -> str:
    """The error in words, without the field name a validation error carries."""
    text = exc.message() if hasattr(exc, "field") else str(exc)
    return text[:1].upper() + text[1:]
