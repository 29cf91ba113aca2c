"""Choosing a participant from the contact directory: search as you type, pick with Enter.

Contacts already in the delegation are shown but cannot be picked twice.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.services import contacts
from delegations.services.dto import ContactRow
from delegations.storage.store import Store
from ui.common.dialogs import Dialog
from ui.common.table_model import Index, TitledTableModel

LIMIT = 500
SEARCH_DELAY_MS = 200


class ContactChoiceModel(TitledTableModel):
    """Name, function, organisation, city of the contacts found."""

    def __init__(self, taken: Collection[int], parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ContactRow] = []
        self._taken = set(taken)

    def set_rows(self, rows: Sequence[ContactRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def contact(self, row: int) -> ContactRow:
        return self._rows[row]

    def is_taken(self, row: int) -> bool:
        return self._rows[row].id in self._taken

    def items(self) -> list[ContactRow]:
        return self._rows

    def headers(self) -> list[str]:
        return [self.tr("Name"), self.tr("Function"), self.tr("Organisation"), self.tr("City")]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or self.is_taken(index.row()):
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        c = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            name = c.name
            if index.column() == 0 and self.is_taken(index.row()):
                name = self.tr("%1 (already in the delegation)").replace("%1", c.name)
            return (name, c.function, c.organisation, c.city_name)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return c.id
        return None


class ContactPicker(Dialog):
    """Returns the chosen contact as `chosen` when accepted; with `several`, every contact
    selected (Ctrl/Shift+click) is in `chosen_all`, in list order."""

    def __init__(self, store: Store, taken: Collection[int],
                 parent: QWidget | None = None, *, several: bool = False,
                 title: str = "") -> None:
        super().__init__(parent)
        self.store, self.several = store, several
        self.chosen: ContactRow | None = None
        self.chosen_all: list[ContactRow] = []
        self.setWindowTitle(title or self.tr("Add Participant from the Directory"))
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search name, organisation, e-mail, city…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.model = ContactChoiceModel(taken, self)
        self.table = self._make_table()
        self.count = QLabel(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = self.buttons.addButton(self.tr("&Add"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self.refresh()
        self.resize(760, 520)

    def _make_table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if self.several
                               else QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setAccessibleName(self.tr("Contacts"))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        unit = table.fontMetrics().averageCharWidth()
        for column, letters in enumerate((30, 22, 26)):
            table.setColumnWidth(column, letters * unit + 16)
        return table

    def _lay_out(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.search, self.table)

    def _connect(self) -> None:
        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.refresh)
        self.search.returnPressed.connect(self._enter)
        self.table.activated.connect(lambda index: self.choose_row(index.row()))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.buttons.accepted.connect(self._add)
        self.buttons.rejected.connect(self.reject)

    def refresh(self) -> None:
        """Show the contacts matching the search (the first few hundred)."""
        self._debounce.stop()
        text = self.search.text().strip()
        self.model.set_rows(contacts.list_contacts(self.store, text, limit=LIMIT))
        total = contacts.count_contacts(self.store, text)
        shown = self.model.rowCount()
        self.count.setText((self.tr("%n contact(s)", "", total) if total <= shown
                            else self.tr("%1 of %2 contacts shown; search to narrow them")
                            .replace("%1", str(shown)).replace("%2", str(total)))
                           + (self.tr(" · Ctrl+click or Shift+click chooses several.")
                              if self.several else ""))
        first = next((r for r in range(shown) if not self.model.is_taken(r)), None)
        if first is not None:
            self.table.selectRow(first)
        self._update()

    def _current_row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update(self) -> None:
        self.add_button.setEnabled(self._current_row() >= 0)

    def _add(self) -> None:
        if self.several:
            self.choose_rows([i.row() for i in self.table.selectionModel().selectedRows()])
        else:
            self.choose_row(self._current_row())

    def _enter(self) -> None:
        if self._debounce.isActive():
            self.refresh()
        self._add()

    def choose_rows(self, rows: Collection[int]) -> bool:
        """Pick the free contacts of these rows (several at once)."""
        free = [r for r in sorted(rows) if 0 <= r < self.model.rowCount()
                and not self.model.is_taken(r)]
        if not free:
            return False
        self.chosen_all = [self.model.contact(r) for r in free]
        self.chosen = self.chosen_all[0]
        self.accept()
        return True

    def choose(self, contact_id: int) -> bool:
        """Pick the contact with this id, if it is shown and free."""
        row = next((r for r in range(self.model.rowCount())
                    if self.model.contact(r).id == contact_id), -1)
        return self.choose_row(row)

    def choose_row(self, row: int) -> bool:
        if row < 0 or row >= self.model.rowCount() or self.model.is_taken(row):
            return False
        self.chosen = self.model.contact(row)
        self.chosen_all = [self.chosen]
        self.accept()
        return True
