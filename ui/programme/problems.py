"""The list of a trip's problems under the programme; picking one selects what it is about."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from delegations.services.conflicts import Conflict
from ui.programme.checks import first_line, text
from ui.settings.options import BUFFER_MINUTES
from ui.widgets import muted_color

LINE = Qt.ItemDataRole.UserRole
DAY = Qt.ItemDataRole.UserRole + 1


class ProblemsPanel(QWidget):
    """`picked(kind, id)` or `day_picked(iso date)` when the user chooses a problem;
    `buffer_changed(minutes)`."""

    picked = Signal(str, int)
    day_picked = Signal(str)  # a problem of a whole day (a night without a hotel)
    buffer_changed = Signal(int)

    def __init__(self, warning: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._warning = warning
        self.heading = QLabel(self)
        self.buffer = QSpinBox(self)
        self.buffer.setRange(BUFFER_MINUTES.low or 0, BUFFER_MINUTES.high or 240)
        self.buffer.setSingleStep(5)
        self.buffer.setSuffix(self.tr(" min"))
        self.buffer.setAccessibleName(self.tr("Time needed between places"))
        buffer_label = QLabel(self.tr("Time needed between &places:"), self)
        buffer_label.setBuddy(self.buffer)
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Problems of the programme"))
        self.list.setWordWrap(True)
        self.none = QLabel(self.tr("No problems found: every item fits."), self)
        self.none.setStyleSheet(f"color: {muted_color(self.palette()).name()};")
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(buffer_label)
        top.addWidget(self.buffer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none)
        layout.addStretch(0)
        self.list.itemClicked.connect(self._pick)
        self.list.itemActivated.connect(self._pick)
        self.buffer.valueChanged.connect(self.buffer_changed)

    def set_buffer(self, minutes: int) -> None:
        self.buffer.blockSignals(True)
        self.buffer.setValue(minutes)
        self.buffer.blockSignals(False)

    def show_conflicts(self, conflicts: Sequence[Conflict]) -> None:
        """One line per problem, in the core's order."""
        self.list.clear()
        for conflict in conflicts:
            item = QListWidgetItem(self._warning, text(conflict), self.list)
            item.setData(LINE, first_line(conflict))
            item.setData(DAY, conflict.day.isoformat() if conflict.day else "")
        count = len(conflicts)
        self.heading.setText(self.tr("Problems (%1)").replace("%1", str(count)) if count
                             else self.tr("Problems"))
        self.list.setVisible(bool(count))
        self.none.setVisible(not count)

    def messages(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _pick(self, item: QListWidgetItem) -> None:
        line = item.data(LINE)
        if line:
            self.picked.emit(line[0], int(line[1]))
        elif item.data(DAY):
            self.day_picked.emit(item.data(DAY))
