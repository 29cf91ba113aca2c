"""Ticking contacts among the thousands of the directory: the database finds them.

The list holds the contacts ticked (first, whatever the search) and the first matches of
the search from the contacts service (its index of words: "kampfer" finds Kämpfer); it
never holds the whole directory (issue #16: 20,000 contacts took the programme editor a
second to open, and were then filtered in Python at each key).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import contacts
from delegations.services.dto import ContactRow
from delegations.storage.store import Store

ID = Qt.ItemDataRole.UserRole
#: How many matches of a search the list offers besides the contacts ticked.
SHOWN = 50


class ContactPicker(QWidget):
    """Contacts from the directory: search, tick, or create one on the spot (`create`)."""

    changed = Signal()

    def __init__(self, store: Store, create: Callable[[], None] | None,
                 parent: QWidget | None = None, names: tuple[str, str] | None = None) -> None:
        """`names`: what the list and its search are called (default: counterparts);
        without `create`, New contact… stays hidden until someone offers it."""
        super().__init__(parent)
        self._store = store
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the directory…"))
        self.search.setClearButtonEnabled(True)
        listing, searching = names or (self.tr("Counterparts"), self.tr("Search counterparts"))
        self.search.setAccessibleName(searching)
        self.new_button = QPushButton(self.tr("New contact…"), self)
        self.new_button.setAutoDefault(False)
        if create is None:
            self.new_button.hide()
        else:
            self.new_button.clicked.connect(create)
        self.list = QListWidget(self)
        self.list.setFixedHeight(134)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setAccessibleName(listing)
        self._lay_out()
        self.search.textChanged.connect(self._filter)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFocusProxy(self.search)
        self._filter("")

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def add_contacts(self, rows: Iterable[ContactRow], checked: bool = False) -> None:
        """Offer these contacts (a contact just created: ticked, and in view)."""
        present = {item.data(ID): item for item in self._items()}
        for person in rows:
            item = present.get(person.id) or self._add(person)
            if checked:
                item.setCheckState(Qt.CheckState.Checked)
                self.list.scrollToItem(item)

    def _add(self, person: ContactRow, row: int | None = None) -> QListWidgetItem:
        text = f"{person.name} — {person.organisation}" if person.organisation else person.name
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(ID, person.id)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.insertItem(self.list.count() if row is None else row, item)
        return item

    def _items(self) -> list[QListWidgetItem]:
        return [self.list.item(i) for i in range(self.list.count())]

    def _filter(self, text: str) -> None:
        """The ticked contacts, then the first matches of `text` (all contacts by name
        when empty), asked of the database."""
        ticked = set(self.value())
        self.list.blockSignals(True)
        for row in reversed(range(self.list.count())):
            if self.list.item(row).data(ID) not in ticked:
                self.list.takeItem(row)
        for person in contacts.list_contacts(self._store, text.strip(), limit=SHOWN):
            if person.id not in ticked:
                self._add(person)
        self.list.blockSignals(False)

    def value(self) -> list[int]:
        """The ids of the contacts ticked, in list order."""
        return [item.data(ID) for item in self._items()
                if item.checkState() == Qt.CheckState.Checked]

    def set_value(self, ids: Sequence[int]) -> None:
        """Tick exactly these contacts, at the top of the list (gone ones are left out)."""
        self.list.blockSignals(True)
        self.list.clear()
        for ident in ids:
            try:
                person = contacts.get_contact(self._store, ident)
            except DelegationsError:
                continue
            self._add(person).setCheckState(Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._filter(self.search.text())
        self.changed.emit()
