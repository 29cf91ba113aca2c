"""The guest list of a seating plan as a table: merged rank (ties marked), name,
delegation and seat; rows can be dragged onto the seats of the drawing."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt

from delegations.services.seating import PlanView, card_name
from delegations.services.seating_view import GuestView

MIME = "application/x-delegations-seating-guest"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RANK, NAME, DELEGATION, SEAT = range(4)
Index = QModelIndex | QPersistentModelIndex


def rank_label(guest: GuestView) -> str:
    """'2=' for a shared rank, '–' for an interpreter (placed by the one served)."""
    if guest.rank == 0:
        return "–"
    return f"{guest.rank}{'=' if guest.tied else ''}"


def full_name(guest: GuestView) -> str:
    """Title and name, for a tooltip where the card prints the person's own form instead
    ('' when the card says just that)."""
    full = card_name(guest.name, guest.title)
    return "" if full == guest.card else full


def guest_mime(guest_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(MIME, str(guest_id).encode("ascii"))
    return mime


def guest_of(mime: QMimeData) -> int | None:
    """The guest a drag carries, or None for anything else."""
    if not mime.hasFormat(MIME):
        return None
    text = bytes(mime.data(MIME).data()).decode("ascii", "replace")
    return int(text) if text.isdigit() else None


class GuestModel(QAbstractTableModel):
    """The plan's guests in the merged order of precedence."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: PlanView | None = None
        self.guests: list[GuestView] = []

    def set_plan(self, plan: PlanView | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.guests = list(plan.guests) if plan else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.guests)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 4:
            return None
        return (self.tr("Rank"), self.tr("Name"), self.tr("Delegation"), self.tr("Seat"))[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.guests):
            return None
        guest = self.guests[index.row()]
        if role == ID_ROLE:
            return guest.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(guest, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(guest, index.column())
        return None

    def _tip(self, guest: GuestView, column: int) -> str | None:
        if column == RANK and guest.tied:
            return self.tr("Shares this rank with another guest")
        if column == NAME and full_name(guest):
            return full_name(guest)
        return None

    def _text(self, guest: GuestView, column: int) -> str:
        if column == RANK:
            return rank_label(guest)
        if column == NAME:
            return guest.card
        if column == DELEGATION:
            return guest.delegation or self.tr("Host")
        return self._seat(guest)

    def _seat(self, guest: GuestView) -> str:
        plan = self.plan
        if plan is None:
            return ""
        if guest.seated and guest.table_id is not None and guest.seat is not None:
            place = f"{plan.table(guest.table_id).name} {guest.seat + 1}"
            return self.tr("{seat}, locked").format(seat=place) if guest.locked else place
        if guest.serves_id is not None and guest.interpreter and not guest.seated:
            return self.tr("behind {name}").format(name=plan.guest(guest.serves_id).card)
        return ""

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Any) -> QMimeData:
        rows = [i.row() for i in indexes if i.isValid()]
        return guest_mime(self.guests[rows[0]].id) if rows else QMimeData()

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def row_of(self, guest_id: int) -> int:
        return next((n for n, g in enumerate(self.guests) if g.id == guest_id), -1)
