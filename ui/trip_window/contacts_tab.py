"""The Contacts tab: the people of a trip who are in the directory: the trip's own
counterparts in the order the planners gave them (added from the directory, several at
once, removed and moved up or down, each undoable), then those derived from the data:
counterparts met in the programme and delegation members linked to a contact.
A double-click (or Enter) shows the person in the Cities & Contacts section."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError, NotFoundError
from delegations.services import trips
from delegations.services.dto import ContactRow, TripDetail
from ui.common.flow_layout import FlowLayout
from ui.common.messages import tell
from ui.common.new_record import new_contact
from ui.common.own_shortcuts import local_action
from ui.context import AppContext, Change
from ui.labels import label
from ui.trip_window.delegation_picker import ContactPicker
from ui.undo import perform
from ui.widgets import EmptyState

ID = Qt.ItemDataRole.UserRole
NAME, FUNCTION, ORGANISATION, CONTACT, MEETINGS = range(5)
_KINDS = {Change.TRIP, Change.PARTICIPANT, Change.AGENDA, Change.CONTACT}
WIDEST = 240  # a column wider than this elides; the tooltip has the rest
OWN = "own"  # marks the rows of the trip's own counterparts


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
    """`contact_requested(id)`: the main window shows that contact. The trip's own
    counterparts are added, removed and put in order here (each change undoable); the
    people met in the programme and the members in the directory are shown beside them."""

    contact_requested = Signal(int)

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.counterparts: list[ContactRow] = []
        self.own_group: QTreeWidgetItem | None = None
        self.picker: ContactPicker | None = None
        self.setAccessibleName(self.tr("Contacts"))
        self.table = ContactsTable(self)
        self.table.setAccessibleName(self.tr("Contacts of this trip"))
        self.table.open_requested.connect(self.contact_requested.emit)
        self.empty = EmptyState(self)
        self._make_actions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 8)
        layout.addLayout(self._buttons())
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.table.currentItemChanged.connect(lambda *_: self._enable())
        ctx.changes.changed.connect(self._changed)
        self.reload()

    def _make_actions(self) -> None:
        self.add_action = local_action(self, self.tr("Add from &Directory…"),
                                       self.add_from_directory, "Ins")
        self.new_action = local_action(self, self.tr("&New Contact…"), self.add_new, "Ctrl+Ins")
        self.up_action = local_action(self, self.tr("Move &Up"),
                                      lambda: self.move_counterpart(-1), "Ctrl+Up")
        self.down_action = local_action(self, self.tr("Move &Down"),
                                        lambda: self.move_counterpart(1), "Ctrl+Down")
        self.remove_action = local_action(self, self.tr("&Remove from Trip"),
                                          self.remove_current, QKeySequence.StandardKey.Delete)

    def _buttons(self) -> FlowLayout:
        row = FlowLayout()
        for action in (self.add_action, self.new_action, self.up_action, self.down_action,
                       self.remove_action):
            button = QPushButton(action.text(), self)
            button.setAccessibleName(action.text().replace("&", "").rstrip("…"))
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            action.enabledChanged.connect(button.setEnabled)
            row.addWidget(button)
        return row

    def reload(self) -> None:
        try:
            trip = trips.get_trip(self.ctx.store, self.trip_id)
        except NotFoundError:
            return
        chosen = self.current_counterpart()
        self.table.clear()
        self.own_group = None
        self.counterparts = list(trip.counterparts)
        self._own(chosen)
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
                "Add the trip's counterparts from the directory. People met in the "
                "programme and delegation members from the directory appear here too."))
        self._enable()

    def _group(self, text: str) -> QTreeWidgetItem:
        group = QTreeWidgetItem(self.table, [text])
        group.setFirstColumnSpanned(True)
        font = group.font(NAME)
        font.setBold(True)
        group.setFont(NAME, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _own(self, chosen: int | None) -> None:
        """The trip's counterparts, in their order; the one chosen before stays chosen."""
        if not self.counterparts:
            return
        self.own_group = self._group(self.tr("Counterparts of this trip"))
        for person in self.counterparts:
            reach = " · ".join(x for x in (person.email, person.phone) if x)
            item = _person(self.own_group, person.id, [person.name, person.function,
                                                       person.organisation, reach, ""])
            item.setData(FUNCTION, ID, OWN)
            if person.id == chosen:
                self.table.setCurrentItem(item)

    def _counterparts(self, trip: TripDetail) -> None:
        own = {c.id for c in self.counterparts}
        met = [p for p in trip.contacts if p.id not in own]
        if not met:
            return
        group = self._group(self.tr("Counterparts met in the programme"))
        for person in met:
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

    # ------------------------------------------------------------------ the counterparts

    def current_counterpart(self) -> int | None:
        """The id of the trip's counterpart chosen in the list (None for other rows)."""
        item = self.table.currentItem() if self.table.topLevelItemCount() else None
        if item is None or item.data(FUNCTION, ID) != OWN:
            return None
        return int(item.data(NAME, ID))

    def _enable(self) -> None:
        ids = [c.id for c in self.counterparts]
        chosen = self.current_counterpart()
        row = ids.index(chosen) if chosen in ids else -1
        self.up_action.setEnabled(row > 0)
        self.down_action.setEnabled(0 <= row < len(ids) - 1)
        self.remove_action.setEnabled(row >= 0)

    def set_counterparts(self, ids: list[int], text: str) -> None:
        """Make `ids` the trip's counterparts, undoably as `text`."""
        before = [c.id for c in self.counterparts]
        if ids == before:
            return
        try:
            perform(self.ctx, text, (Change.TRIP,),
                    lambda: trips.set_counterparts(self.ctx.store, self.trip_id, ids),
                    lambda: trips.set_counterparts(self.ctx.store, self.trip_id, before))
        except DelegationsError as exc:
            tell(self, self.tr("Not changed"), str(exc))

    def add_from_directory(self) -> ContactPicker:
        """Choose one or several people of the directory (Ctrl/Shift+click) to add."""
        picker = ContactPicker(self.ctx.store, {c.id for c in self.counterparts}, self,
                               several=True, title=self.tr("Add Counterparts"))
        picker.accepted.connect(lambda: self.add_people(picker.chosen_all))
        picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker = picker
        picker.open()
        return picker

    def add_new(self) -> QWidget:
        """Someone not in the directory yet: the contact editor, then they are added."""
        return new_contact(self.ctx, self, lambda person: self.add_people([person]))

    def add_people(self, people: Sequence[ContactRow]) -> None:
        ids = [c.id for c in self.counterparts]
        new = [p for p in people if p.id not in ids]
        if not new:
            return
        text = (self.tr("Add counterpart “%1”").replace("%1", new[0].name) if len(new) == 1
                else self.tr("Add %n counterpart(s)", "", len(new)))
        self.set_counterparts(ids + [p.id for p in new], text)
        self._choose(new[-1].id)

    def move_counterpart(self, step: int) -> None:
        """Move the counterpart chosen one place up (-1) or down (1)."""
        ids = [c.id for c in self.counterparts]
        chosen = self.current_counterpart()
        if chosen not in ids or not 0 <= ids.index(chosen) + step < len(ids):
            return
        row = ids.index(chosen)
        ids[row], ids[row + step] = ids[row + step], ids[row]
        name = self.counterparts[row].name
        self.set_counterparts(ids, self.tr("Move “%1”").replace("%1", name))
        self._choose(chosen)

    def remove_current(self) -> None:
        chosen = self.current_counterpart()
        if chosen is None:
            return
        name = next(c.name for c in self.counterparts if c.id == chosen)
        self.set_counterparts([c.id for c in self.counterparts if c.id != chosen],
                              self.tr("Remove counterpart “%1”").replace("%1", name))

    def _choose(self, contact_id: int) -> None:
        group = self.own_group
        if group is None:
            return
        for row in range(group.childCount()):
            item = group.child(row)
            if item is not None and item.data(NAME, ID) == contact_id:
                self.table.setCurrentItem(item)
        self._enable()


def _person(group: QTreeWidgetItem, contact_id: int, texts: list[str]) -> QTreeWidgetItem:
    item = QTreeWidgetItem(group, texts)
    item.setData(NAME, ID, contact_id)
    for column, text in enumerate(texts):
        item.setToolTip(column, text)
    return item
