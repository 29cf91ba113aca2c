"""The frame every list of one trip in its window shares (budget lines, gifts, outcomes,
follow-ups): the rows in a sortable table, buttons above it that act on the selection, and
a refresh whenever what the list shows changes. Subclasses say what the rows and buttons
are."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ui.after.followups_page import make_table, sorted_view
from ui.after.table_model import ID_ROLE, RowsModel
from ui.context import AppContext, Change

R = TypeVar("R")


class TripRows(QWidget, Generic[R]):
    """A trip's rows with New, Edit and buttons for the selection; `watched` are the
    changes that make it read its rows again."""

    watched: tuple[Change, ...] = ()

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.row_buttons: tuple[QAbstractButton, ...] = ()

    def _list(self, model: RowsModel[R], *, multi: bool = False) -> None:
        """Show `model` in `self.table`, sorted by its headers through `self.proxy`."""
        self.model = model
        self.proxy = sorted_view(model, self)
        self.table = make_table(self, multi=multi)
        self.table.setModel(self.proxy)

    def _buttons(self, new_text: str, *, delete: bool = True) -> None:
        """`self.new_button` (labelled `new_text`), `self.edit_button` and, unless told
        otherwise, `self.delete_button`, which calls delete_current."""
        self.new_button = QPushButton(new_text, self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        if delete:
            self.delete_button = QPushButton(self.tr("&Delete…"), self)
            self.delete_button.clicked.connect(self.delete_current)

    def _wire(self, new_row: Callable[[], object], *row_buttons: QAbstractButton) -> None:
        """New calls `new_row`; Edit and a double-click edit_current; a new selection
        show_current (which enables `row_buttons`); a watched change refresh."""
        self.row_buttons = row_buttons
        self.new_button.clicked.connect(lambda: new_row())
        self.edit_button.clicked.connect(lambda: self.edit_current())
        self.table.doubleClicked.connect(lambda *_: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.show_current())
        self.ctx.changes.changed.connect(self._changed)

    def _header(self, first: QWidget, buttons: Sequence[QWidget]) -> QVBoxLayout:
        """The widget's layout, begun with `first` (a caption, a total) and the buttons in
        a row; the caller adds the table and the rest."""
        row = QHBoxLayout()
        row.addWidget(first, 1)
        for button in buttons:
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addLayout(row)
        return layout

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in self.watched:
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError

    def edit_current(self) -> Any:
        raise NotImplementedError

    def delete_current(self) -> None:
        raise NotImplementedError

    def selected(self) -> list[R]:
        """The selected rows, in the order shown."""
        by_id = {r.id: r for r in self.model.rows}  # type: ignore[attr-defined]
        shown = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        ids = [self.proxy.index(row, 0).data(ID_ROLE) for row in shown]
        return [by_id[ident] for ident in ids if ident in by_id]

    def current(self) -> R | None:
        """The one selected row, else None."""
        rows = self.selected()
        return rows[0] if len(rows) == 1 else None

    def show_current(self) -> None:
        """Edit wants one selected row; the row buttons (delete, status…) at least one."""
        count = len(self.selected())
        self.edit_button.setEnabled(count == 1)
        for button in self.row_buttons:
            button.setEnabled(count >= 1)
