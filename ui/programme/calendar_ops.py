"""A calendar import as one undoable action.

Undo deletes the items the import made and writes the items it updated back as they
were (title, times, zone, place, notes: all an import changes), in one transaction.
Redo applies the preview again with the refs the first run gave, so exported UIDs stay
the same; the IdMap learns where the items live now for older commands.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from delegations.calendar import IcsPreview, IcsResult
from delegations.progress import QUIET, Progress
from delegations.services import agenda
from delegations.services.dto import AgendaRow
from delegations.storage.store import Store
from ui.common.ops import IdMap
from ui.context import AppContext, Change
from ui.undo import Pending, pending


def _as_before(row: AgendaRow) -> dict[str, Any]:
    """What an import may change on an item, in exchange spelling."""
    return {"title": row.title, "location": row.location, "notes": row.notes,
            "start": row.start.replace(tzinfo=None), "end": row.end.replace(tzinfo=None),
            "timezone": row.timezone}


class CalendarImport:
    """The state of one import: the items it made (first ids, refs) and what it replaced."""

    def __init__(self, store: Store, ids: IdMap, preview: IcsPreview) -> None:
        self.store, self.ids, self.preview = store, ids, preview
        items = self._items()
        self.before = {row.item_id: _as_before(items[row.item_id])
                       for row in preview.updates if row.item_id in items}
        self.first: list[int] = []
        self.refs: list[str] = []

    def _items(self) -> dict[int, AgendaRow]:
        return {row.id: row for row in agenda.list_items(self.store, self.preview.trip_id)}

    def apply(self, progress: Progress = QUIET) -> IcsResult:
        """Write the preview; remember (or remap) the new items' ids."""
        known = set(self._items())
        result = self._again().apply(self.store, progress)
        items = self._items()
        made = sorted(set(items) - known)  # ids grow in the order the rows were written
        if not self.first:
            self.first, self.refs = made, [items[i].ref for i in made]
        else:
            for first, now in zip(self.first, made, strict=True):
                self.ids.moved("agenda", self.ids("agenda", first), now)
        return result

    def _again(self) -> IcsPreview:
        """The preview as first applied: new rows keep their refs, updates find their item."""
        if not self.first:
            return self.preview
        refs = iter(self.refs)
        rows = tuple(replace(row, data={**row.data, "ref": next(refs)})
                     if row.item_id is None
                     else replace(row, item_id=self.ids("agenda", row.item_id))
                     for row in self.preview.rows)
        return replace(self.preview, rows=rows)

    def undo(self) -> None:
        with self.store.transaction():
            for first in self.first:
                agenda.delete_item(self.store, self.ids("agenda", first))
            for item_id, values in self.before.items():
                agenda.update_item(self.store, self.ids("agenda", item_id), values)


def import_calendar(ctx: AppContext, ids: IdMap, preview: IcsPreview,
                    text: str) -> Pending[IcsResult]:
    """Apply the preview (perhaps in the background) and record it as `text` in the undo
    history."""
    job = CalendarImport(ctx.store, ids, preview)
    return pending(ctx, text, (Change.AGENDA,), len(preview.rows), job.apply, job.undo)
