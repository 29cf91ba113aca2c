"""The Follow-ups section: every promise made on any trip, what is overdue, who does what.

The list is the services' filtered list (FollowUpFilter); the page only shows it,
lets one act on a selection (status, edit, delete) and exports what is shown as CSV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import FollowUpStatus
from delegations.errors import DelegationsError
from delegations.i18n import current_language
from delegations.services import followups
from delegations.services.dto import FollowUpRow
from ui.after.follow_up_editor import goal_items, open_follow_up_editor
from ui.after.follow_up_filters import FollowUpFilters
from ui.after.follow_up_model import FollowUpModel
from ui.after.labels import name
from ui.after.ops import AfterOps, follow_up_values
from ui.after.table_model import ID_ROLE, SORT_ROLE
from ui.common.colours import error_colour
from ui.common.editor import one
from ui.common.messages import ask, tell
from ui.context import AppContext, Change
from ui.widgets import page_title

WATCHED = (Change.FOLLOW_UP, Change.TRIP, Change.CITY, Change.CONTACT, Change.GOAL, Change.HOME)


def make_table(parent: QWidget, multi: bool) -> QTableView:
    """A read-only table of whole rows, sortable by its headers."""
    table = QTableView(parent)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                           else QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setHighlightSections(False)
    header.setSortIndicatorClearable(True)  # third click: the list's own order
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
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
        self.model = FollowUpModel(self)
        self.proxy = sorted_view(self.model, self)
        self.filters = FollowUpFilters(self)
        self.table = make_table(self, multi=True)
        self.table.setModel(self.proxy)
        self.due_line = QLabel(self)
        self._make_buttons()
        self._lay_out()
        self._connect()
        self.filters.reload(ctx.store)
        self.refresh()
        set_widths(self.table, (30, 14, 14, 9, 16, 11, 13, 16), stretch=0)

    def _make_buttons(self) -> None:
        self.new_button = QPushButton(self.tr("&New…"), self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.status_button = QToolButton(self)
        self.status_button.setText(self.tr("Set &status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        for value in FollowUpStatus:
            menu.addAction(name(value), partial(self.set_status, value))
        self.status_button.setMenu(menu)
        self.export_button = QToolButton(self)
        self.export_button.setText(self.tr("E&xport"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        exports = QMenu(self.export_button)
        exports.addAction(self.tr("Spreadsheet (CSV)…"), partial(self._ask_export_path, "csv"))
        exports.addAction(self.tr("To-dos for calendars (iCalendar)…"),
                          partial(self._ask_export_path, "ics"))
        self.export_button.setMenu(exports)

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
        self.model.set_context(today, {i: text for i, text in goal_items(store)})
        self.model.set_rows(followups.filter_follow_ups(store, self.filters.current(), today))
        self._reselect(kept)
        self._show_summary()
        self._enable()

    def _reselect(self, ids: set[int]) -> None:
        selection = self.table.selectionModel()
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) in ids:
                selection.select(index, selection.SelectionFlag.Select
                                 | selection.SelectionFlag.Rows)

    def _show_summary(self) -> None:
        due = followups.due_summary(self.ctx.store)
        self.due_line.setText(self.due_message(due.overdue, due.this_week))
        self.due_line.setStyleSheet(f"color: {error_colour().name()};" if due.overdue else "")
        shown = self.tr("%n follow-up(s) shown", "", self.model.rowCount())
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
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def selected_rows(self) -> list[FollowUpRow]:
        by_id = {r.id: r for r in self.model.rows}
        return [by_id[i] for i in self.selected_ids() if i in by_id]

    def select_id(self, ident: int) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == ident:
                self.table.selectRow(row)
                return True
        return False

    def _enable(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count >= 1)
        self.status_button.setEnabled(count >= 1)
        self.export_button.setEnabled(self.model.rowCount() > 0)

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

        self.editor = open_follow_up_editor(self, self.ctx.store, commit,
                                            {"trip": trip_id}, choose_trip=True, new=True)
        self.editor.accepted.connect(lambda: self.select_id(self.editor.result_value))
        return self.editor

    def edit_current(self) -> QWidget | None:
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        self.editor = open_follow_up_editor(
            self, self.ctx.store, lambda values: self.ops.update_follow_up(row, values),
            follow_up_values(row))
        store = self.ctx.store
        self.editor.watch(lambda: follow_up_values(
            one(followups.list_follow_ups(store, trip_id=row.trip_id), row.id)))
        return self.editor

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
        """The rows as shown: filtered by the services, sorted by the table."""
        by_id = {r.id: r for r in self.model.rows}
        return [by_id[self.proxy.index(r, 0).data(ID_ROLE)] for r in range(self.proxy.rowCount())]

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


