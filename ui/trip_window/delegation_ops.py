"""The delegation's changes as undoable actions, one short method per user action.

A change may move people up from the waiting list; its undo therefore also puts every
registration status back as it was before (`participants.restore_statuses`). Undoing a
removal adds the person again under a new id, which an IdMap remembers for older commands.
Every change is announced as ("participant", id).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from delegations.enums import RegistrationStatus
from delegations.exchange.preview import ImportPreview, ImportResult
from delegations.progress import Progress
from delegations.services import participants
from delegations.services.dto import PAPERS_FIELDS, ParticipantRow, Promotion
from ui.common.ops import IdMap
from ui.context import AppContext, Change
from ui.undo import Pending, pending, perform

translate = QCoreApplication.translate  # lupdate finds translate("Context", "…")

KIND = Change.PARTICIPANT
EDIT_FIELDS = (
    "name",
    "function",
    "organisation",
    "role",
    "status",
    "email",
    "phone",
    "diet",
    "mobility",
    "notes",
    *PAPERS_FIELDS,
)


def participant_values(p: ParticipantRow) -> dict[str, Any]:
    """A participant as the editor shows it (exchange spelling)."""
    values: dict[str, Any] = {name: getattr(p, name) for name in EDIT_FIELDS}
    values["role"], values["status"] = p.role.value, p.status.value
    return values


def _restorable(p: ParticipantRow) -> dict[str, Any]:
    """Everything needed to add someone again exactly where they were."""
    return {
        **participant_values(p),
        "ref": p.ref,
        "precedence": p.precedence,
        "registered_at": p.registered_at,
        "contact": p.contact_id,
    }


class DelegationOps:
    """Adds, edits, removes and reorders one trip's participants through the services.

    A plain object (not a QObject): the undo history may outlive the tab that made it.
    """

    def __init__(self, ctx: AppContext, trip_id: int) -> None:
        self.ctx, self.trip_id = ctx, trip_id
        self.ids = IdMap()
        self.on_promotions: Callable[[list[Promotion]], Any] | None = None

    def _rows(self) -> list[ParticipantRow]:
        return participants.list_participants(self.ctx.store, self.trip_id)

    def _statuses(self) -> dict[int, RegistrationStatus]:
        return {p.id: p.status for p in self._rows()}

    def _now(self, statuses: Mapping[int, RegistrationStatus]) -> dict[int, RegistrationStatus]:
        """Statuses remembered earlier, by the ids the people have now."""
        return {self.ids(KIND, ident): status for ident, status in statuses.items()}

    def _told(self, promotions: Sequence[Promotion], ident: int | None) -> None:
        self.ctx.changes.announce(KIND, ident=ident)
        if promotions and self.on_promotions is not None:
            self.on_promotions(list(promotions))

    # ------------------------------------------------------------------ actions

    def add(self, values: Mapping[str, Any]) -> ParticipantRow:
        """Add someone (ValidationError: nothing added); undo takes them off again."""
        store, ids, before = self.ctx.store, self.ids, self._statuses()
        first, promotions = participants.add_participant(store, self.trip_id, values)
        again = {
            **values,
            "ref": first.ref,
            "precedence": first.precedence,
            "registered_at": first.registered_at,
        }
        done = [False]

        def redo() -> None:
            if done[0]:
                row, _ = participants.add_participant(store, self.trip_id, again)
                ids.moved(KIND, ids(KIND, first.id), row.id)
            done[0] = True

        def undo() -> None:
            participants.take_back(store, self.trip_id, self._now(before),
                                   remove=[ids(KIND, first.id)])

        perform(
            self.ctx,
            translate("DelegationOps", "Add participant “%1”").replace("%1", first.name),
            (KIND,),
            redo,
            undo,
        )
        self._told(promotions, first.id)
        return first

    def update(
        self, participant_id: int, old: Mapping[str, Any], new: Mapping[str, Any]
    ) -> ParticipantRow:
        """Change fields (ValidationError: nothing changed); undo writes the old ones back."""
        store, ids, before = self.ctx.store, self.ids, self._statuses()
        result: list[Any] = []
        # the edit may not touch the name: the label names the person all the same
        name = str(new.get("name") or old.get("name") or next(
            (p.name for p in self._rows() if p.id == participant_id), ""))

        def do() -> None:
            result[:] = participants.update_participant(store, ids(KIND, participant_id), new)

        def undo() -> None:
            participants.take_back(store, self.trip_id, self._now(before),
                                   revert={ids(KIND, participant_id): old})

        perform(
            self.ctx,
            translate("DelegationOps", "Edit participant “%1”").replace("%1", name),
            (KIND,),
            do,
            undo,
        )
        self._told(result[1], participant_id)
        return result[0]

    def remove(self, participant_id: int) -> list[Promotion]:
        """Take someone off the trip; the next on the waiting list moves up."""
        store, ids, before = self.ctx.store, self.ids, self._statuses()
        person = next(p for p in self._rows() if p.id == participant_id)
        data = _restorable(person)
        moved: list[Promotion] = []

        def do() -> None:
            moved[:] = participants.remove_participant(store, ids(KIND, participant_id))

        def undo() -> None:
            old_id = ids(KIND, participant_id)
            row = participants.put_back(store, self.trip_id, data, old_id, self._now(before))
            ids.moved(KIND, old_id, row.id)

        perform(
            self.ctx,
            translate("DelegationOps", "Remove participant “%1”").replace("%1", person.name),
            (KIND,),
            do,
            undo,
        )
        self._told(moved, participant_id)
        return moved

    def reorder(self, ordered_ids: Sequence[int]) -> None:
        """Set the order of precedence (ids of everyone, first rank first)."""
        store, ids = self.ctx.store, self.ids
        old = [p.id for p in self._rows()]
        new = list(ordered_ids)

        def order(which: list[int]) -> None:
            participants.reorder(store, self.trip_id, [ids(KIND, i) for i in which])

        perform(
            self.ctx,
            translate("DelegationOps", "Change order of precedence"),
            (KIND,),
            lambda: order(new),
            lambda: order(old),
        )
        self._told((), None)

    def import_rows(self, preview: ImportPreview,
                    include: Sequence[int]) -> Pending[ImportResult]:
        """Write the chosen rows of a CSV file in one transaction (stopped: none); undo
        takes them out. The writing may run in the background (see Pending)."""
        store, ids, before = self.ctx.store, self.ids, self._statuses()
        done: list[ImportResult] = []

        def do(progress: Progress) -> ImportResult:
            result = preview.apply(store, include, progress=progress)
            for old, new in zip(done[-1].created if done else (), result.created, strict=False):
                ids.moved(KIND, ids(KIND, old), new)
            done.append(result)
            return result

        def undo() -> None:
            self._unimport(done[-1], before)

        count = len(include)
        text = (
            translate("DelegationOps", "Import 1 participant")
            if count == 1
            else translate("DelegationOps", "Import %1 participants").replace("%1", str(count))
        )
        return pending(self.ctx, text, (KIND,), count, do, undo,
                       lambda result: self._told(result.promotions, None))

    def _unimport(self, result: ImportResult,
                  before: Mapping[int, RegistrationStatus]) -> None:
        """Take an import back in one step: those it added off, those it changed as
        they were, every status as before."""
        ids = self.ids
        changed: dict[int, Mapping[str, Any]] = {}
        for row in result.before:
            assert isinstance(row, ParticipantRow)
            changed[ids(KIND, row.id)] = participant_values(row)
        participants.take_back(self.ctx.store, self.trip_id, self._now(before),
                               remove=[ids(KIND, ident) for ident in result.created],
                               revert=changed)
