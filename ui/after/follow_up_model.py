"""The follow-ups as a table; overdue ones stand out by colour, icon and word."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from delegations.services.dto import FollowUpRow
from delegations.services.followups import is_overdue
from ui.after.labels import name
from ui.after.table_model import RowsModel
from ui.common.colours import error_colour
from ui.formatting import short_date

ACTION, OWNER, DUE, STATUS, TRIP, CITY, CONTACT, GOALS = range(8)


class FollowUpModel(RowsModel[FollowUpRow]):
    """Follow-up rows; `today` (in the home city) decides what is overdue."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.today()
        self.goal_names: Mapping[int, str] = {}
        self._icon: QIcon | None = None

    def set_context(self, today: date, goal_names: Mapping[int, str]) -> None:
        self.today, self.goal_names = today, goal_names

    def headers(self) -> list[str]:
        return [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Status"),
                self.tr("Trip"), self.tr("City"), self.tr("Contact"), self.tr("Goals")]

    def overdue(self, row: FollowUpRow) -> bool:
        return is_overdue(row, self.today)

    def text(self, row: FollowUpRow, column: int) -> str:
        if column == DUE:
            return short_date(row.due) if row.due else ""
        if column == STATUS:
            return name(row.status)
        if column == GOALS:
            return ", ".join(self.goal_names.get(g, "") for g in row.goal_ids)
        texts = {ACTION: row.action, OWNER: row.owner, TRIP: row.trip_title,
                 CITY: row.city_name, CONTACT: row.contact_name}
        return texts.get(column, "")

    def sort_key(self, row: FollowUpRow, column: int) -> Any:
        if column == DUE:
            return (row.due is None, (row.due or date.max).toordinal())
        if column == STATUS:
            return list(type(row.status)).index(row.status)
        return super().sort_key(row, column)

    def extra(self, row: FollowUpRow, column: int, role: int) -> Any:
        if not self.overdue(row):
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (ACTION, DUE):
            return QBrush(error_colour())
        if role == Qt.ItemDataRole.FontRole and column == DUE:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == DUE:
            return self._warning_icon()
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return self.tr("Overdue")
        return None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon
