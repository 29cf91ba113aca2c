"""The Contacts tab: the people of a trip who are in the directory, derived from the data:
counterparts met in the programme and delegation members linked to a contact.
A double-click (or Enter) shows the person in the Cities & Contacts section."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from delegations.errors import NotFoundError
from delegations.services import trips
from delegations.services.dto import TripDetail
from ui.context import AppContext, Change
from ui.labels import label
from ui.widgets import EmptyState

ID = Qt.ItemDataRole.UserRole
NAME, FUNCTION, ORGANISATION, CONTACT, MEETINGS = range(5)
_KINDS = {Change.TRIP, Change.PARTICIPANT, Change.AGENDA, Change.CONTACT}
WIDEST = 240  # a column wider than this elides; the tooltip has the rest


class ContactsTable(QTreeWidget):
    """Two groups of people; `open_requested(contact_id)` on double-click or Enter."""

    open_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderLabels([self.tr("Name"), self.tr("Function"), self.tr("Organisation"),
                              self.tr("E-mail and phone"), self.tr("Meetings / role")])
        self.setRootIsDecorated(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.itemActivated.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        ident = item.data(NAME, ID)
        if ident is not None:
            self.open_requested.emit(int(ident))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter opens the person (itemActivated does not fire for it on every platform)."""
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self._activated(item, 0)
            event.accept()
            return
        super().keyPressEvent(event)


class ContactsTab(QWidget):
    """`contact_requested(id)`: the main window shows that contact."""

    contact_requested = Signal(int)

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.setAccessibleName(self.tr("Contacts"))
        self.table = ContactsTable(self)
        self.table.setAccessibleName(self.tr("Contacts of this trip"))
        self.table.open_requested.connect(self.contact_requested.emit)
        self.empty = EmptyState(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        ctx.changes.changed.connect(self._changed)
        self.reload()

    def reload(self) -> None:
        try:
            trip = trips.get_trip(self.ctx.store, self.trip_id)
        except NotFoundError:
            return
        self.table.clear()
        self._counterparts(trip)
        self._members(trip)
        self.table.expandAll()
        for column in range(MEETINGS):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), WIDEST))
        found = self.table.topLevelItemCount() > 0
        self.table.setVisible(found)
        self.empty.setVisible(not found)
        if not found:
            self.empty.set_message(self.tr("No contacts yet"), self.tr(
                "People met in the programme and delegation members from the directory "
                "appear here."))

    def _group(self, text: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.table, [text])
        group.setFirstColumnSpanned(True)
        font = group.font(NAME)
        font.setBold(True)
        group.setFont(NAME, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _counterparts(self, trip: TripDetail) -> None:
        if not trip.contacts:
            return
        group = self._group(self.tr("Counterparts met in the programme"))
        for person in trip.contacts:
            meetings = [a.title for a in trip.agenda if person.id in a.contact_ids]
            reach = " · ".join(x for x in (person.email, person.phone) if x)
            _person(group, person.id, [person.name, person.function, person.organisation,
                                       reach, ", ".join(meetings)])

    def _members(self, trip: TripDetail) -> None:
        members = [p for p in trip.participants if p.contact_id is not None]
        if not members:
            return
        group = self._group(self.tr("Delegation members in the directory"))
        for p in members:
            reach = " · ".join(x for x in (p.email, p.phone) if x)
            assert p.contact_id is not None
            _person(group, p.contact_id, [p.name, p.function, p.organisation, reach,
                                          label(p.role)])

    def _changed(self, kind: Change, ident: object) -> None:
        if kind in _KINDS and (kind != Change.TRIP or ident in (None, self.trip_id)):
            self.reload()


def _person(group: QTreeWidgetItem, contact_id: int, texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(group, texts)
    item.setData(NAME, ID, contact_id)
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
    return item
