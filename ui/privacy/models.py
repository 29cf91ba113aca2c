"""Read-only table models of the privacy dialogs: people, retention preview, audit log."""

from __future__ import annotations

from collections.abc import Callable, Sequence, Sized
from datetime import datetime
from functools import lru_cache
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QTableView

from delegations.i18n import current_language
from delegations.privacy.audit import AuditRow, count_audit, field_label, list_audit
from delegations.privacy.person import Person
from delegations.privacy.retention import RetentionItem
from delegations.storage.store import Store
from ui.common.table_model import TitledTableModel
from ui.formatting import clock, short_date
from ui.paged_model import PagedTableModel

R = TypeVar("R")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the row object itself


class ListModel(TitledTableModel, Generic[R]):
    """Rows as the core returns them; each column is a header and a text function."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[R] = []

    def columns(self) -> list[tuple[str, Callable[[R], str]]]:
        raise NotImplementedError

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def items(self) -> Sized:
        return self.rows

    def headers(self) -> list[str]:
        return [title for title, _text in self.columns()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns()[index.column()][1](row)
        return None


def fit_columns(view: QTableView, widest: int = 280) -> None:
    """Columns as wide as their contents, but none wider than `widest` pixels."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount() - 1):
        view.setColumnWidth(column, min(view.columnWidth(column), widest))


class PeopleModel(ListModel[Person]):
    """The people the store holds data about: name, e-mail, record, delegations."""

    def columns(self) -> list[tuple[str, Callable[[Person], str]]]:
        return [(self.tr("Name"), lambda p: p.name),
                (self.tr("E-mail"), lambda p: p.email),
                (self.tr("Record"), self._record),
                (self.tr("Delegations"), lambda p: str(p.places))]

    def _record(self, person: Person) -> str:
        return (self.tr("Contact") if person.contact_id is not None
                else self.tr("Delegation member only"))


class RetentionModel(ListModel[RetentionItem]):
    """The preview of a retention run: who, on which trip, due since when."""

    def columns(self) -> list[tuple[str, Callable[[RetentionItem], str]]]:
        return [(self.tr("Name"), lambda r: r.name),
                (self.tr("Trip"), lambda r: r.trip_title),
                (self.tr("Trip ended"), lambda r: short_date(r.trip_end)),
                (self.tr("Due since"), lambda r: short_date(r.due))]


def _local(moment: datetime) -> str:
    """When, in the computer's time, as every list shows a date and a time."""
    local = moment.astimezone()
    return f"{short_date(local.date())} {clock(local)}"


class AuditModel(PagedTableModel[AuditRow]):
    """The audit log, newest first: when, who, what was done to which record; read from
    the store a page at a time (the log grows with every change ever made). The words
    are looked up once: a view asks for thousands of cells."""

    def __init__(self, store: Store, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self._where: tuple[str | None, datetime | None, datetime | None] = (None, None, None)
        self._headers = [self.tr("When"), self.tr("Who"), self.tr("Action"),
                         self.tr("Record"), self.tr("Fields"), self.tr("Details")]
        self._entities = entity_names(self)
        self._actions = {"create": self.tr("created"), "update": self.tr("changed"),
                         "delete": self.tr("deleted"), "anonymise": self.tr("anonymised"),
                         "retention": self.tr("anonymised (retention)"),
                         "export": self.tr("exported")}
        language = current_language()
        self._field = lru_cache(maxsize=512)(lambda name: field_label(name, language))

    def set_filter(self, entity: str | None, start: datetime | None,
                   end: datetime | None) -> None:
        """Show `entity`'s entries (None: all) from `start` to before `end`."""
        self._where = (entity, start, end)
        self.reload()

    def _count(self) -> int:
        return count_audit(self._store, *self._where)

    def _fetch(self, offset: int, limit: int | None) -> list[AuditRow]:
        return list_audit(self._store, *self._where, limit=limit, offset=offset)

    def headers(self) -> list[str]:
        return self._headers

    def _text(self, row: AuditRow, column: int) -> str:
        if column == 0:
            return _local(row.at)
        if column == 3:
            return f"{self.entity(row.entity)} {row.key}".strip()
        if column == 4:
            return ", ".join(self._field(name) for name in row.fields)
        return ("", row.actor, self.action(row.action), "", "", row.detail)[column]

    def entity(self, entity: str) -> str:
        """The kind of record in the interface's language (table name if not known)."""
        return self._entities.get(entity, entity)

    def action(self, action: str) -> str:
        """The action in the interface's language."""
        return self._actions.get(action, action)


def entity_names(_obj: QObject | None = None) -> dict[str, str]:
    """Translated names of the kinds of record the audit log lists (in the context
    "AuditLog": one catalogue entry, whichever widget asks)."""
    tr = QCoreApplication.translate
    return {"trip": tr("AuditLog", "Trip"), "participant": tr("AuditLog", "Delegation member"),
            "contact": tr("AuditLog", "Contact"), "city": tr("AuditLog", "City"),
            "agenda_item": tr("AuditLog", "Programme point"),
            "travel_leg": tr("AuditLog", "Travel"), "accommodation": tr("AuditLog", "Hotel"),
            "outcome": tr("AuditLog", "Outcome"), "follow_up": tr("AuditLog", "Follow-up"),
            "gift": tr("AuditLog", "Gift"), "goal": tr("AuditLog", "Goal"),
            "setting": tr("AuditLog", "Setting"), "home": tr("AuditLog", "Home city"),
            "person": tr("AuditLog", "Person"), "budget_line": tr("AuditLog", "Budget line"),
            "trip_destination": tr("AuditLog", "Destination")}
