"""What every window and page of one open store shares: the store, the undo history,
and the announcement of what changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from delegations.storage.store import Store


class Changes(QObject):
    """Announces what an action changed, so each open view decides whether to redraw.

    `kind` is one of: "home", "trip", "participant", "agenda", "travel", "city",
    "contact", "goal", "outcome", "follow_up", "gift"; `ident` the id concerned or None.
    """

    changed = Signal(str, object)
    failed = Signal(str, str)  # an undo or redo step that could not run: its name, why

    def announce(self, *kinds: str, ident: int | None = None) -> None:
        for kind in kinds:
            self.changed.emit(kind, ident)


@dataclass
class AppContext:
    """Handed to every page and window instead of a global application object."""

    store: Store
    undo: QUndoStack
    changes: Changes

    @classmethod
    def create(cls, store: Store, parent: QObject | None = None) -> AppContext:
        return cls(store, QUndoStack(parent), Changes(parent))
