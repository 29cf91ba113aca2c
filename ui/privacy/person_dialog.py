"""Personal data…: find a person, export their data (JSON, PDF), anonymise them, and run
the retention rule with a preview of whom it would anonymise.

Everything is done by delegations.privacy; this dialog asks and shows. Anonymising cannot
be undone: the undo history is cleared afterwards, since it still holds the old values.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.i18n import current_language, gettext
from delegations.privacy.erase import anonymise_person
from delegations.privacy.export import export_json
from delegations.privacy.mentions import Mention, find_mentions
from delegations.privacy.pdf import export_pdf
from delegations.privacy.pending import STILL_PENDING
from delegations.privacy.person import Person, find_people
from delegations.privacy.retention import (
    LIMITS,
    apply_retention,
    retention_due,
    retention_months,
    set_retention_months,
)
from delegations.storage.leftovers import delete_kept_copies, kept_copies
from ui.common.dialogs import Dialog
from ui.common.messages import ask, tell
from ui.common.save_place import ask_save_path
from ui.context import AppContext, Change
from ui.privacy.models import ROW_ROLE, PeopleModel, RetentionModel, fit_columns

#: What an anonymisation or retention run may have changed.
CHANGED = (Change.PARTICIPANT, Change.CONTACT, Change.TRIP, Change.AGENDA, Change.FOLLOW_UP,
           Change.GIFT, Change.OUTCOME)


def _table(parent: QWidget, model: PeopleModel | RetentionModel) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class PersonDataDialog(Dialog):
    """Two tabs: People (export, anonymise) and Retention (period, preview, run)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.today = ctx, today or date.today()
        self.mentions: list[Mention] = []  # those shown when asking, removed if confirmed
        self.setWindowTitle(self.tr("Personal Data"))
        self.resize(820, 540)
        self.people = PeopleModel(self)
        self.due = RetentionModel(self)
        self.tabs = tabs = QTabWidget(self)
        tabs.addTab(self._people_tab(), self.tr("&People"))
        tabs.addTab(self._retention_tab(), self.tr("&Retention"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.reload()

    # ------------------------------------------------------------------ layout

    def _people_tab(self) -> QWidget:
        page = QWidget(self)
        self.search = QLineEdit(page)
        self.search.setPlaceholderText(self.tr("Search by name or e-mail"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload_people)
        self.people_view = _table(page, self.people)
        self.people_view.selectionModel().selectionChanged.connect(self._enable)
        self.export_json = QPushButton(self.tr("Export &JSON…"), page)
        self.export_pdf = QPushButton(self.tr("Export P&DF…"), page)
        self.anonymise = QPushButton(self.tr("&Anonymise…"), page)
        self.export_json.clicked.connect(lambda: self.ask_export("json"))
        self.export_pdf.clicked.connect(lambda: self.ask_export("pdf"))
        self.anonymise.clicked.connect(self.ask_anonymise)
        row = QHBoxLayout()
        for button in (self.export_json, self.export_pdf):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.anonymise)
        layout = QVBoxLayout(page)
        layout.addWidget(self.search)
        layout.addWidget(self.people_view, 1)
        layout.addLayout(row)
        return page

    def _retention_tab(self) -> QWidget:
        page = QWidget(self)
        self.months = QSpinBox(page)
        self.months.setRange(*LIMITS)
        self.months.setSuffix(self.tr(" months"))
        self.months.setAccessibleName(self.tr("Retention period"))
        self.months.editingFinished.connect(self.save_months)
        label = QLabel(self.tr("Anonymise the personal data of delegation members this long "
                               "after their &trip ends:"), page)
        label.setBuddy(self.months)
        label.setWordWrap(True)
        self.due_view = _table(page, self.due)
        self.due_label = QLabel(page)
        self.run = QPushButton(self.tr("Anonymise &Now…"), page)
        self.run.clicked.connect(self.ask_retention)
        top = QHBoxLayout()
        top.addWidget(label, 1)
        top.addWidget(self.months)
        bottom = QHBoxLayout()
        bottom.addWidget(self.due_label, 1)
        bottom.addWidget(self.run)
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.due_view, 1)
        layout.addLayout(bottom)
        return page

    # ------------------------------------------------------------------ state

    def reload(self) -> None:
        self.months.blockSignals(True)
        self.months.setValue(retention_months(self.ctx.store))
        self.months.blockSignals(False)
        self.reload_people()
        self.reload_due()

    def reload_people(self) -> None:
        self.people.set_rows(find_people(self.ctx.store, self.search.text()))
        fit_columns(self.people_view)
        self._enable()

    def reload_due(self) -> None:
        rows = retention_due(self.ctx.store, self.today)
        self.due.set_rows(rows)
        fit_columns(self.due_view)
        trips = len({r.trip_id for r in rows})
        self.due_label.setText(
            self.tr("Nobody's retention period is over.") if not rows else
            self.tr("%n delegation members of %1 trips would be anonymised.", "",
                    len(rows)).replace("%1", str(trips)))
        self.run.setEnabled(bool(rows))

    def selected(self) -> Person | None:
        rows = self.people_view.selectionModel().selectedRows()
        return rows[0].data(ROW_ROLE) if rows else None

    def select(self, key: str) -> None:
        """Select the person with `key` (for the window's callers and the tests)."""
        for row, person in enumerate(self.people.rows):
            if person.key == key:
                self.people_view.selectRow(row)
                return

    def _enable(self, *_args: object) -> None:
        chosen = self.selected() is not None
        for button in (self.export_json, self.export_pdf, self.anonymise):
            button.setEnabled(chosen)

    # ------------------------------------------------------------------ actions

    def ask_export(self, kind: str) -> None:
        person = self.selected()
        if person is None:
            return
        pattern = (self.tr("JSON files (*.json)") if kind == "json"
                   else self.tr("PDF files (*.pdf)"))
        path, _ = ask_save_path(self, self.tr("Export Personal Data"), "privacy",
                             f"{person.name}.{kind}", pattern)
        if path:
            self.export_to(Path(path), kind)

    def export_to(self, path: Path, kind: str) -> Path | None:
        """Write the selected person's data to `path`; None (and a message) on failure."""
        person = self.selected()
        if person is None:
            return None
        try:
            if kind == "json":
                return export_json(self.ctx.store, person.key, path)
            return export_pdf(self.ctx.store, person.key, path, current_language())
        except (DelegationsError, OSError) as exc:
            tell(self, self.tr("Export Personal Data"),
                 self.tr("The data could not be exported: %1").replace("%1", str(exc)))
            return None

    def ask_anonymise(self) -> None:
        person = self.selected()
        if person is None:
            return
        text = self.tr(
            "Anonymise %1?\n\nTheir name, contact details, needs and notes are removed from "
            "%n delegation(s) and the contact list; the trips keep an anonymous place, so "
            "numbers and history stay. This cannot be undone. Backups made before now still "
            "hold the data until they are rotated out.", "", person.places
        ).replace("%1", person.name)
        self.mentions = find_mentions(self.ctx.store, person.key)
        if self.mentions:  # by part of the name: removed only as confirmed here
            text += "\n\n" + self.tr("These texts name them by part of their name; the "
                                     "words shown are removed too:") + "\n" + "\n".join(
                f"• {m.word}: {m.text[:120]}" for m in self.mentions[:20])
        ask(self, self.tr("Anonymise Person"), text, self.tr("Anonymise"),
            lambda: self.anonymise_selected())

    def anonymise_selected(self) -> None:
        """Anonymise the selected person (asked already), then forget the undo history."""
        person = self.selected()
        if person is None:
            return
        try:
            done = anonymise_person(self.ctx.store, person.key,
                                    also=[m.word for m in self.mentions])
        except DelegationsError as exc:
            tell(self, self.tr("Anonymise Person"), str(exc))
            return
        self._after_erasure()
        if not done.compacted:
            tell(self, self.tr("Anonymise Person"), gettext(STILL_PENDING))
        else:
            self.offer_deleting_kept_copies()

    def offer_deleting_kept_copies(self) -> None:
        """Stores a restore kept aside still hold the person's data: offer to delete them."""
        path = self.ctx.store.path
        copies = kept_copies(path) if path is not None else []
        if path is None or not copies:
            return
        text = self.tr("These copies of the database, kept aside by a restore, still hold the "
                       "person's data. Delete them?") + "\n" + "\n".join(
            f"• {copy.name}" for copy in copies)

        def delete() -> None:
            delete_kept_copies(path)

        ask(self, self.tr("Kept Copies"), text, self.tr("Delete"), delete)

    def save_months(self) -> None:
        if self.months.value() != retention_months(self.ctx.store):
            set_retention_months(self.ctx.store, self.months.value())
            self.ctx.changes.announce(Change.HOME)
            self.reload_due()

    def ask_retention(self) -> None:
        count = self.due.rowCount()
        text = self.tr("Anonymise %n delegation member(s) whose retention period is over? "
                       "This cannot be undone.", "", count)
        ask(self, self.tr("Apply Retention"), text, self.tr("Anonymise"),
            lambda: self.apply_retention())

    def apply_retention(self) -> None:
        """Run the retention rule for today (asked already)."""
        self.save_months()
        try:
            run = apply_retention(self.ctx.store, self.today)
        except DelegationsError as exc:
            tell(self, self.tr("Apply Retention"), str(exc))
            return
        self._after_erasure()
        if not run.compacted:
            tell(self, self.tr("Apply Retention"), gettext(STILL_PENDING))

    def _after_erasure(self) -> None:
        self.ctx.undo.clear()
        self.ctx.changes.announce(*CHANGED)
        self.reload()


def open_person_data(ctx: AppContext, parent: QWidget | None = None,
                     retention: bool = False) -> PersonDataDialog:
    """Open the Personal data dialog (not modal), on its Retention tab if asked."""
    dialog = PersonDataDialog(ctx, parent)
    if retention:
        dialog.tabs.setCurrentIndex(1)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
