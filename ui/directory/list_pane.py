"""One half of the directory: search and filter, the list, and the selected record's page.

CitiesPane and ContactsPane fill in what differs (model, filter, page text, editors).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from ui.common.editor import EditorDialog
from ui.common.html import beside, detail_browser
from ui.common.ops import changed
from ui.context import AppContext
from ui.directory.filter_bar import FilterBar
from ui.directory.ops import DirectoryOps
from ui.directory.table import DirectoryTable
from ui.paged_model import PagedTableModel
from ui.widgets import EmptyState

E = TypeVar("E", bound=EditorDialog)


class ListPane(QWidget):
    """`summary_changed(text)` for the status bar; `link_activated(kind, id)` for links to
    what is outside the pane (a trip, or the other pane's records)."""

    summary_changed = Signal(str)
    link_activated = Signal(str, int)

    def __init__(self, ctx: AppContext, ops: DirectoryOps, multi: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ops = ctx, ops
        self.model = self._make_model()
        self.editor: EditorDialog | None = None  # the one open, if any
        self.filters = self._make_bar()
        self.summary = ""
        self.table = DirectoryTable(multi, self)
        self.table.setModel(self.model)
        self.empty = EmptyState(self, self._empty_icon())
        self.detail = detail_browser(self)
        self.edit_button = QPushButton(self.tr("&Edit…"), self)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self._stack = QStackedWidget(self)
        self._stack.addWidget(self.table)
        self._stack.addWidget(self.empty)
        self._lay_out()
        self._connect()

    def _empty_icon(self) -> QIcon | None:
        return None

    def _lay_out(self) -> None:
        side = QWidget(self)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(12, 8, 12, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.detail, 1)
        splitter = beside(self, self._stack, side, sizes=[700, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)

    def _connect(self) -> None:
        self.filters.changed.connect(self.apply_filter)
        self.filters.search.returnPressed.connect(self._search_entered)
        self.table.open_requested.connect(lambda _row: self.edit_current())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.detail.anchorClicked.connect(self._follow)
        self.edit_button.clicked.connect(self.edit_current)
        self.delete_button.clicked.connect(self.delete_selected)

    # ------------------------------------------------------------------ for subclasses

    def _make_model(self) -> PagedTableModel:
        raise NotImplementedError

    def _make_bar(self) -> FilterBar:
        raise NotImplementedError

    def _set_model_filter(self) -> None:
        raise NotImplementedError

    def _page_html(self, ident: int) -> str:
        raise NotImplementedError

    def _empty_texts(self, filtered: bool) -> tuple[str, str]:
        raise NotImplementedError

    def _summary(self, shown: int, filtered: bool) -> str:
        raise NotImplementedError

    def _updater(self, ident: int, old: dict,
                 update: Callable[[int, dict, dict], object]) -> Callable[[dict], int]:
        """An editor's commit: only the fields that changed go to `update(ident, before,
        after)`, and nothing when none did."""
        def commit(values: dict) -> int:
            before, after = changed(old, values)
            if after:
                update(ident, before, after)
            return ident
        return commit

    def _open(self, editor: E) -> E:
        """Show an editor (kept as `self.editor`); the record saved is then selected."""
        self.editor = editor
        editor.accepted.connect(lambda: self.select(editor.result_value))
        editor.open()
        return editor

    def edit_current(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError

    def reload_choices(self) -> None:
        """Refill the filter's choices from the store."""

    # ------------------------------------------------------------------ list

    def apply_filter(self) -> None:
        self._set_model_filter()
        self._show_state()
        self.select(None)

    def refresh(self) -> None:
        """Read the store again, keeping filters and the selected record where it exists."""
        kept = self.table.current_id()
        self.reload_choices()
        self._set_model_filter()
        self._show_state()
        self.select(kept)

    def select(self, ident: int | None) -> bool:
        """Make the record with that id current (loading pages as needed)."""
        row = self.model.load_until(ident) if ident is not None else -1
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        if row >= 0:
            self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.selectionModel().clearSelection()
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self.show_current()
        return row >= 0

    def _show_state(self) -> None:
        filtered = not self.filters.is_default()
        total = self.model.total
        self.filters.combo.setEnabled(bool(total) or filtered)
        if total:
            self._stack.setCurrentWidget(self.table)
        else:
            self.empty.set_message(*self._empty_texts(filtered))
            self._stack.setCurrentWidget(self.empty)
        self.summary = self._summary(total, filtered)
        self.summary_changed.emit(self.summary)

    def _search_entered(self) -> None:
        """Enter in the search field: show the results now and move into the list."""
        self.filters.apply_now()
        if self.model.rowCount():
            ident, first = self.table.current_id(), self.model.row_at(0)
            if ident is None and first is not None:
                ident = first.id
            if ident is not None:
                self.select(ident)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # ------------------------------------------------------------------ the record's page

    def show_current(self) -> None:
        ident = self.table.current_id() if self.table.selectionModel().hasSelection() else None
        if ident is None:
            self.detail.setHtml(f"<p class='muted'>{self._nothing_selected()}</p>")
        else:
            try:
                self.detail.setHtml(self._page_html(ident))
            except DelegationsError as exc:  # deleted elsewhere meanwhile
                self.detail.setHtml(f"<p class='muted'>{exc}</p>")
        self._update_buttons()

    def _nothing_selected(self) -> str:
        return ""

    def _update_buttons(self) -> None:
        count = len(self.table.selectionModel().selectedRows())
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count == 1)

    def _follow(self, url: QUrl) -> None:
        """Links inside the page: mail opens the mail program, the rest goes to the page."""
        if url.scheme() == "mailto":
            QDesktopServices.openUrl(url)
            return
        kind, _, ident = url.toString().partition(":")
        if ident.isdigit():
            self.link_activated.emit(kind, int(ident))

    def focus_search(self) -> None:
        self.filters.focus_search()
