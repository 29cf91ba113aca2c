"""What every section's undoable actions share: the fields an edit changed, and ids.

Undoing a deletion creates the record again under a new id, so commands remember ids
through an IdMap: a later undo or redo of an older command finds the record where it
lives now instead of failing with "there is no contact with id …".
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QObject

from ui.context import AppContext


def changed(old: Mapping[str, Any], new: Mapping[str, Any]) -> tuple[dict, dict]:
    """The fields that differ, as (old values, new values)."""
    keys = [k for k in new if _plain(new[k]) != _plain(old.get(k))]
    return {k: old.get(k) for k in keys}, {k: new[k] for k in keys}


def _plain(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class IdMap:
    """Where records that were deleted and created again by undo/redo live now."""

    def __init__(self) -> None:
        self._now: dict[tuple[str, int], int] = {}

    def __call__(self, kind: str, ident: int) -> int:
        return self._now.get((kind, ident), ident)

    def moved(self, kind: str, old: int, new: int) -> None:
        for key, value in list(self._now.items()):
            if key[0] == kind and value == old:
                self._now[key] = new
        self._now[(kind, old)] = new


class SectionOps(QObject):
    """Base of a section's undoable edits: the context they go through, and the IdMap
    that lets older undo steps find records made again."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ids = IdMap()
