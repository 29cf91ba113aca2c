"""The audit log window: who changed which record and when, filtered by record type and date.

The log names fields, never their values (see delegations.privacy.audit), so it can be
shown to anyone who may see the database.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from delegations.privacy.audit import audit_entities
from ui.common.dates import DateEdit
from ui.common.dialogs import Dialog
from ui.context import AppContext, Change
from ui.privacy.models import AuditModel, entity_names, fit_columns

DEFAULT_DAYS = 90


def _start_of(day: QDate) -> datetime:
    """Local midnight of `day`, as an aware datetime."""
    return datetime.combine(date(day.year(), day.month(), day.day()), time()).astimezone()


class AuditLogDialog(Dialog):
    """A table of the audit log with a record-type filter and a date range."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit Log"))
        self.resize(900, 520)
        self.model = AuditModel(ctx.store, self)
        self.entity = QComboBox(self)
        self.entity.setAccessibleName(self.tr("Record type"))
        today = QDate.currentDate()
        self.start = self._date_edit(today.addDays(-DEFAULT_DAYS), self.tr("From"))
        self.end = self._date_edit(today, self.tr("To"))
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.count = QLabel(self)
        self._layout()
        self._fill_entities()
        self.entity.currentIndexChanged.connect(self.reload)
        self.start.dateChanged.connect(self.reload)
        self.end.dateChanged.connect(self.reload)
        ctx.changes.changed.connect(self._changed)
        self.reload()

    def _date_edit(self, day: QDate, name: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setDate(day)
        edit.setAccessibleName(name)
        return edit

    def _layout(self) -> None:
        filters = QHBoxLayout()
        form = QFormLayout()
        form.addRow(self.tr("&Record type:"), self.entity)
        filters.addLayout(form)
        for label, edit in ((self.tr("&From:"), self.start), (self.tr("&To:"), self.end)):
            text = QLabel(label, self)
            text.setBuddy(edit)
            filters.addWidget(text)
            filters.addWidget(edit)
        filters.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("The log names the fields that changed, never their contents."),
                      self)
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _fill_entities(self) -> None:
        self.entity.blockSignals(True)
        current = self.entity.currentData()
        self.entity.clear()
        self.entity.addItem(self.tr("All records"), None)
        names = entity_names(self)
        for name in audit_entities(self.ctx.store):
            self.entity.addItem(names.get(name, name), name)
        index = self.entity.findData(current)
        self.entity.setCurrentIndex(max(index, 0))
        self.entity.blockSignals(False)

    def set_filter(self, entity: str | None, start: QDate, end: QDate) -> None:
        """Show `entity`'s entries (None: all) from `start` to `end`, both days included."""
        self.entity.setCurrentIndex(max(self.entity.findData(entity), 0))
        self.start.setDate(start)
        self.end.setDate(end)
        self.reload()

    def _changed(self, _kind: Change, _ident: object) -> None:
        self._fill_entities()
        self.reload()

    def reload(self) -> None:
        """Read the first page again (newest first); the rest comes as the table scrolls."""
        start, end = self.start.date(), self.end.date()
        self.model.set_filter(self.entity.currentData(), _start_of(start),
                              _start_of(end) + timedelta(days=1))
        self.count.setText(self.tr("%n entries", "", self.model.total))
        fit_columns(self.table, 360)


def open_audit_log(ctx: AppContext, parent: QWidget | None = None) -> AuditLogDialog:
    """Open the audit log (not modal) and return it."""
    dialog = AuditLogDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
