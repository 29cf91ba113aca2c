"""The follow-ups as a table; overdue ones stand out by colour, icon and word.

Two models read a follow-up alike (FollowUpCells): a trip's few follow-ups held whole
(FollowUpModel), and the Follow-ups section's list of thousands, filtered, sorted and
paged by the database (FollowUpsTableModel, issue #16).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from delegations.services import followups
from delegations.services.dto import FollowUpRow
from delegations.services.followups import SORTABLE, FollowUpFilter, is_overdue
from delegations.storage.store import Store
from ui.after.labels import name
from ui.after.table_model import RowsModel
from ui.common.colours import error_colour
from ui.formatting import short_date
from ui.paged_model import PagedTableModel

ACTION, OWNER, DUE, STATUS, TRIP, CITY, CONTACT, GOALS = range(8)


class FollowUpCells:
    """What a follow-up row shows per column; `today` (in the home city) decides what is
    overdue. The texts are translated in the context "FollowUpModel" for both models."""

    today: date
    goal_names: Mapping[int, str]
    _icon: QIcon | None = None

    def set_context(self, today: date, goal_names: Mapping[int, str]) -> None:
        self.today, self.goal_names = today, goal_names

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("FollowUpModel", "Action"),
                QCoreApplication.translate("FollowUpModel", "Owner"),
                QCoreApplication.translate("FollowUpModel", "Due"),
                QCoreApplication.translate("FollowUpModel", "Status"),
                QCoreApplication.translate("FollowUpModel", "Trip"),
                QCoreApplication.translate("FollowUpModel", "City"),
                QCoreApplication.translate("FollowUpModel", "Contact"),
                QCoreApplication.translate("FollowUpModel", "Goals")]

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
            return QCoreApplication.translate("FollowUpModel", "Overdue")
        return None

    def _warning_icon(self) -> QIcon:
        if self._icon is None:
            style = QApplication.style()
            self._icon = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        return self._icon


class FollowUpModel(FollowUpCells, RowsModel[FollowUpRow]):
    """A few follow-up rows held whole (a trip's), sorted by a proxy."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_context(date.today(), {})

    def sort_key(self, row: FollowUpRow, column: int) -> Any:
        if column == DUE:
            return (row.due is None, (row.due or date.max).toordinal())
        if column == STATUS:
            return list(type(row.status)).index(row.status)
        return super().sort_key(row, column)


class FollowUpsTableModel(FollowUpCells, PagedTableModel[FollowUpRow]):
    """The tracker's follow-ups as the filter keeps them, fetched a page at a time and
    sorted by the database when a header is clicked."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self.set_context(date.today(), {})
        self._filter = FollowUpFilter()

    def set_filter(self, flt: FollowUpFilter, today: date,
                   goal_names: Mapping[int, str]) -> None:
        """Show what `flt` keeps (asked again from the first page)."""
        self._filter = flt
        self.set_context(today, goal_names)
        self.reload()

    def _count(self) -> int:
        return followups.count_follow_ups(self._store, self._filter, self.today)

    def _fetch(self, offset: int, limit: int | None) -> list[FollowUpRow]:
        sort, descending = self.service_sort(SORTABLE)
        return followups.filter_follow_ups(self._store, self._filter, self.today, limit=limit,
                                           offset=offset, sort=sort, descending=descending)

    def all_rows(self) -> list[FollowUpRow]:
        """Every row the filter keeps, in the order shown (for an export)."""
        return self._fetch(0, None)

    def _text(self, row: FollowUpRow, column: int) -> str:
        return self.text(row, column)

    def _extra(self, row: FollowUpRow, column: int, role: int) -> Any:
        return self.extra(row, column, role)
