"""The seating editor of one programme item: the guest list beside the drawn room,
the warnings below. Every change is one step of the app's undo history: the seats
before and after are kept, so undo and redo put them back exactly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGraphicsView,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from delegations.enums import TableShape
from delegations.errors import DelegationsError
from delegations.services import seating
from delegations.services.seating import PlanView
from delegations.services.seating_view import TableView
from ui.common.dialogs import Dialog
from ui.common.messages import tell
from ui.context import AppContext, Change
from ui.seating.guest_edits import GuestEdits
from ui.seating.model import ID_ROLE, NAME, GuestModel
from ui.seating.papers import SeatingPapers
from ui.seating.scene import SeatingScene
from ui.undo import perform, perform_create

KINDS = (Change.SEATING,)


def _said(exc: DelegationsError) -> str:
    """The error in words, without the field name a validation error carries."""
    text = exc.message() if hasattr(exc, "field") else str(exc)
    return text[:1].upper() + text[1:]


class SeatingEditor(Dialog):
    """Seats for one programme item; the plan is made when first opened."""

    def __init__(self, ctx: AppContext, agenda_item_id: int, title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.item_id = ctx, agenda_item_id
        self.setWindowTitle(self.tr("Seating – {item}").format(item=title))
        self.plan: PlanView | None = None
        self.model = GuestModel(self)
        self.scene = SeatingScene(self)
        self.edits = GuestEdits(self)
        self._build()
        self.ctx.changes.changed.connect(self._changed)
        # after the drop has finished: redrawing inside it would delete the seat dropped on
        self.scene.dropped.connect(self.seat_guest, Qt.ConnectionType.QueuedConnection)
        self.scene.picked.connect(self._pick)
        self.scene.table_picked.connect(self.choose_table)
        self.resize(1100, 720)
        self.refresh()
        # the names read as the papers in the chosen language print them
        self.papers.language.currentIndexChanged.connect(self.refresh)
        if self.plan is not None:
            self.papers.show_trip(self.plan.trip_id)

    # ------------------------------------------------------------------ layout

    def _build(self) -> None:
        self.guests = QTableView(self)
        self.guests.setModel(self.model)
        self.guests.setAccessibleName(self.tr("Guests by rank"))
        self.guests.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.guests.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.guests.setDragEnabled(True)
        self.guests.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.guests.verticalHeader().hide()
        self.guests.horizontalHeader().setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.view = QGraphicsView(self.scene, self)
        self.view.setAccessibleName(self.tr("Tables and seats"))
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setAcceptDrops(True)
        self.warnings = QListWidget(self)
        self.warnings.setAccessibleName(self.tr("Seating warnings"))
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.guests)
        split.addWidget(self.view)
        split.setStretchFactor(1, 3)
        split.setSizes([480, 820])
        below = QSplitter(Qt.Orientation.Vertical, self)
        below.addWidget(split)
        below.addWidget(self.warnings)
        below.setStretchFactor(0, 5)
        below.setSizes([600, 110])
        layout = QVBoxLayout(self)
        layout.addWidget(self._toolbar())
        layout.addWidget(self._guest_bar())
        self.papers = SeatingPapers(self)
        layout.addWidget(self.papers)
        layout.addWidget(below, 1)

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self)
        bar.setAccessibleName(self.tr("Seating actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)

        def action(text: str, slot: Callable[[], Any], key: str = "") -> QAction:
            act = QAction(text, self)
            if key:
                act.setShortcut(QKeySequence(key))
            act.triggered.connect(slot)
            bar.addAction(act)
            return act

        self.propose_action = action(self.tr("&Propose"), self.propose, "Ctrl+P")
        self.lock_action = action(self.tr("&Lock / Unlock"), self.toggle_lock, "Ctrl+L")
        self.unseat_action = action(self.tr("&Off the Tables"), self.unseat)
        self.table_action = action(self.tr("Add &Table…"), self.ask_table)
        bar.addSeparator()
        self.table_box = QComboBox(self)
        self.table_box.setAccessibleName(self.tr("Table"))
        self.table_box.setToolTip(self.tr("The table the table actions work on (or click "
                                          "one of its seats)"))
        self.table_box.currentIndexChanged.connect(self._table_chosen)
        bar.addWidget(self.table_box)
        self.both_sides_action = action(self.tr("On &Both Sides"),
                                        lambda: self.set_both_sides(
                                            self.both_sides_action.isChecked()))
        self.both_sides_action.setCheckable(True)
        self.both_sides_action.setToolTip(self.tr(
            "Seat the chosen table on both sides: host in the middle of one side, principal "
            "guest opposite (a round table becomes a long one)"))
        bar.addSeparator()
        self.undo_action = self.ctx.undo.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.ctx.undo.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        bar.addActions([self.undo_action, self.redo_action])
        return bar

    def _guest_bar(self) -> QToolBar:
        """The guest list and the office's rules: who is invited, ranks, couples, pairs."""
        bar = QToolBar(self)
        bar.setAccessibleName(self.tr("Guest list actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        edits = self.edits
        for text, slot in ((self.tr("Add &Guest…"), edits.ask_guest),
                           (self.tr("Re&move Guest"), edits.ask_remove),
                           (self.tr("Ra&nk…"), edits.ask_rank),
                           (self.tr("Partn&er…"), edits.ask_partner),
                           (self.tr("Part &Couple"), self._part),
                           (self.tr("Keep &Apart…"), edits.ask_apart),
                           (self.tr("Allow Toget&her…"), edits.ask_together)):
            bar.addAction(text).triggered.connect(slot)
        bar.addSeparator()
        self.couples_action = bar.addAction(self.tr("Keep Couples Together"))
        self.interpreters_action = bar.addAction(self.tr("Interpreters at the Table"))
        for act, rule in ((self.couples_action, "couples_together"),
                          (self.interpreters_action, "interpreters_at_table")):
            act.setCheckable(True)
            act.triggered.connect(lambda on, rule=rule: self.edits.set_rule(rule, on))
        return bar

    def _part(self) -> None:
        guest = self.current_guest()
        if guest is not None:
            self.edits.set_partner(guest, None)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the plan again (making it on first use) and redraw; each guest named by
        the card line the papers print in the language chosen beside them."""
        store = self.ctx.store
        try:
            language = str(self.papers.language.currentData())
            self.plan = seating.plan_of_item(store, self.item_id, language)
            if self.plan is None:
                plan_id = seating.create_plan(store, self.item_id,
                                              head_name=self.tr("Head table"), head_seats=8)
                self.plan = seating.get_plan(store, plan_id, language)
        except DelegationsError as exc:
            tell(self, self.tr("Seating"), str(exc))
            return
        selected = self.current_guest()
        self.model.set_plan(self.plan)
        self.scene.show_plan(self.plan)
        self.warnings.clear()
        self.warnings.addItems([w.message() for w in self.plan.warnings])
        self.couples_action.setChecked(self.plan.couples_together)
        self._fill_tables()
        self.interpreters_action.setChecked(self.plan.interpreters_at_table)
        if selected is not None:
            self._pick(selected)

    def _changed(self, kind: str, _ident: object) -> None:
        if kind in (Change.SEATING, Change.PARTICIPANT, Change.CONTACT, Change.AGENDA):
            self.refresh()

    def current_guest(self) -> int | None:
        index = self.guests.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _pick(self, guest_id: int) -> None:
        row = self.model.row_of(guest_id)
        if row >= 0:
            self.guests.selectRow(row)

    # ------------------------------------------------------------------ changing

    def _change(self, text: str, do: Callable[[], Any],
                table: tuple[int, dict[str, Any]] | None = None) -> bool:
        """Run `do` as one undoable step; an error is told, nothing recorded. `table`:
        a table's id and the fields `do` changes, as they were (undo writes them back)."""
        if self.plan is None:
            return False
        store, plan_id = self.ctx.store, self.plan.id
        before = seating.seats(store, plan_id)
        after: dict[str, Any] = {}

        def run() -> None:
            do()
            after["seats"] = seating.seats(store, plan_id)

        def undo() -> None:
            if table is not None:
                seating.update_table(store, table[0], table[1])
            seating.restore_seats(store, plan_id, before)

        def redo() -> None:
            if table is not None:
                do()
            seating.restore_seats(store, plan_id, after["seats"])

        try:
            perform(self.ctx, text, KINDS, run, undo=undo, redo=redo)
        except DelegationsError as exc:
            tell(self, text, _said(exc))
            return False
        return True

    def seat_guest(self, guest_id: int, table_id: int, seat: int) -> bool:
        """Seat a guest (someone already there changes places with them)."""
        return self._change(self.tr("Seat guest"), lambda: seating.seat_guest(
            self.ctx.store, guest_id, table_id, seat))

    def propose(self) -> bool:
        assert self.plan is not None
        plan_id = self.plan.id
        return self._change(self.tr("Propose seating"),
                            lambda: seating.propose(self.ctx.store, plan_id))

    def toggle_lock(self) -> bool:
        guest = self.current_guest()
        if guest is None or self.plan is None:
            return False
        locked = not self.plan.guest(guest).locked
        return self._change(self.tr("Lock seat") if locked else self.tr("Unlock seat"),
                            lambda: seating.set_locked(self.ctx.store, guest, locked))

    def unseat(self) -> bool:
        guest = self.current_guest()
        if guest is None:
            return False
        return self._change(self.tr("Take guest off the tables"),
                            lambda: seating.seat_guest(self.ctx.store, guest, None))

    def chosen_table(self) -> TableView | None:
        """The table the table actions work on (the head table until another is chosen)."""
        ident = self.table_box.currentData()
        tables = self.plan.tables if self.plan else ()
        return next((t for t in tables if t.id == ident), None)

    def choose_table(self, table_id: int) -> None:
        index = self.table_box.findData(table_id)
        if index >= 0:
            self.table_box.setCurrentIndex(index)

    def _fill_tables(self) -> None:
        """The tables in the chooser, keeping the one chosen."""
        chosen = self.table_box.currentData()
        self.table_box.blockSignals(True)
        self.table_box.clear()
        for table in self.plan.tables if self.plan else ():
            self.table_box.addItem(table.name, table.id)
        self.table_box.blockSignals(False)
        self.choose_table(chosen)
        self._table_chosen()

    def _table_chosen(self, _index: int = 0) -> None:
        table = self.chosen_table()
        self.both_sides_action.setEnabled(table is not None
                                          and table.shape != TableShape.ROW)
        self.both_sides_action.setChecked(table is not None and table.near_side < table.seats)

    def set_both_sides(self, on: bool) -> bool:
        """Seat the chosen table on both sides (host in the middle of one side, principal
        guest opposite) or on one side, undoably; a round table becomes a long one, and
        everyone keeps their place of honour."""
        table = self.chosen_table()
        if table is None or table.shape == TableShape.ROW:
            return False
        store, ident = self.ctx.store, table.id
        changes = {"both_sides": on, **({"shape": TableShape.LONG.value} if on else {})}
        text = (self.tr("Seat {table} on both sides") if on
                else self.tr("Seat {table} on one side")).format(table=table.name)
        done = self._change(text, lambda: seating.update_table(store, ident, changes),
                            table=(ident, {"both_sides": table.both_sides,
                                           "shape": table.shape.value}))
        self._table_chosen()  # a refused change leaves the check as the table is
        return done

    def ask_table(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add Table"), self.tr(
            "Name of the round table (seats after a comma, e.g. Förde, 8):"))
        if ok:
            self.add_table(name)

    def add_table(self, text: str) -> bool:
        """A round table from 'Name, seats' (8 seats if none are given)."""
        name, _, count = text.partition(",")
        seats: Any = count.strip() or 8
        data = {"name": name.strip(), "shape": "round",
                "seats": int(seats) if str(seats).isdigit() else seats}
        assert self.plan is not None
        plan_id, store = self.plan.id, self.ctx.store
        try:
            perform_create(self.ctx, self.tr("Add table"), KINDS,
                           lambda: seating.add_table(store, plan_id, data),
                           lambda ident: seating.remove_table(store, ident))
        except DelegationsError as exc:
            tell(self, self.tr("Add Table"), _said(exc))
            return False
        return True
