"""The widgets of the Delegation tab: the table rows are dragged in, and the note that
says who moved up from the waiting list (it stays until the user dismisses it)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QWidget,
)

from ui.common.colours import NOTE_HUE, note_style
from ui.trip_window.delegation_model import (
    EMAIL,
    FUNCTION,
    ID_ROLE,
    NAME,
    NEEDS,
    ORGANISATION,
    PHONE,
    RANK,
    ROLE,
    STATUS,
    DelegationModel,
    DelegationProxy,
)

_LETTERS = {RANK: 5, NAME: 20, FUNCTION: 16, ORGANISATION: 18, ROLE: 13, STATUS: 16,
            EMAIL: 20, PHONE: 13, NEEDS: 10}


class WaitingListLine(QStyledItemDelegate):
    """A line above the first person on the waiting list, when rows show in precedence."""

    def __init__(self, proxy: DelegationProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        model = self.proxy.sourceModel()
        if not isinstance(model, DelegationModel) or not self.proxy.is_natural():
            return
        row = self.proxy.mapToSource(self.proxy.index(index.row(), 0)).row()
        if row == model.main_count() and row > 0:
            painter.save()
            painter.setPen(QPen(option.palette.color(QPalette.ColorRole.Mid), 2))
            top = option.rect.top() + 1
            painter.drawLine(option.rect.left(), top, option.rect.right(), top)
            painter.restore()


class DelegationTable(QTableView):
    """Whole rows selected; rows dragged to a new place in the order of precedence."""

    def __init__(self, proxy: DelegationProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(proxy)
        self.proxy = proxy
        self.setItemDelegate(WaitingListLine(proxy, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragDropOverwriteMode(False)
        self.setDropIndicatorShown(True)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        unit = self.fontMetrics().averageCharWidth()
        for column, letters in _LETTERS.items():
            self.setColumnWidth(column, letters * unit + 14)
        header.sortIndicatorChanged.connect(lambda *_: self._drag_only_in_natural_order())

    def _drag_only_in_natural_order(self) -> None:
        """Dragging means "move in the order of precedence": only when that is shown."""
        self.setDragEnabled(self.proxy.is_natural())

    def selected_ids(self) -> list[int]:
        """The selected participants, top to bottom as shown."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [self.proxy.index(r, 0).data(ID_ROLE) for r in rows]

    def current_id(self) -> int | None:
        index = self.currentIndex()
        return index.siblingAtColumn(0).data(ID_ROLE) if index.isValid() else None

    def select_ids(self, ids: list[int], current: int | None = None) -> None:
        """Select these participants (those still shown) and keep `current` current."""
        selection = self.selectionModel()
        selection.clearSelection()
        flags = (selection.SelectionFlag.Select | selection.SelectionFlag.Rows)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            ident = index.data(ID_ROLE)
            if ident == current:
                selection.setCurrentIndex(index, selection.SelectionFlag.NoUpdate)
                self.scrollTo(index)
            if ident in ids:
                selection.select(index, flags)


class NoteBanner(QFrame):
    """A quiet coloured strip with a sentence and a button to dismiss it."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("delegationNote")
        self.setStyleSheet(note_style("#delegationNote", NOTE_HUE, self.palette()))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QToolButton(self)
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setAccessibleName(self.tr("Dismiss note"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def add(self, lines: list[str]) -> None:
        """Show these sentences below any not yet dismissed."""
        old = "" if self.isHidden() else self.text.text()
        self.text.setText("\n".join(x for x in (old, *lines) if x))
        self.setAccessibleName(self.text.text())
        self.show()

    def dismiss(self) -> None:
        self.text.clear()
        self.hide()
        self.dismissed.emit()
