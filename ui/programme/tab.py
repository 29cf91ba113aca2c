"""The Programme tab of a trip: days in local time, travel and hotels, problems beneath.

Its keyboard shortcuts (New item on Insert, Delete, Alt+Up/Down) work while
the focus is inside the tab and take precedence there over the main window's own (New
trip): the tab claims them through ShortcutOverride (ui.common.own_shortcuts).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QMenu,
    QSplitter,
    QStyle,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from delegations.errors import DelegationsError
from delegations.services import home, trips
from delegations.services.conflicts import Conflict
from delegations.services.dto import AgendaRow, StayRow, TravelRow, TripDetail
from delegations.services.timeline import AGENDA, TRAVEL, Places, build_days
from delegations.venue import held_at_home
from ui.common.messages import tell
from ui.common.own_shortcuts import Keys, OwnShortcuts, local_action
from ui.common.undo_note import UndoNote
from ui.context import AppContext, Change
from ui.programme import checks
from ui.programme.calendar_actions import CalendarActions
from ui.programme.editing import Editing
from ui.programme.model import DAY_ROLE, HOME, ID_ROLE, KIND_ROLE, TIME, WHAT, ProgrammeModel
from ui.programme.ops import ProgrammeOps
from ui.programme.problems import ProblemsPanel
from ui.seating.launch import open_seating

_REFRESH_KINDS = {Change.AGENDA, Change.TRAVEL, Change.TRIP, Change.PARTICIPANT, Change.HOME,
                  Change.CONTACT, Change.CITY}
Line = tuple[str, int]


class ProgrammeTab(OwnShortcuts):
    """One trip's programme; every change goes through the undo history."""

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.setAccessibleName(self.tr("Programme"))
        self.ops = ProgrammeOps(ctx, trip_id, self)
        self.trip: TripDetail | None = None
        self.places: Places | None = None
        self.conflicts: list[Conflict] = []
        self.seating_editor: QWidget | None = None
        self._natural = {TIME: 150, WHAT: 240}
        self._time_least = 150
        self.rows: dict[Line, AgendaRow | TravelRow | StayRow] = {}
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.model = ProgrammeModel(warning, self)
        self.tree = self._make_tree()
        self.problems = ProblemsPanel(warning, self)
        self.editing = Editing(self)
        self.calendar = CalendarActions(ctx, trip_id, self.ops.ids, self)
        self._make_actions()
        self._lay_out()
        self._connect()
        self.refresh()

    def _make_tree(self) -> QTreeView:
        tree = QTreeView(self)
        tree.setModel(self.model)
        tree.setAccessibleName(self.tr("Programme by day"))
        tree.setUniformRowHeights(True)
        tree.setAllColumnsShowFocus(True)
        tree.setAlternatingRowColors(True)
        tree.setExpandsOnDoubleClick(False)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        tree.setDragDropMode(QTreeView.DragDropMode.DragDrop)  # onto another day
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDropIndicatorShown(True)
        return tree

    def _make_actions(self) -> None:
        def action(text: str, slot: Callable[[], object], *keys: Keys) -> QAction:
            return local_action(self, text, slot, *keys)

        e = self.editing
        # Ctrl+N stays New Trip everywhere: one shortcut, one meaning
        self.new_action = action(self.tr("New &Item…"), e.new_item, "Ins")
        self.leg_action = action(self.tr("New &Travel Leg…"), e.new_leg)
        self.stay_action = action(self.tr("New &Hotel Stay…"), e.new_stay)
        self.edit_action = action(self.tr("&Edit…"), e.edit_current)
        self.copy_action = action(self.tr("&Copy to Day…"), e.ask_copy)
        self.move_action = action(self.tr("&Move to Day…"), e.ask_move)
        self.earlier_action = action(self.tr("E&arlier (15 min)"), lambda: e.shift(-15),
                                     "Alt+Up")
        self.later_action = action(self.tr("&Later (15 min)"), lambda: e.shift(15), "Alt+Down")
        self.delete_action = action(self.tr("&Delete"), e.delete_current,
                                    QKeySequence.StandardKey.Delete)
        self.seating_action = action(self.tr("&Seating…"), lambda: open_seating(self))
        self.tree.addActions([self.new_action, self.edit_action, self.copy_action,
                              self.move_action, self.earlier_action, self.later_action,
                              self.delete_action, self.seating_action])

    def _lay_out(self) -> None:
        bar = QToolBar(self)  # a narrow window keeps the rest behind the » button
        bar.setAccessibleName(self.tr("Programme actions"))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # related actions share a button with a menu, so that at 1000 px nothing (Export to
        # Calendar…) hides behind the toolbar's » button
        bar.addWidget(_grouped(bar, self.new_action, [self.leg_action, self.stay_action]))
        bar.addSeparator()
        bar.addAction(self.edit_action)
        bar.addWidget(_grouped(bar, self.move_action, [
            self.copy_action, self.earlier_action, self.later_action]))
        bar.addAction(self.delete_action)
        bar.addAction(self.seating_action)
        bar.addSeparator()
        export, *others = self.calendar.actions()
        bar.addWidget(_grouped(bar, export, others))
        self.undo_note = UndoNote(self.ctx.undo, self)  # what Delete did, with Undo
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.tree)
        split.addWidget(self.problems)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(bar)
        layout.addWidget(self.undo_note)
        layout.addWidget(split, 1)

    def _connect(self) -> None:
        self.ctx.changes.changed.connect(self._changed)
        self.tree.installEventFilter(self)
        self.tree.activated.connect(lambda _index: self.editing.edit_current())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.problems.picked.connect(lambda kind, ident: self.select((kind, ident)))
        self.problems.day_picked.connect(self.select_day)
        # after the drop has finished: refilling the model inside it would pull the rug
        self.model.dropped.connect(self.editing.dropped, Qt.ConnectionType.QueuedConnection)
        self.problems.buffer_changed.connect(self._buffer_changed)

    # ------------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read the trip again and redraw, keeping the selection where it was."""
        current = self.current_line()
        store = self.ctx.store
        try:
            self.trip = trips.get_trip(store, self.trip_id)
        except DelegationsError:  # the trip was deleted elsewhere
            self.model.removeRows(0, self.model.rowCount())
            return
        self.places = self._places(self.trip)
        self.rows = {("agenda", a.id): a for a in self.trip.agenda}
        self.rows.update({("travel", leg.id): leg for leg in self.trip.travel})
        self.rows.update({("stay", s.id): s for s in self.trip.accommodation})
        self.conflicts = checks.check_trip(store, self.trip_id)
        days = build_days(self.trip.start, self.trip.end, self.trip.agenda, self.trip.travel,
                          self.trip.accommodation, self.places.trip_zone)
        self.model.populate(days, self.places, checks.by_line(self.conflicts))
        self._arrange()
        self.problems.set_buffer(checks.buffer_minutes(store))
        self.problems.show_conflicts(self.conflicts)
        if current is None or not self.select(current):
            self._update_actions()

    def _places(self, trip: TripDetail) -> Places:
        office = home.get_home(self.ctx.store)
        home_zone = office.timezone if office else None
        return Places(trip.destinations, office.name if office else "", home_zone,
                      trip.timezone or home_zone or "UTC", held_at_home(trip.kind))

    def _arrange(self) -> None:
        root = QModelIndex()
        for row in range(self.model.rowCount()):
            self.tree.setFirstColumnSpanned(row, root, True)
        self.tree.expandAll()
        self.tree.setColumnHidden(HOME, not self.model.has_home_times)
        for column in range(self.model.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        self._natural = {c: self.tree.columnWidth(c) for c in (TIME, WHAT)}
        self._time_least = self._least_time()
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Long routes and titles are elided (the tooltip has them whole) rather than
        pushing kind and place out of sight."""
        width = self.tree.viewport().width()
        for column, share in ((TIME, 0.26), (WHAT, 0.3)):
            most = max(int(width * share), self._time_least if column == TIME else 240)
            self.tree.setColumnWidth(column, min(self._natural[column], most))

    def _least_time(self) -> int:
        """Programme times are never cut: only a travel leg's long route may be."""
        metrics = self.tree.fontMetrics()
        texts = [self.model.index(r, TIME, day).data()
                 for day in (self.model.index(d, 0) for d in range(self.model.rowCount()))
                 for r in range(self.model.rowCount(day))
                 if self.model.index(r, TIME, day).data(KIND_ROLE) == AGENDA]
        widest = max((metrics.horizontalAdvance(t) for t in texts), default=120)
        return widest + 2 * self.tree.indentation() + 24  # a day's lines sit one level in

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    # ------------------------------------------------------------------ selection

    def current_line(self) -> Line | None:
        """(kind, id) of the selected line: kind is agenda, travel or stay."""
        index = self.tree.currentIndex()
        kind = index.data(KIND_ROLE) if index.isValid() else None
        if kind in (None, "day"):
            return None
        return ("stay" if kind not in (AGENDA, TRAVEL) else kind), int(index.data(ID_ROLE))

    def current_row(self) -> AgendaRow | TravelRow | StayRow | None:
        line = self.current_line()
        return self.rows.get(line) if line else None

    def current_day(self) -> date | None:
        index = self.tree.currentIndex()
        text = index.data(DAY_ROLE) if index.isValid() else None
        return date.fromisoformat(text) if text else None

    def index_of(self, line: Line) -> QModelIndex:
        """The first line showing (kind, id), or an invalid index."""
        for day in range(self.model.rowCount()):
            head = self.model.index(day, 0)
            for row in range(self.model.rowCount(head)):
                index = self.model.index(row, 0, head)
                kind = index.data(KIND_ROLE)
                key = "stay" if kind not in (AGENDA, TRAVEL) else kind
                if (key, index.data(ID_ROLE)) == tuple(line):
                    return index
        return QModelIndex()

    def select(self, line: Line) -> bool:
        index = self.index_of(line)
        if not index.isValid():
            return False
        flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                 | QItemSelectionModel.SelectionFlag.Rows)
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)
        self._update_actions()
        return True

    def select_day(self, iso: str) -> None:
        """Bring a day's heading into view and make it current."""
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(DAY_ROLE) == iso:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
                return

    def _update_actions(self) -> None:
        row = self.current_row()
        item = isinstance(row, AgendaRow)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)
        for act in (self.copy_action, self.move_action, self.earlier_action,
                    self.later_action, self.seating_action):
            act.setEnabled(item)

    # ------------------------------------------------------------------ reacting

    def _changed(self, kind: Change, _ident: object) -> None:
        if kind in _REFRESH_KINDS:
            self.refresh()

    def _buffer_changed(self, minutes: int) -> None:
        try:
            checks.set_buffer_minutes(self.ctx.store, minutes)
        except DelegationsError as exc:
            tell(self, self.tr("Buffer not saved"), str(exc))
            return
        self.refresh()

    # ------------------------------------------------------------------ shortcuts

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The tree would take Delete (type-ahead) and Alt+arrows (moving the cursor) for
        itself: the tab's actions come first."""
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)):
            action = self.own_action(event)
            if action is not None:
                action.trigger()
                return True
        return super().eventFilter(watched, event)


def _grouped(bar: QToolBar, main: QAction, more: list[QAction]) -> QToolButton:
    """A button that does `main` and offers the rest in its menu."""
    button = QToolButton(bar)
    button.setDefaultAction(main)
    button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    menu = QMenu(button)
    menu.addActions([main, *more])
    button.setMenu(menu)
    return button
