"""Field widgets of the programme's editors: local date and time, people to pick.

Dates and clock times are edited apart (the kit's DateEdit and TimeEdit), never as a
QDateTime: Qt would read those in the computer's own zone and skip its daylight-saving
gap, while the item happens in the zone of the place.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from delegations.services.dto import ParticipantRow
from ui.common.dates import DateEdit, TimeEdit

ID = Qt.ItemDataRole.UserRole


class _EditorRow(QWidget):
    """Editors side by side that act as one form field: `changed` when any of them is."""

    changed = Signal()

    def _hold(self, *editors: QWidget) -> None:
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for editor in editors:
            layout.addWidget(editor)
        layout.addStretch(1)
        self.setFocusProxy(editors[0])


class LocalDateTimeEdit(_EditorRow):
    """A wall-clock date and time (naive: the zone is another field)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.date = DateEdit(self)
        self.time = TimeEdit(self)
        self._hold(self.date, self.time)
        self.date.dateChanged.connect(self.changed)
        self.time.timeChanged.connect(self.changed)

    def value(self) -> datetime:
        day, clock = self.date.date(), self.time.time()
        return datetime(day.year(), day.month(), day.day(), clock.hour(), clock.minute())

    def set_value(self, moment: datetime) -> None:
        self.date.setDate(QDate(moment.year, moment.month, moment.day))
        self.time.setTime(QTime(moment.hour, moment.minute))

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.date.setAccessibleName(self.tr("%1, date").replace("%1", name))
        self.time.setAccessibleName(self.tr("%1, time").replace("%1", name))


class DateField(_EditorRow):
    """A calendar date as ISO text (what the core's cleaners read)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = DateEdit(self)
        self._hold(self.edit)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> str:
        day = self.edit.date()
        return date(day.year(), day.month(), day.day()).isoformat()

    def set_value(self, value: str | date) -> None:
        day = date.fromisoformat(value) if isinstance(value, str) else value
        self.edit.setDate(QDate(day.year, day.month, day.day))


def _items(listing: QListWidget) -> Iterator[QListWidgetItem]:
    return (listing.item(i) for i in range(listing.count()))


def _ticked(listing: QListWidget) -> list[int]:
    """The ids (ID role) of the items ticked, in list order."""
    return [item.data(ID) for item in _items(listing)
            if item.checkState() == Qt.CheckState.Checked]


def _tick(listing: QListWidget, chosen: set[int]) -> None:
    """Tick exactly the items whose id is in `chosen`."""
    for item in _items(listing):
        item.setCheckState(Qt.CheckState.Checked if item.data(ID) in chosen
                           else Qt.CheckState.Unchecked)


class PeoplePicker(QWidget):
    """'The whole delegation' or a subset of the trip's participants (their ids)."""

    changed = Signal()

    def __init__(self, people: Sequence[ParticipantRow], everyone: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.everyone = QCheckBox(everyone, self)
        self.list = QListWidget(self)
        self.list.setFixedHeight(118)
        for person in people:
            item = QListWidgetItem(person.name, self.list)
            item.setData(ID, person.id)
            item.setCheckState(Qt.CheckState.Unchecked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.everyone)
        layout.addWidget(self.list)
        self.everyone.toggled.connect(self._everyone)
        self.list.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFocusProxy(self.everyone)

    def _everyone(self, on: bool) -> None:
        self.list.setEnabled(not on)
        self.changed.emit()

    def value(self) -> list[int]:
        """The ids chosen; empty means everyone."""
        return [] if self.everyone.isChecked() else _ticked(self.list)

    def set_value(self, ids: Iterable[int]) -> None:
        chosen = set(ids)
        _tick(self.list, chosen)
        self.everyone.setChecked(not chosen)
        self.list.setEnabled(bool(chosen))


def clock_default(day: date, hour: int) -> datetime:
    return datetime.combine(day, time(hour))
