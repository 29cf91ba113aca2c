"""The Delegation tab of a trip window: who travels, in order of precedence.

Members are added from the directory or as new people, edited in a dialog, removed,
reordered by drag and drop or Ctrl+Up/Ctrl+Down, imported from and exported to CSV.
Every change goes through DelegationOps (undoable, announced); the tab redraws when
anything about participants, the trip or contacts changes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import RegistrationStatus
from delegations.errors import DelegationsError
from delegations.exchange.csvfile import read_csv, write_participants_csv
from delegations.exchange.preview import ImportPreview
from delegations.i18n import current_language
from delegations.progress import QUIET, Progress
from delegations.services import address, contacts, participants, trips
from delegations.services.dto import ContactRow, ParticipantRow, Promotion
from ui.common import background
from ui.common.background import file_size
from ui.common.editor import one
from ui.common.messages import ask, tell
from ui.common.ops import changed
from ui.common.own_shortcuts import local_action
from ui.common.save_place import ask_save_path, trip_file_name
from ui.context import AppContext, Change
from ui.protocol.address_box import with_forms
from ui.trip_window.delegation_editor import ParticipantEditor
from ui.trip_window.delegation_import import ParticipantImportDialog
from ui.trip_window.delegation_model import DelegationModel, DelegationProxy
from ui.trip_window.delegation_ops import DelegationOps, participant_values
from ui.trip_window.delegation_picker import ContactPicker
from ui.trip_window.delegation_view import DelegationTable, NoteBanner

D = TypeVar("D", bound=QDialog)
REDRAW_ON = (Change.PARTICIPANT, Change.TRIP, Change.CONTACT)


class DelegationTab(QWidget):
    """One trip's delegation; open dialogs are kept as `dialog` (tests answer them)."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.ops = DelegationOps(ctx, trip_id)
        self.ops.on_promotions = self.show_promotions
        self._note_step = 1 << 30  # the undo step after the change the note tells of
        ctx.undo.indexChanged.connect(self._undo_moved)
        self.dialog: QDialog | None = None
        self.capacity: int | None = None
        self.model = DelegationModel(self)
        self.model.reorder = self.ops.reorder
        self.proxy = DelegationProxy(self)
        self.proxy.setSourceModel(self.model)
        self._make_widgets()
        self._make_actions()
        self._lay_out()
        self._connect()
        self.refresh()

    # ------------------------------------------------------------------ building

    def _make_widgets(self) -> None:
        self.places = QLabel(self)
        self.places.setAccessibleName(self.tr("Places"))
        self.note = NoteBanner(self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search the delegation…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the delegation"))
        self.search.setMinimumWidth(220)
        self.table = DelegationTable(self.proxy, self)
        self.table.setAccessibleName(self.tr("Delegation in order of precedence"))
        self.hint = QLabel(self.tr("Drag rows or press Ctrl+Up / Ctrl+Down to change the "
                                   "order of precedence."), self)
        self.hint.setWordWrap(True)

    def _make_actions(self) -> None:
        self.add_contact_action = local_action(self, self.tr("Add from &Directory…"),
                                               self.add_from_directory, "Ins")
        self.add_new_action = local_action(self, self.tr("&New Participant…"), self.add_new,
                                           "Ctrl+Ins")
        self.edit_action = local_action(self, self.tr("&Edit…"), self.edit_current, "F2")
        self.remove_action = local_action(self, self.tr("&Remove"), self.remove_current,
                                          QKeySequence.StandardKey.Delete)
        self.up_action = local_action(self, self.tr("Move &Up"),
                                      lambda: self.move_selected(-1), "Ctrl+Up")
        self.down_action = local_action(self, self.tr("Move &Down"),
                                        lambda: self.move_selected(1), "Ctrl+Down")
        self.import_action = local_action(self, self.tr("&Import CSV…"), self.ask_import)
        self.export_action = local_action(self, self.tr("E&xport CSV…"), self.ask_export)

    def _button(self, action: QAction, accessible: str = "") -> QPushButton:
        button = QPushButton(action.text(), self)
        button.clicked.connect(action.trigger)
        button.setEnabled(action.isEnabled())
        action.enabledChanged.connect(button.setEnabled)
        if action.shortcut().toString():
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        button.setAccessibleName(accessible or action.text().replace("&", "").rstrip("…"))
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        self.buttons = [self._button(a) for a in (
            self.add_contact_action, self.add_new_action, self.edit_action, self.remove_action)]
        for button in self.buttons:
            top.addWidget(button)
        bottom = QHBoxLayout()
        self.move_buttons = [self._button(self.up_action), self._button(self.down_action)]
        self.file_buttons = [self._button(self.import_action),
                             self._button(self.export_action)]
        for button in self.move_buttons:
            bottom.addWidget(button)
        bottom.addWidget(self.hint, 1)
        for button in self.file_buttons:
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.places)
        layout.addWidget(self.note)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        for first, second in zip([self.search, *self.buttons, self.table],
                                 [*self.buttons, self.table, *self.move_buttons], strict=False):
            QWidget.setTabOrder(first, second)

    def _connect(self) -> None:
        self.ctx.changes.changed.connect(self._changed)
        self.search.textChanged.connect(self.proxy.set_search)
        self.table.activated.connect(lambda _index: self.edit_current())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.table.horizontalHeader().sortIndicatorChanged.connect(
            lambda *_: self._update_actions())
        self.proxy.layoutChanged.connect(self._update_actions)
        self.proxy.modelReset.connect(self._update_actions)

    # ------------------------------------------------------------------ showing

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in REDRAW_ON:
            self.refresh()

    def refresh(self) -> None:
        """Read the delegation again, keeping the selection."""
        selected, current = self.table.selected_ids(), self.table.current_id()
        try:
            self.capacity = trips.get_trip(self.ctx.store, self.trip_id).capacity
            rows = participants.list_participants(self.ctx.store, self.trip_id)
        except DelegationsError:  # the trip was deleted meanwhile
            rows = []
        self.model.set_rows(rows)
        self.table.select_ids(selected, current)
        self._show_places(rows)
        self._update_actions()

    def _show_places(self, rows: list[ParticipantRow]) -> None:
        holding = sum(p.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.REGISTERED)
                      for p in rows)
        waiting = sum(p.status == RegistrationStatus.WAITLISTED for p in rows)
        if self.capacity is None:
            text = self.tr("%n participant(s)", "", len(rows))
        else:
            text = (self.tr("%1 of %2 places taken, %3 on the waiting list")
                    .replace("%1", str(holding)).replace("%2", str(self.capacity))
                    .replace("%3", str(waiting)))
        self.places.setText(text)
        self.places.setAccessibleDescription(text)

    def show_promotions(self, promotions: list[Promotion]) -> None:
        """Say who moved up, until the user dismisses the note or undoes the change."""
        self.note.add([self.tr("%1 moved up from the waiting list.").replace("%1", p.name)
                       for p in promotions])
        self._note_step = self.ctx.undo.index()

    def _undo_moved(self, index: int) -> None:
        """The change that moved people up was undone: the note no longer holds."""
        if index < self._note_step:
            self.note.dismiss()
            self._note_step = 1 << 30

    def _update_actions(self) -> None:
        ids = self.table.selected_ids()
        one = len(ids) == 1
        self.edit_action.setEnabled(one)
        self.remove_action.setEnabled(bool(ids))
        movable = bool(ids) and self.proxy.is_natural() and all(
            not self.model.is_waiting(self.model.row_of(i)) for i in ids)
        self.up_action.setEnabled(movable and self._step_order(ids, -1) is not None)
        self.down_action.setEnabled(movable and self._step_order(ids, 1) is not None)

    def focus_search(self) -> None:
        """Where the window's Find (Ctrl+F) should lead while this tab is shown."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # ------------------------------------------------------------------ order

    def _step_order(self, ids: list[int], step: int) -> list[int] | None:
        rows = [self.model.row_of(i) for i in ids]
        if not rows or min(rows) < 0:
            return None
        target = min(rows) - 1 if step < 0 else max(rows) + 2
        if target < 0 or target > self.model.main_count():
            return None
        return self.model.order_moving(ids, target)

    def move_selected(self, step: int) -> None:
        """Move the selected people one place up (-1) or down (1) in precedence."""
        ids = self.table.selected_ids()
        order = self._step_order(ids, step) if self.proxy.is_natural() else None
        if order is None:
            return
        current = self.table.current_id()
        self._run(lambda: self.ops.reorder(order))
        self.table.select_ids(ids, current)
        self._update_actions()

    # ------------------------------------------------------------------ adding and editing

    def _taken_contacts(self) -> set[int]:
        return {p.contact_id for p in self.model_rows() if p.contact_id is not None}

    def model_rows(self) -> list[ParticipantRow]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def add_from_directory(self) -> ContactPicker:
        """Pick one contact, then confirm their role and registration in the editor; or
        several at once (Ctrl/Shift+click), added as members in one undoable step."""
        picker = ContactPicker(self.ctx.store, self._taken_contacts(), self, several=True)
        picker.accepted.connect(lambda: self._add_contacts(picker.chosen_all))
        return self._open(picker)

    def _add_contacts(self, people: list[ContactRow]) -> None:
        if len(people) <= 1:
            self._add_contact(people[0] if people else None)
            return
        self.ctx.undo.beginMacro(self.tr("Add %n participant(s)", "", len(people)))
        try:
            for person in people:
                self._run(lambda person=person: self.ops.add(
                    {**_directory_values(person), "contact": person.id}))
        finally:
            self.ctx.undo.endMacro()

    def _add_contact(self, contact: ContactRow | None) -> None:
        if contact is None:
            return
        values = _directory_values(contact)

        def commit(data: dict) -> ParticipantRow:
            return self.ops.add({**data, "contact": contact.id})

        self._open_editor(ParticipantEditor(commit, values, True, contact.name, self,
                                            self._proposer(contact.id)))

    def add_new(self) -> ParticipantEditor:
        """Someone not in the directory: an empty form."""
        return self._open_editor(ParticipantEditor(self.ops.add, None, True, "", self,
                                                   self._proposer(None)))

    def edit_current(self) -> ParticipantEditor | None:
        ids = self.table.selected_ids()
        wanted = ids[0] if ids else self.table.current_id()
        person = next((p for p in self.model_rows() if p.id == wanted), None)
        if person is None:
            return None
        old = with_forms(participant_values(person),
                         address.forms_values(self.ctx.store, participant_id=person.id))

        def commit(values: dict) -> None:
            before, after = changed(old, values)
            if after:
                self.ops.update(person.id, before, after)

        editor = ParticipantEditor(commit, old, False, self._linked(person), self,
                                   self._proposer(person.contact_id))
        store, trip_id, ident = self.ctx.store, person.trip_id, person.id
        editor.watch(lambda: with_forms(participant_values(
            one(participants.list_participants(store, trip_id), ident)),
            address.forms_values(store, participant_id=ident)))
        return self._open_editor(editor)

    def _proposer(self, contact_id: int | None) -> Callable[[dict], dict]:
        """What the office's rules propose for the person in the editor."""
        return lambda values: address.proposals(self.ctx.store, {**values,
                                                                 "contact": contact_id})

    def _linked(self, person: ParticipantRow) -> str:
        """The directory contact the person is linked to, as the editor names it."""
        if person.contact_id is None:
            return ""
        try:
            contact = contacts.get_contact(self.ctx.store, person.contact_id)
        except DelegationsError:
            return ""
        return ", ".join(x for x in (contact.name, contact.organisation) if x)

    def _open_editor(self, editor: ParticipantEditor) -> ParticipantEditor:
        editor.accepted.connect(lambda: self._select_result(editor.result_value))
        return self._open(editor)

    def _open(self, dialog: D) -> D:
        self.dialog = dialog
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _select_result(self, row: object) -> None:
        if isinstance(row, ParticipantRow):
            self.table.select_ids([row.id], row.id)

    # ------------------------------------------------------------------ removing

    def remove_current(self) -> None:
        """Ask, then take the selected people off the trip."""
        ids = self.table.selected_ids()
        people = [p for p in self.model_rows() if p.id in ids]
        if not people:
            return
        names = ", ".join(p.name for p in people)
        ask(self, self.tr("Remove Participants") if len(people) > 1 else
            self.tr("Remove Participant"),
            self.tr("Remove %1 from this trip?").replace("%1", names),
            self.tr("&Remove"), lambda: self._remove([p.id for p in people]))

    def _remove(self, ids: list[int]) -> None:
        """One step in the Edit menu, however many people were selected."""
        several = len(ids) > 1
        if several:
            self.ctx.undo.beginMacro(self.tr("Remove %1 participants").replace(
                "%1", str(len(ids))))
        try:
            for ident in ids:
                self._run(lambda ident=ident: self.ops.remove(ident))
        finally:
            if several:
                self.ctx.undo.endMacro()

    def _run(self, action: object) -> None:
        """Do an action; a refusal is told, the store stays as it was."""
        try:
            action()  # type: ignore[operator]
        except DelegationsError as exc:
            tell(self, self.tr("Not changed"), str(exc))

    # ------------------------------------------------------------------ files

    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Participants"), "",
            self.tr("CSV files (*.csv *.txt)") + ";;" + self.tr("All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str | Path) -> ParticipantImportDialog | None:
        """Read the file (nothing written) and show its preview (a large file is read in
        the background, behind a progress dialog: then None is returned and the preview
        opens when it is read); None if unreadable."""
        self.dialog = None
        background.run(
            self, self.ctx.store, self.tr("Reading “%1”…").replace("%1", Path(path).name),
            lambda progress: self._read(path, None, progress), file_size(path),
            background.BACKGROUND_BYTES, lambda preview: self._show_preview(path, preview),
            lambda text: tell(self, self.tr("File not imported"), text))
        return self.dialog if isinstance(self.dialog, ParticipantImportDialog) else None

    def _show_preview(self, path: str | Path, preview: ImportPreview) -> None:
        dialog = ParticipantImportDialog(
            preview, self.ops.import_rows, lambda mapping: self._read(path, mapping), self,
            lambda statuses: participants.waiting_if_added(self.ctx.store, self.trip_id,
                                                           statuses))
        self._open(dialog)

    def _read(self, path: str | Path, mapping: dict | None,
              progress: Progress = QUIET) -> ImportPreview:
        return read_csv(path, self.ctx.store, trip_id=self.trip_id, mapping=mapping,
                        progress=progress)

    def ask_export(self) -> None:
        name = trip_file_name(trips.get_trip(self.ctx.store, self.trip_id),
                              self.tr("Delegation"), ".csv")
        path, _ = ask_save_path(self, self.tr("Export Participants"), "csv", name,
                             self.tr("CSV for spreadsheets (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path: str | Path) -> int:
        """Write the delegation to `path`; how many (0 and a message if it failed)."""
        try:
            return write_participants_csv(self.ctx.store, self.trip_id, path,
                                          language=current_language())
        except (DelegationsError, OSError) as exc:
            tell(self, self.tr("Delegation not exported"), _reason(exc))
            return 0


def _reason(exc: Exception) -> str:
    if isinstance(exc, OSError):
        return f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": ")
    return str(exc)


def _directory_values(contact: ContactRow) -> dict[str, str]:
    """What a participant takes over from their directory entry."""
    return {"name": contact.name, "function": contact.function,
            "organisation": contact.organisation, "email": contact.email,
            "phone": contact.phone}
