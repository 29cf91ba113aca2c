"""Choosing several records for a trip: destination cities in travel order, goals by ticking."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from delegations.i18n import current_language
from delegations.services.dto import CityRow, GoalRow

ID = Qt.ItemDataRole.UserRole


def _rows_high(widget: QListWidget, rows: int) -> None:
    """About `rows` lines of list, so the form stays compact."""
    widget.setFixedHeight(QFontMetrics(widget.font()).lineSpacing() * rows + 16)


class DestinationPicker(QWidget):
    """The destinations in travel order; `changed()` after each add, move or removal;
    `new_requested()` when the user wants a city that is not in the directory yet."""

    changed = Signal()
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names: dict[int, str] = {}
        self.editor: QWidget | None = None  # the New city… dialog while it is open
        self.list = QListWidget(self)
        self.list.setAccessibleName(self.tr("Destinations in travel order"))
        _rows_high(self.list, 3)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("City to add"))
        self.choice.setMinimumContentsLength(16)
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.add_button = self._button(self.tr("&Add"), self.add_current)
        self.new_button = self._button(self.tr("New cit&y…"), self.new_requested.emit)
        self.up_button = self._button(self.tr("Move &up"), lambda: self._move(-1))
        self.down_button = self._button(self.tr("Move do&wn"), lambda: self._move(1))
        self.remove_button = self._button(self.tr("Re&move"), self.remove_current)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.list, 0, 0, 3, 2)
        grid.addWidget(self.up_button, 0, 2)
        grid.addWidget(self.down_button, 1, 2)
        grid.addWidget(self.remove_button, 2, 2)
        grid.addWidget(self.choice, 3, 0)
        grid.addWidget(self.add_button, 3, 1, Qt.AlignmentFlag.AlignLeft)
        grid.addWidget(self.new_button, 3, 2)
        grid.setColumnStretch(0, 1)
        self.list.currentRowChanged.connect(lambda *_: self._enable())
        self._enable()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        button.clicked.connect(slot)
        return button

    def focus_chain(self) -> list[QWidget]:
        """The parts in the order Tab visits them."""
        return [self.list, self.up_button, self.down_button, self.remove_button, self.choice,
                self.add_button, self.new_button]

    def set_cities(self, cities: Sequence[CityRow]) -> None:
        """The cities one can add (the directory's), by name."""
        self._names = {c.id: c.name for c in cities}
        self.choice.clear()
        for city in cities:
            self.choice.addItem(city.name, city.id)
        # an empty directory says what to do instead of showing an empty list
        self.choice.setPlaceholderText(self.tr("No cities yet: New city…") if not cities
                                       else "")
        self._enable()

    def add_new(self, city: CityRow, cities: Sequence[CityRow]) -> None:
        """A city just created: offered from now on, and added to the destinations."""
        self.set_cities(cities)
        self.choice.setCurrentIndex(self.choice.findData(city.id))
        self.add_current()

    def ids(self) -> list[int]:
        return [self.list.item(r).data(ID) for r in range(self.list.count())]

    def set_ids(self, ids: Sequence[int], names: Sequence[str] = ()) -> None:
        """Show the chosen cities (names given for cities not in the choice list)."""
        current = self.list.currentItem().data(ID) if self.list.currentItem() else None
        self.list.clear()
        known = dict(zip(ids, names, strict=False)) if names else {}
        for ident in ids:
            item = QListWidgetItem(known.get(ident) or self._names.get(ident, str(ident)))
            item.setData(ID, ident)
            self.list.addItem(item)
            if ident == current:
                self.list.setCurrentItem(item)
        self._enable()

    def add_current(self) -> None:
        ident = self.choice.currentData()
        if ident is None or ident in self.ids():
            return
        item = QListWidgetItem(self.choice.currentText())
        item.setData(ID, ident)
        self.list.addItem(item)
        self.list.setCurrentItem(item)
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)
            self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.list.count():
            return
        self.list.insertItem(target, self.list.takeItem(row))
        self.list.setCurrentRow(target)
        self.changed.emit()

    def _enable(self) -> None:
        row = self.list.currentRow()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.list.count() - 1)
        self.remove_button.setEnabled(row >= 0)
        self.add_button.setEnabled(self.choice.count() > 0)


def goal_text(goal: GoalRow) -> str:
    """'SDG 11 Sustainable cities', in the interface's language where there is a name for it."""
    name = goal.name_en if current_language() == "en" and goal.name_en else goal.name
    return f"{goal.code} {name}".strip()


class GoalPicker(QListWidget):
    """Goals of the office's taxonomy, ticked for this trip; `changed()` after each tick."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setUniformItemSizes(True)
        _rows_high(self, 6)
        self._loading = False
        self.itemChanged.connect(self._item_changed)

    def set_goals(self, goals: Sequence[GoalRow]) -> None:
        self._loading = True
        self.clear()
        depth: dict[int, int] = {}
        for goal in goals:
            depth[goal.id] = depth.get(goal.parent_id, -1) + 1 if goal.parent_id else 0
            item = QListWidgetItem("    " * depth[goal.id] + goal_text(goal), self)
            item.setData(ID, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
        self._loading = False

    def ids(self) -> list[int]:
        return [self.item(r).data(ID) for r in range(self.count())
                if self.item(r).checkState() == Qt.CheckState.Checked]

    def set_ids(self, ids: Sequence[int]) -> None:
        self._loading = True
        wanted = set(ids)
        for r in range(self.count()):
            item = self.item(r)
            checked = item.data(ID) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self._loading = False

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()
