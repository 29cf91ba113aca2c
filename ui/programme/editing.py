"""What the tab's actions do: open the editors, copy, move and delete through ProgrammeOps.

Dialogs open window-modal without a nested event loop and stay reachable as attributes
(`editor`, `day_dialog`), so tests and the trip window can drive them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QInputDialog

from delegations.errors import DelegationsError
from delegations.services import agenda, travel
from delegations.services.conflicts import leg_label
from delegations.services.dto import AgendaRow, StayRow, TravelRow
from ui.common.editor import EditorDialog, one
from ui.common.messages import tell
from ui.formatting import long_date
from ui.programme.item_editor import ItemEditor, empty_item
from ui.programme.ops import item_values, leg_values, stay_values
from ui.programme.travel_editor import LegEditor, StayEditor, empty_leg, empty_stay

if TYPE_CHECKING:
    from ui.programme.tab import ProgrammeTab


class Editing(QObject):
    """The tab's user actions; errors become a message, never a crash."""

    def __init__(self, tab: ProgrammeTab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.editor: QDialog | None = None
        self.day_dialog: QInputDialog | None = None

    @property
    def ops(self) -> Any:
        return self.tab.ops

    def _day(self) -> date:
        trip = self.tab.trip
        assert trip is not None
        return self.tab.current_day() or trip.start

    def _open(self, editor: QDialog, select: Callable[[Any], Any] | None = None) -> QDialog:
        self.editor = editor
        if select is not None:
            editor.accepted.connect(lambda: select(getattr(editor, "result_value", None)))
        editor.finished.connect(editor.deleteLater)
        editor.open()
        return editor

    def _selector(self, kind: str) -> Callable[[Any], Any]:
        return lambda ident: self.tab.select((kind, ident)) if ident is not None else None

    # ------------------------------------------------------------------ new

    def new_item(self) -> QDialog:
        places = self.tab.places
        assert places is not None
        values = empty_item(self._day(), places.trip_zone)
        return self._open(ItemEditor(self.tab.ctx, self.tab.trip_id, self.ops.create_item,
                                     values, parent=self.tab), self._selector("agenda"))

    def new_leg(self) -> QDialog:
        places = self.tab.places
        assert places is not None
        values = empty_leg(self._day(), places.home_zone or places.trip_zone, places.trip_zone)
        return self._open(LegEditor(self.tab.ctx.store, self.tab.trip_id, self.ops.create_leg,
                                    values, True, self.tab), self._selector("travel"))

    def new_stay(self) -> QDialog:
        trip = self.tab.trip
        assert trip is not None
        day = self._day()
        out = max(trip.end, day + timedelta(days=1))
        return self._open(StayEditor(self.tab.ctx.store, self.tab.trip_id, self.ops.create_stay,
                                     empty_stay(day, out), True, self.tab),
                          self._selector("stay"))

    # ------------------------------------------------------------------ edit

    def edit_current(self) -> QDialog | None:
        row = self.tab.current_row()
        if row is None:
            return self.new_item() if self.tab.current_day() else None
        store, trip_id = self.tab.ctx.store, self.tab.trip_id
        editor: EditorDialog
        if isinstance(row, AgendaRow):
            old = item_values(row)
            editor = ItemEditor(self.tab.ctx, trip_id,
                                lambda new: self.ops.update_item(row.id, old, new),
                                old, row.id, self.tab)
            editor.watch(lambda: item_values(one(agenda.list_items(store, trip_id), row.id)))
        elif isinstance(row, TravelRow):
            old = leg_values(row)
            editor = LegEditor(store, trip_id, lambda new: self.ops.update_leg(row.id, old, new),
                               old, False, self.tab)
            editor.watch(lambda: leg_values(one(travel.list_legs(store, trip_id), row.id)))
        else:
            old = stay_values(row)
            editor = StayEditor(store, trip_id,
                                lambda new: self.ops.update_stay(row.id, old, new),
                                old, False, self.tab)
            editor.watch(lambda: stay_values(one(travel.list_stays(store, trip_id), row.id)))
        return self._open(editor)

    # ------------------------------------------------------------------ move, copy, delete

    def _item(self) -> AgendaRow | None:
        row = self.tab.current_row()
        return row if isinstance(row, AgendaRow) else None

    def _try(self, title: str, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except DelegationsError as exc:
            message = exc.message() if hasattr(exc, "field") else str(exc)
            tell(self.tab, title, message[:1].upper() + message[1:])
            return None

    def shift(self, minutes: int) -> None:
        item = self._item()
        if item is not None:
            self._try(self.tr("Item not moved"), lambda: self.ops.shift_item(item, minutes))

    def move_to(self, day: date) -> None:
        item = self._item()
        if item is not None:
            self._try(self.tr("Item not moved"), lambda: self.ops.move_item(item, day))

    def copy_to(self, day: date) -> int | None:
        item = self._item()
        if item is None:
            return None
        ident = self._try(self.tr("Item not copied"), lambda: self.ops.copy_item(item, day))
        if ident is not None:
            self.tab.select(("agenda", ident))
        return ident

    def dropped(self, ident: int, iso: str, copy: bool) -> None:
        """An item dragged onto a day: moved there (copied with Ctrl), same local time."""
        if not self.tab.select(("agenda", ident)):
            return
        day = date.fromisoformat(iso)
        item = self._item()
        if copy:
            self.copy_to(day)
        elif item is not None and item.start.date() != day:
            self.move_to(day)

    def delete_current(self) -> None:
        """Delete what is selected and say so, with Undo beside the sentence."""
        row = self.tab.current_row()
        if isinstance(row, AgendaRow):
            done = self._try(self.tr("Item not deleted"),
                             lambda: self.ops.delete_item(row) or True)
            text = self.tr("Deleted the item “%1”.").replace("%1", row.title)
        elif isinstance(row, TravelRow):
            done = self._try(self.tr("Travel leg not deleted"),
                             lambda: self.ops.delete_leg(row) or True)
            text = self.tr("Deleted the travel leg %1.").replace("%1", leg_label(row))
        elif isinstance(row, StayRow):
            done = self._try(self.tr("Hotel stay not deleted"),
                             lambda: self.ops.delete_stay(row) or True)
            text = self.tr("Deleted the hotel stay “%1”.").replace("%1", row.name)
        else:
            return
        if done:
            self.tab.undo_note.tell(text)

    def ask_copy(self) -> QInputDialog | None:
        return self._ask_day(self.tr("Copy to Day"), self.tr("Copy the item to:"), self.copy_to)

    def ask_move(self) -> QInputDialog | None:
        return self._ask_day(self.tr("Move to Day"), self.tr("Move the item to:"), self.move_to)

    def _ask_day(self, title: str, text: str, then: Callable[[date], Any]) -> QInputDialog | None:
        """A choice among the trip's days (the item keeps its local time)."""
        trip, item = self.tab.trip, self._item()
        if trip is None or item is None:
            return None
        days = [trip.start + timedelta(days=n) for n in range((trip.end - trip.start).days + 1)]
        dialog = QInputDialog(self.tab)
        dialog.setWindowTitle(title)
        dialog.setLabelText(text)
        dialog.setComboBoxItems([long_date(d) for d in days])
        dialog.setComboBoxEditable(False)
        if item.start.date() in days:
            dialog.setTextValue(long_date(item.start.date()))
        dialog.textValueSelected.connect(
            lambda chosen: then(days[[long_date(d) for d in days].index(chosen)]))
        dialog.finished.connect(dialog.deleteLater)
        self.day_dialog = dialog
        dialog.open()
        return dialog
