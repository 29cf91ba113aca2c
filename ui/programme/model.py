"""The programme as a tree: one row per day, its items, legs and hotel lines beneath.

Each line keeps what it refers to (kind and id) in its own roles, never a database object.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel

from delegations.services.dto import AgendaRow, StayRow, TravelRow
from delegations.services.timeline import AGENDA, CHECK_IN, TRAVEL, Day, Entry, Places
from ui.formatting import clock, clock_range, day_shift, long_date
from ui.labels import label

KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "day", "agenda", "travel", "check_in", "check_out"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
DAY_ROLE = Qt.ItemDataRole.UserRole + 3  # the local date, ISO
PROBLEMS_ROLE = Qt.ItemDataRole.UserRole + 4  # the conflict messages of the line
MIME = "application/x-delegations-agenda-item"
TIME, HOME, WHAT, KIND, WHERE = range(5)
COLUMNS = 5
Problems = Mapping[tuple[str, int], Sequence[str]]


def _shifted(moment: datetime, reference: datetime) -> str:
    """'01:10 (+1)' when a time falls on another day than the one it is listed under."""
    shift = day_shift(moment, reference.date())
    return clock(moment) + (f" ({shift:+d})" if shift else "")


def _home_range(start: datetime, end: datetime, reference: datetime) -> str:
    """'02:00–03:00 (+1)': the day mark once when both ends share it."""
    shift = day_shift(start, reference.date())
    if end > start and day_shift(end, reference.date()) == shift:
        text = clock_range(start, end)
        return text + (f" ({shift:+d})" if shift else "")
    if end > start:
        return f"{_shifted(start, reference)}–{_shifted(end, reference)}"
    return _shifted(start, reference)


class ProgrammeModel(QStandardItemModel):
    """Filled by `populate`; `warning` is the icon of lines that have problems.

    An item dragged onto another day asks for a move (`dropped(id, iso day, copy)`); the
    model itself never moves rows: the tab changes the store and the model is refilled.
    """

    dropped = Signal(int, str, bool)

    def __init__(self, warning: QIcon, parent: QObject | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self._warning = warning
        self.places: Places | None = None
        self.has_home_times = False

    def headers(self, home_name: str) -> None:
        home = self.tr("Time in %1").replace("%1", home_name) if home_name else ""
        self.setHorizontalHeaderLabels([self.tr("Local time"), home, self.tr("What"),
                                        self.tr("Kind"), self.tr("Where")])

    def populate(self, days: Sequence[Day], places: Places, problems: Problems) -> None:
        """Replace the lines with `days`; lines named in `problems` get the marker."""
        self.places = places
        self.has_home_times = False
        self.removeRows(0, self.rowCount())
        self.headers(places.home_name)
        for day in days:
            head = self._day_item(day)
            for entry in day.entries:
                head.appendRow(self._line(entry, problems.get(entry.key, ())))
            self.appendRow([head] + [self._cell("") for _ in range(COLUMNS - 1)])

    def _day_item(self, day: Day) -> QStandardItem:
        text = long_date(day.day)
        if not day.in_trip:
            text += " — " + self.tr("outside the trip's dates")
        item = self._cell(text)
        font = QFont(item.font())
        font.setWeight(QFont.Weight.DemiBold)
        item.setFont(font)
        item.setData("day", KIND_ROLE)
        item.setData(day.day.isoformat(), DAY_ROLE)
        item.setData(text, Qt.ItemDataRole.AccessibleTextRole)
        return item

    def _cell(self, text: str) -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setDragEnabled(False)
        return item

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ident = next((i.data(ID_ROLE) for i in indexes if i.data(KIND_ROLE) == AGENDA), None)
        if ident is not None:
            data.setData(MIME, str(ident).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return data.hasFormat(MIME) and bool(parent.data(DAY_ROLE))

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Ask for the move (or copy, with Ctrl) and refuse the row move itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ident = int(bytes(data.data(MIME).data()).decode())
        self.dropped.emit(ident, parent.data(DAY_ROLE), action == Qt.DropAction.CopyAction)
        return False

    def _line(self, entry: Entry, problems: Sequence[str]) -> list[QStandardItem]:
        texts = self._texts(entry)
        cells = [self._cell(t) for t in texts]
        for cell in cells:
            cell.setDragEnabled(entry.kind == AGENDA)
            cell.setData(entry.kind, KIND_ROLE)
            cell.setData(entry.ident, ID_ROLE)
            cell.setData(entry.day.isoformat(), DAY_ROLE)
            cell.setData(list(problems), PROBLEMS_ROLE)
        spoken = " · ".join(t for t in texts if t)
        tip = "\n".join(t for t in (texts[TIME], texts[WHAT], texts[WHERE]) if t)
        if problems:
            cells[WHAT].setIcon(self._warning)
            tip += "\n\n" + "\n".join(f"⚠ {p}" for p in problems)
            spoken += " — " + self.tr("%n problem(s)", "", len(problems))
        for cell in cells:
            cell.setToolTip(tip)
        cells[TIME].setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
        return cells

    def _texts(self, entry: Entry) -> list[str]:
        if entry.kind == AGENDA:
            assert isinstance(entry.row, AgendaRow)
            return self._agenda(entry.row)
        if entry.kind == TRAVEL:
            assert isinstance(entry.row, TravelRow)
            return self._leg(entry.row)
        assert isinstance(entry.row, StayRow)
        stay = entry.row
        what = self.tr("Check-in") if entry.kind == CHECK_IN else self.tr("Check-out")
        return [what, "", stay.name, self.tr("Hotel"), stay.address]

    def _agenda(self, item: AgendaRow) -> list[str]:
        assert self.places is not None
        local = f"{clock_range(item.start, item.end)} {self.places.name(item.timezone)}"
        home_start, home_end = self.places.home(item.start), self.places.home(item.end)
        home = ""
        if home_start is not None and home_end is not None:
            self.has_home_times = True
            home = f"{_home_range(home_start, home_end, item.start)} {self.places.home_name}"
        kind = label(item.kind)
        if item.confidential:
            kind += " · " + self.tr("confidential")
        where = ", ".join(t for t in (item.location,) if t)
        return [local, home, item.title, kind, where]

    def _leg(self, leg: TravelRow) -> list[str]:
        assert self.places is not None
        local = f"{leg.origin} {clock(leg.depart)} → {leg.destination} " \
                f"{_shifted(leg.arrive, leg.depart)}"
        home_dep, home_arr = self.places.home(leg.depart), self.places.home(leg.arrive)
        home = ""
        if home_dep is not None or home_arr is not None:
            self.has_home_times = True
            assert self.places.home_zone is not None
            dep = home_dep or leg.depart
            arr = home_arr or leg.arrive
            # both ends against the row's day: 04:40 Kiel may already be the next day
            home = (f"{_shifted(dep, leg.depart)} → {_shifted(arr, leg.depart)} "
                    f"{self.places.home_name}")
        what = f"{leg.carrier} {leg.number}".strip() or label(leg.mode)
        where = self.tr("Booking %1").replace("%1", leg.booking_ref) if leg.booking_ref else ""
        return [local, home, what, label(leg.mode), where]
