"""Undoable edits: each user action is a service call with its inverse.

An action runs at once (so a validation error reaches the dialog that asked for it and
nothing is recorded); only when it succeeded is it pushed onto the undo history, named
for the Edit menu. Undo and redo call the services again and announce what changed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtGui import QUndoCommand

from delegations.errors import DelegationsError
from delegations.progress import QUIET, Progress
from delegations.storage.store import Store
from ui.common.ops import IdMap
from ui.context import AppContext, Change

T = TypeVar("T")


class ServiceCommand(QUndoCommand):
    """One entry of the undo history; `redo` is skipped when pushed (it already ran)."""

    def __init__(self, ctx: AppContext, text: str, kinds: tuple[Change, ...],
                 redo: Callable[[], Any], undo: Callable[[], Any]) -> None:
        super().__init__(text)
        self._ctx, self._kinds = ctx, kinds
        self._redo, self._undo = redo, undo
        self._pushed = False

    def redo(self) -> None:
        if self._pushed:
            self._run(self._redo)
        self._pushed = True

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step: Callable[[], Any]) -> None:
        """Undo or redo a step; one that no longer fits the data (its record was deleted
        meanwhile, or created again under a new id) is dropped from the history and the
        reason announced, rather than raising inside Qt."""
        try:
            step()
        except DelegationsError as err:
            self.setObsolete(True)
            self._ctx.changes.failed.emit(self.text(), str(err))
            return
        self._ctx.changes.announce(*self._kinds)


def perform(ctx: AppContext, text: str, kinds: tuple[Change, ...], do: Callable[[], T],
            undo: Callable[[], Any], redo: Callable[[], Any] | None = None) -> T:
    """Run `do`; if it succeeds, record it as `text` with its inverse `undo`.

    Errors from `do` propagate unchanged and leave the history as it was.
    """
    result = do()
    ctx.undo.push(ServiceCommand(ctx, text, kinds, redo or do, undo))
    ctx.changes.announce(*kinds)
    return result


@dataclass(frozen=True)
class Pending(Generic[T]):
    """An undoable action in two halves, for work large enough to run off the GUI thread
    (ui.common.background): `work(progress)` calls only services, `record(result)` then
    enters it in the undo history, in the GUI thread. `size`: how many rows it writes."""

    store: Store
    size: int
    work: Callable[[Progress], T]
    record: Callable[[T], None]


def pending(ctx: AppContext, text: str, kinds: tuple[Change, ...], size: int,
            do: Callable[[Progress], T], undo: Callable[[], Any],
            after: Callable[[T], Any] | None = None) -> Pending[T]:
    """`perform` in two halves (see Pending); redo runs `do` again at once."""

    def record(result: T) -> None:
        ctx.undo.push(ServiceCommand(ctx, text, kinds, lambda: do(QUIET), undo))
        ctx.changes.announce(*kinds)
        if after is not None:
            after(result)

    return Pending(ctx.store, size, do, record)


def perform_create(ctx: AppContext, text: str, kinds: tuple[Change, ...],
                   create: Callable[[], int], delete: Callable[[int], Any]) -> int:
    """Create something undoably: undo deletes it, redo creates it again (a new id)."""
    current = {"id": create()}

    def redo() -> None:
        current["id"] = create()

    ctx.undo.push(ServiceCommand(ctx, text, kinds, redo, lambda: delete(current["id"])))
    ctx.changes.announce(*kinds)
    return current["id"]


def perform_update(ctx: AppContext, text: str, kinds: tuple[Change, ...],
                   update: Callable[[dict], Any], old: dict, new: dict) -> Any:
    """Change fields undoably: undo writes the old values back."""
    return perform(ctx, text, kinds, lambda: update(new), lambda: update(old))


def record_create(ctx: AppContext, ids: IdMap, kind: str, changes: tuple[Change, ...],
                  text: str, first_id: int, recreate: Callable[[], int],
                  delete: Callable[[int], Any]) -> int:
    """Record a creation already made (`first_id`): undo deletes the record, redo makes it
    again and tells `ids` where it lives now, so older commands still find it."""
    done: list[bool] = []

    def create() -> int:
        if not done:
            done.append(True)
            return first_id
        new = recreate()
        ids.moved(kind, ids(kind, first_id), new)
        return new

    return perform_create(ctx, text, changes, create, lambda _ident: delete(ids(kind, first_id)))


def record_added(ctx: AppContext, ids: IdMap, kind: str, changes: tuple[Change, ...],
                 values: Mapping[str, Any], add: Callable[[dict], Any],
                 text: Callable[[Any], str], delete: Callable[[int], Any]) -> int:
    """Add a record of `values` undoably (`text` names the step after the record made);
    redo adds it again under the ref it was first given."""
    first = add(dict(values))
    again = {**values, "ref": first.ref}
    return record_create(ctx, ids, kind, changes, text(first), first.id,
                         lambda: add(dict(again)).id, delete)


def record_removed(ctx: AppContext, ids: IdMap, kind: str, changes: tuple[Change, ...],
                   text: str, row: Any, values: Mapping[str, Any],
                   add: Callable[[dict], Any], delete: Callable[[int], Any]) -> None:
    """Delete the record `row` undoably; undo adds it back with `values` and its ref."""
    kept = {**values, "ref": row.ref}
    record_delete(ctx, ids, kind, changes, text, row.id, delete, lambda: add(dict(kept)).id)


def record_delete(ctx: AppContext, ids: IdMap, kind: str, changes: tuple[Change, ...],
                  text: str, ident: int, delete: Callable[[int], Any],
                  recreate: Callable[[], int]) -> None:
    """Delete undoably: undo makes the record again and tells `ids` its new id."""

    def undo() -> None:
        ids.moved(kind, ids(kind, ident), recreate())

    perform(ctx, text, changes, lambda: delete(ids(kind, ident)), undo)
