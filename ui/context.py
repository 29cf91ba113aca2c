"""What every window and page of one open store shares: the store, the undo history,
and the announcement of what changed."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from delegations.storage.store import Store


class Change(StrEnum):
    """What an action changed (Anki's OpChanges): each open view listens for the kinds
    it shows. A typed enum, so that mypy catches a kind announced or listened for that
    no one else knows."""

    HOME = "home"  # the home city, the office and its settings
    TRIP = "trip"
    PARTICIPANT = "participant"
    AGENDA = "agenda"
    TRAVEL = "travel"  # travel legs and hotel stays
    CITY = "city"
    CONTACT = "contact"
    GOAL = "goal"
    OUTCOME = "outcome"
    FOLLOW_UP = "follow_up"
    GIFT = "gift"
    BUDGET = "budget"
    SEATING = "seating"  # seating plans of programme items
    VEHICLE = "vehicle"  # cars and who rides in them


class Changes(QObject):
    """Announces what an action changed, so each open view decides whether to redraw.

    `changed(kind, ident)`: `kind` a Change, `ident` the id concerned or None.
    """

    changed = Signal(object, object)
    failed = Signal(str, str)  # an undo or redo step that could not run: its name, why

    def announce(self, *kinds: Change, ident: int | None = None) -> None:
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
