"""The room drawn from above: the head table across the top, the other tables in a
grid; each seat shows who sits there with their rank and takes guests dropped on it.

Seats are numbered as in the core (seating_proposal): a head or long table's seat 0
is at the host's left, the reader's right (a table seated on both sides has the far
side below it, seat a + k across from seat k); a round table's seat 0 at the top.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDrag, QPen
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneDragDropEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QWidget,
)

from delegations.enums import TableShape
from delegations.services.seating import PlanView
from delegations.services.seating_view import GuestView, TableView
from ui.seating.model import full_name, guest_mime, guest_of, rank_label

SEAT_W, SEAT_H = 132.0, 44.0
CELL_W, CELL_H = 460.0, 330.0
FREE, TAKEN, LOCKED, WARN = "#f4f6f9", "#dfe8f3", "#f1e3c8", "#b3261e"


class SeatItem(QGraphicsRectItem):
    """One seat: a box with the name and rank; a drop target and a drag source."""

    def __init__(self, scene: SeatingScene, table: TableView, seat: int,
                 guest: GuestView | None, warned: bool) -> None:
        super().__init__(-SEAT_W / 2, -SEAT_H / 2, SEAT_W, SEAT_H)
        self.room, self.table_id, self.seat, self.guest = scene, table.id, seat, guest
        self.setAcceptDrops(True)
        colour = FREE if guest is None else LOCKED if guest.locked else TAKEN
        self.setBrush(QBrush(QColor(colour)))
        edge = WARN if warned else "#5f4b1e" if guest is not None and guest.locked else "#9aa5b1"
        self.setPen(QPen(QColor(edge), 2 if warned or (guest and guest.locked) else 1))
        self.setFlag(QGraphicsRectItem.GraphicsItemFlag.ItemIsSelectable, guest is not None)
        self._write()

    def _write(self) -> None:
        guest = self.guest
        label = self.label = QGraphicsTextItem(self)  # kept: PySide would drop it
        label.setTextWidth(SEAT_W - 6)
        if guest is None:
            label.setPlainText(str(self.seat + 1))
            label.setDefaultTextColor(QColor("#8a939d"))
        else:
            label.setPlainText(f"{rank_label(guest)} · {guest.card}")
            lines = (guest.card, full_name(guest), guest.delegation)
            self.setToolTip("\n".join(line for line in lines if line))
            if guest.locked:
                label.setPlainText(label.toPlainText() + " ■")
        font = label.font()
        font.setPointSizeF(7.5)
        label.setFont(font)
        label.setPos(-SEAT_W / 2 + 3, -SEAT_H / 2 + 1)

    def accept(self, guest_id: int | None) -> bool:
        """Take the guest a drop carries (what a drop on this seat does)."""
        if guest_id is None:
            return False
        self.room.dropped.emit(guest_id, self.table_id, self.seat)
        return True

    def dragEnterEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(guest_of(event.mimeData()) is not None)

    def dropEvent(self, event: QGraphicsSceneDragDropEvent) -> None:
        event.setAccepted(self.accept(guest_of(event.mimeData())))

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mousePressEvent(event)
        self.room.table_picked.emit(self.table_id)
        if self.guest is not None:
            self.room.picked.emit(self.guest.id)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.guest is None or not (event.buttons() & Qt.MouseButton.LeftButton):
            return
        drag = QDrag(event.widget())
        drag.setMimeData(guest_mime(self.guest.id))
        drag.exec(Qt.DropAction.MoveAction)


class SeatingScene(QGraphicsScene):
    """The tables of one plan; announces drops, the guest picked and the table of the
    seat clicked (the one the table actions work on)."""

    dropped = Signal(int, int, int)  # guest, table, seat
    picked = Signal(int)
    table_picked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.seats: dict[tuple[int, int], SeatItem] = {}

    def show_plan(self, plan: PlanView | None) -> None:
        self.clear()
        self.seats = {}
        if plan is None:
            return
        warned = {w.guest_id for w in plan.warnings}
        head = [t for t in plan.tables if t.head]
        others = [t for t in plan.tables if not t.head]
        columns = max(1, min(3, len(others)))
        cell_w = max([CELL_W] + [t.near_side * (SEAT_W + 8) + 40 for t in others
                                 if t.shape != TableShape.ROUND])  # long tables fit
        width = max(columns * cell_w, (head[0].near_side * (SEAT_W + 8) + 40) if head else 0)
        below = 230 if head and head[0].near_side < head[0].seats else 170
        if head:
            self._straight(plan, head[0], QRectF(0, 0, width, 150), warned)
        for n, table in enumerate(others):
            row, column = divmod(n, columns)
            box = QRectF(column * cell_w, below + row * CELL_H, cell_w, CELL_H)
            if table.shape == TableShape.ROUND:
                self._round(plan, table, box, warned)
            else:
                self._straight(plan, table, box, warned)
        self.setSceneRect(self.itemsBoundingRect().adjusted(-20, -20, 20, 20))

    def _seat(self, plan: PlanView, table: TableView, seat: int, at: QPointF,
              warned: set[int]) -> None:
        guest = plan.at(table.id, seat)
        item = SeatItem(self, table, seat, guest, guest is not None and guest.id in warned)
        item.setPos(at)
        self.addItem(item)
        self.seats[(table.id, seat)] = item

    def _caption(self, table: TableView, at: QPointF) -> None:
        text = QGraphicsSimpleTextItem(table.name)
        font = text.font()
        font.setBold(True)
        text.setFont(font)
        text.setPos(at - QPointF(text.boundingRect().width() / 2, 0))
        self.addItem(text)

    def _straight(self, plan: PlanView, table: TableView, box: QRectF,
                  warned: set[int]) -> None:
        """Seats in a line above the table (a row of chairs has no table); a table seated
        on both sides has the principal guest's side below it, straight across."""
        step, near = SEAT_W + 8, table.near_side
        length = near * step
        left = box.center().x() - length / 2
        if table.shape == TableShape.LONG:
            bar = QGraphicsRectItem(left, box.top() + 70, length, 28)
            bar.setBrush(QBrush(QColor("#e8edf3")))
            self.addItem(bar)
        two = near < table.seats
        self._caption(table, QPointF(box.center().x(), box.top() + (74 if two else 104)))
        for seat in range(table.seats):
            far, place = (0, seat) if seat < near else (1, seat - near)
            x = left + length - (place + 0.5) * step  # seat 0 at the host's left
            self._seat(plan, table, seat, QPointF(x, box.top() + (128 if far else 40)),
                       warned)

    def _round(self, plan: PlanView, table: TableView, box: QRectF, warned: set[int]) -> None:
        centre, radius = box.center(), 62.0
        disc = QGraphicsEllipseItem(centre.x() - radius, centre.y() - radius, 2 * radius,
                                    2 * radius)
        disc.setBrush(QBrush(QColor("#e8edf3")))
        self.addItem(disc)
        self._caption(table, centre - QPointF(0, 8))
        for seat in range(table.seats):
            angle = math.radians(90 + seat * 360 / table.seats)
            reach = radius + 34 + abs(math.cos(angle)) * (SEAT_W / 2 + 4)
            self._seat(plan, table, seat, QPointF(centre.x() + reach * math.cos(angle),
                                                  centre.y() - reach * math.sin(angle)),
                       warned)
