"""Badge colours per delegation in the Protocol tab: each delegation of the trip with
its colour; choosing another (or the palette's again) is one undoable step. Delegations
sharing a colour are said to (a forum with more delegations than the palette's colours):
the badges then tell them apart by the delegation's name alone."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import badges
from ui.common.messages import tell
from ui.context import AppContext, Change
from ui.undo import perform

KINDS = (Change.HOME,)


class BadgeColoursBox(QGroupBox):
    """Delegations and their badge colours; `set_colour` is what the button does."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Badge colours"))
        self.ctx, self.trip_id = ctx, trip_id
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(self.tr("Badge colours per delegation"))
        self.table.setHorizontalHeaderLabels([self.tr("Delegation"), self.tr("Colour")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMaximumHeight(150)
        self.choose_button = QPushButton(self.tr("Choose &Colour…"), self)
        self.choose_button.clicked.connect(self._ask)
        self.reset_button = QPushButton(self.tr("Palette Colour"), self)
        self.reset_button.clicked.connect(lambda: self.set_colour(self.current(), None))
        self.shared_note = QLabel(self.tr(
            "Some delegations share a colour: their badges differ only by the delegation's "
            "name. Choose another colour to tell them apart at a glance."), self)
        self.shared_note.setWordWrap(True)
        self.shared_note.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.reset_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.shared_note)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """The trip's delegations with their colours, the selection kept."""
        current = self.current()
        try:
            colours = badges.trip_colours(self.ctx.store, self.trip_id)
        except DelegationsError:
            return
        shared = badges.sharing(colours)
        self.table.setRowCount(len(colours))
        for row, (name, colour) in enumerate(colours.items()):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, self._swatch(colour, shared.get(name, ())))
            if name == current:
                self.table.selectRow(row)
        self.shared_note.setVisible(bool(shared))

    def _swatch(self, colour: str, others: tuple[str, ...]) -> QTableWidgetItem:
        """'#1f3a5f', or '#1f3a5f – same as Brest' where another delegation has it too."""
        text = colour
        if others:
            text = self.tr("%1 – same as %2").replace("%1", colour).replace(
                "%2", ", ".join(others))
        swatch = QTableWidgetItem(text)
        swatch.setBackground(QColor(colour))
        swatch.setForeground(QColor("#ffffff"))
        return swatch

    def current(self) -> str:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        return item.text() if item is not None else ""

    def _ask(self) -> None:
        name = self.current()
        if not name:
            return
        old = badges.trip_colours(self.ctx.store, self.trip_id).get(name, "#1f3a5f")
        colour = QColorDialog.getColor(QColor(old), self, self.tr("Badge Colour of %1")
                                       .replace("%1", name))
        if colour.isValid():
            self.set_colour(name, colour.name())

    def set_colour(self, delegation: str, colour: str | None) -> bool:
        """Give `delegation` its colour (None: the palette's), undoably."""
        if not delegation:
            return False
        store = self.ctx.store
        before = badges.get_colours(store)
        try:
            perform(self.ctx, self.tr("Change badge colour"), KINDS,
                    lambda: badges.choose_colour(store, delegation, colour),
                    lambda: badges.set_colours(store, before))
        except DelegationsError as exc:
            tell(self, self.tr("Badge colours"), str(exc))
            return False
        return True
