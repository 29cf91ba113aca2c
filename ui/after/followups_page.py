"""The Follow-ups section: every promise made on any trip, what is overdue, who does what.

The list is the services' filtered list (FollowUpFilter), filtered, sorted and paged by
the database (an office keeps thousands); the page only shows it, lets one act on a
selection (status, edit, delete) and exports what is shown as CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import FollowUpStatus
from delegations.errors import DelegationsError
from delegations.i18n import current_language
from delegations.services import followups
from delegations.services.dto import FollowUpRow
from ui.after.follow_up_editor import edit_follow_up, goal_items, open_follow_up_editor
from ui.after.follow_up_filters import FollowUpFilters
from ui.after.follow_up_model import FollowUpModel, FollowUpsTableModel
from ui.after.labels import name
from ui.after.ops import AfterOps
from ui.after.table_model import SORT_ROLE
from ui.common.colours import error_colour
from ui.common.menu_button import menu_button
from ui.common.messages import ask, tell
from ui.common.rows_table import rows_table
from ui.context import AppContext, Change
from ui.paged_model import ID_ROLE
from ui.widgets import page_title

WATCHED = (Change.FOLLOW_UP, Change.TRIP, Change.CITY, Change.CONTACT, Change.GOAL, Change.HOME)


def make_table(parent: QWidget, multi: bool) -> QTableView:
    """A read-only table of whole rows, sortable by its headers."""
    table = rows_table(QTableView(parent), multi)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def set_widths(table: QTableView, letters: Sequence[int], stretch: int | None = None) -> None:
    """Column widths in average letters; the `stretch` column (else the last) takes the
    room that is left."""
    unit = table.fontMetrics().averageCharWidth()
    for column, count in enumerate(letters):
        table.setColumnWidth(column, count * unit + 24)
    if stretch is not None:
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def sorted_view(model: FollowUpModel | object, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)  # type: ignore[arg-type]
    proxy.setSortRole(SORT_ROLE)
    return proxy


class FollowUpsPage(QWidget):
    """`summary_changed(text)` for the status bar: how many are shown, overdue, due soon."""

    summary_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Follow-ups"))
        self.ops = AfterOps(ctx, self)
        self.summary = ""
        self.editor: QWidget | None = None
        self.model = FollowUpsTableModel(ctx.store, self)
        self.filters = FollowUpFilters(self)
        self.table = make_table(self, multi=True)
        self.table.setModel(self.model)
        self.due_line = QLabel(self)
        self._make_buttons()
        self._lay_out()
        self._connect()
        self.filters.reload(ctx.store)
        self.refresh()
        longest_status = max(len(name(status)) for status in FollowUpStatus)  # "In Bearbeitung"
        set_widths(self.table, (30, 14, 14, longest_status, 16, 11, 13, 16), stretch=0)

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.status_button = menu_button(self, self.tr("Set &status"), [
            (name(value), partial(self.set_status, value)) for value in FollowUpStatus])
        self.export_button = menu_button(self, self.tr("E&xport"), [
            (self.tr("Spreadsheet (CSV)…"), partial(self._ask_export_path, "csv")),
            (self.tr("To-dos for calendars (iCalendar)…"), partial(self._ask_export_path, "ics"))])

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addWidget(self.due_line, 1)
        for button in (self.new_button, self.edit_button, self.status_button,
                       self.delete_button, self.export_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addWidget(page_title(self.tr("Follow-ups"), self))
        layout.addWidget(self.filters)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.refresh)
        self.filters.search.returnPressed.connect(self.filters.apply_now)
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.new_button.clicked.connect(lambda: self.new_follow_up())
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)
        self.ctx.changes.changed.connect(self._changed)

    # ------------------------------------------------------------------ the list

    def refresh(self) -> None:
        """Read the store again, keeping the filters and the selection where possible."""
        kept = set(self.selected_ids())
        store = self.ctx.store
        today = followups.home_today(store)
        self.model.set_filter(self.filters.current(), today, dict(goal_items(store)))
        self._reselect(kept)
        self._show_summary()
        self._enable()

    def _reselect(self, ids: set[int]) -> None:
        """Select again the rows of `ids` among those loaded."""
        selection = self.table.selectionModel()
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _show_summary(self) -> None:
        due = followups.due_summary(self.ctx.store, self.model.today)  # the day refresh read
        self.due_line.setText(self.due_message(due.overdue, due.this_week))
        self.due_line.setStyleSheet(f"color: {error_colour().name()};" if due.overdue else "")
        shown = self.tr("%n follow-up(s) shown", "", self.model.total)
        self.summary = f"{shown} · {self.due_line.text()}"
        self.summary_changed.emit(self.summary)

    def due_message(self, overdue: int, this_week: int) -> str:
        """'⚠ 2 overdue · 3 due this week', or that nothing is due."""
        if not overdue and not this_week:
            return self.tr("Nothing overdue, nothing due this week.")
        parts = []
        if overdue:
            parts.append("⚠ " + self.tr("%n overdue", "", overdue))
        if this_week:
            parts.append(self.tr("%n due this week", "", this_week))
        return " · ".join(parts)

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.index(r, 0).data(ID_ROLE) for r in rows]

    def selected_rows(self) -> list[FollowUpRow]:
        by_id = {r.id: r for r in self.model.loaded()}
        return [by_id[i] for i in self.selected_ids() if i in by_id]

    def select_id(self, ident: int) -> bool:
        """Select the follow-up with that id, loading pages until it is shown."""
        row = self.model.load_until(ident)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        return row >= 0

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.status_button.setEnabled(count >= 1)
        self.export_button.setEnabled(self.model.total > 0)

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in WATCHED:
            if kind != Change.FOLLOW_UP:
                self.filters.reload(self.ctx.store)
            self.refresh()

    # ------------------------------------------------------------------ actions

    def new_follow_up(self) -> QWidget:
        trip_id = self.filters.trip.currentData()

        def commit(values: dict) -> int:
            trip = values.pop("trip", None)
            return self.ops.add_follow_up(trip, values)

        self.editor = open_follow_up_editor(self, self.ctx, commit,
                                            {"trip": trip_id}, choose_trip=True, new=True)
        self.editor.accepted.connect(lambda: self.select_id(self.editor.result_value))
        return self.editor

    def edit_current(self) -> QWidget | None:
        editor = edit_follow_up(self, self.ops, self.selected_rows())
        self.editor = editor or self.editor
        return editor

    def set_status(self, status: FollowUpStatus) -> None:
        ids = self.selected_ids()
        if ids:
            try:
                self.ops.set_status(ids, status)
            except DelegationsError as exc:
                tell(self, self.tr("Status not changed"), str(exc))

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        text = (self.tr("Delete the follow-up “%1”?").replace("%1", rows[0].action)
                if len(rows) == 1 else self.tr("Delete %n follow-up(s)?", "", len(rows)))
        ask(self, self.tr("Delete"), text + "\n" + self.tr("Dropping keeps the record; "
                                                            "Undo brings it back."),
            self.tr("Delete"), lambda: self.ops.delete_follow_ups(rows))

    def _ask_export_path(self, suffix: str) -> None:
        kinds = {"csv": self.tr("CSV files (*.csv)"), "ics": self.tr("iCalendar files (*.ics)")}
        dialog = QFileDialog(self, self.tr("Export follow-ups"), f"follow-ups.{suffix}",
                             kinds[suffix])
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(suffix)
        dialog.fileSelected.connect(self.export_csv if suffix == "csv" else self.export_ics)
        dialog.open()
        self.file_dialog = dialog

    def shown_rows(self) -> list[FollowUpRow]:
        """The rows as shown, loaded or not: filtered and sorted by the database."""
        return self.model.all_rows()

    def export_csv(self, path: str | Path) -> int:
        """Write the rows shown, in the order shown, as CSV; how many were written."""
        return self._export(followups.write_follow_ups_csv, path)

    def export_ics(self, path: str | Path) -> int:
        """Write the rows shown as iCalendar to-dos; how many were written."""
        return self._export(followups.write_follow_ups_ics, path)

    def _export(self, write: Callable[..., int], path: str | Path) -> int:
        try:
            return write(self.ctx.store, self.shown_rows(), path, current_language())
        except (OSError, DelegationsError) as exc:
            tell(self, self.tr("Export failed"), str(exc))
            return 0


