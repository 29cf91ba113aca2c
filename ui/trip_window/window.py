"""One trip in its own window, with tabs; several can be open at once, one per trip."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTabWidget, QVBoxLayout, QWidget

from delegations.errors import NotFoundError
from delegations.services import home, trips
from ui.common.dialogs import fit_restored, fit_to_screen
from ui.context import AppContext, Change
from ui.help_menu import add_help_menu
from ui.trip_window.menus import add_edit_menu
from ui.trip_window.presence import PresenceLine
from ui.trip_window.tabs import TABS, make_tab, tab_title
from ui.trips.overview import TripOverview

DEFAULT_SIZE = (1000, 760)
GEOMETRY_KEY = "trip_window/geometry"


class TripWindow(QMainWindow):
    """The trip's tabs; the title follows the trip's, and the window closes when the trip
    is deleted. `contact_requested(id)` and `trip_requested(id)` go to the main window."""

    contact_requested = Signal(int)
    trip_requested = Signal(int)
    new_trip_requested = Signal()

    def __init__(self, ctx: AppContext, trip_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.trip_id = ctx, trip_id
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.title = trips.get_trip(ctx.store, trip_id).title  # NotFoundError: no window
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setAccessibleName(self.tr("Trip sections"))
        for spec in TABS:
            holder = QWidget(self.tabs)
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.tabs.addTab(holder, tab_title(spec))
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self.tab_at)
        self.tab_at(0)
        self._build_menus()
        self._show_title()
        ctx.changes.changed.connect(self._changed)
        self._listening = True
        self.presence: PresenceLine | None = None
        if not ctx.store.is_sqlite:  # one writer on a file: nobody else to show
            self.presence_label = QLabel(self)
            self.statusBar().addPermanentWidget(self.presence_label)
            self.presence = PresenceLine(ctx, trip_id, self.presence_label)
        self._restore_geometry()

    def tab(self, key: str) -> QWidget:
        """The widget of a tab by its key in TABS ('overview', 'contacts', …)."""
        return self.tab_at([s.key for s in TABS].index(key))

    def tab_at(self, index: int) -> QWidget:
        """A tab's widget, made the first time it is needed (a window opens quickly)."""
        holder = self.tabs.widget(index)
        layout = holder.layout() if holder is not None else None
        assert holder is not None and layout is not None, index  # every tab has a holder
        made = layout.itemAt(0) if layout.count() else None
        if made is not None and (existing := made.widget()) is not None:
            return existing
        widget = make_tab(TABS[index], self.ctx, self.trip_id, holder)
        layout.addWidget(widget)
        for name in ("contact_requested", "trip_requested"):
            signal = getattr(widget, name, None)
            if signal is not None and hasattr(signal, "connect"):
                signal.connect(getattr(self, name).emit)
        return widget

    def _build_menus(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&File"))
        new = menu.addAction(self.tr("&New Trip…"))
        new.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        new.triggered.connect(self.new_trip_requested.emit)
        overview = self.tab("overview")
        for name in ("duplicate_action", "delete_action"):
            action = getattr(overview, name, None)
            if isinstance(action, QAction):
                menu.addAction(action)
        menu.addSeparator()
        close = menu.addAction(self.tr("&Close Window"))
        close.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        close.triggered.connect(self.close)
        add_edit_menu(self.menuBar(), self.ctx, self)
        self._build_view_menu()
        self.help_menu = add_help_menu(self, self.ctx.store.label)

    def build_all_tabs(self) -> None:
        """Make every tab now (they are made when first shown), e.g. to list their keys."""
        for spec in TABS:
            self.tab(spec.key)

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&View"))
        for index in range(self.tabs.count()):
            action = menu.addAction(self.tabs.tabText(index))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, i=index: self.tabs.setCurrentIndex(i))
        menu.addSeparator()
        self.summary_action = menu.addAction(self.tr("Trip &Summary…"))
        self.summary_action.setShortcut(QKeySequence("Ctrl+I"))
        self.summary_action.triggered.connect(self.show_summary)

    def show_summary(self) -> TripOverview | None:
        """Everything about the trip on one read-only page (delegation, programme, hotels)."""
        try:
            summary = TripOverview(trips.get_trip(self.ctx.store, self.trip_id),
                                   home.get_home(self.ctx.store), self)
        except NotFoundError:
            return None
        summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        summary.show()
        return summary

    def _show_title(self) -> None:
        self.setWindowTitle(self.tr("%1 — Delegations").replace("%1", self.title))
        self.setAccessibleName(self.title)

    def _changed(self, kind: Change, ident: object) -> None:
        """Follow the trip's title; close when it is gone."""
        if kind != Change.TRIP or ident not in (None, self.trip_id):
            return
        try:
            self.title = trips.get_trip(self.ctx.store, self.trip_id).title
        except NotFoundError:
            self.close()
            return
        self._show_title()

    def _restore_geometry(self) -> None:
        saved = QSettings().value(GEOMETRY_KEY)
        if not (isinstance(saved, QByteArray) and self.restoreGeometry(saved)):
            fit_restored(self, DEFAULT_SIZE)
        fit_to_screen(self)  # saved on a larger screen

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the size for the next trip window; stop listening."""
        QSettings().setValue(GEOMETRY_KEY, self.saveGeometry())
        if self._listening:
            self.ctx.changes.changed.disconnect(self._changed)
            self._listening = False
        if self.presence is not None:
            self.presence.leave()
        super().closeEvent(event)
