"""The main window: sections on the left, the chosen section on the right, menus and status."""

from __future__ import annotations

from html import escape
from importlib import metadata

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QWidget,
)

from delegations.store import Store
from ui.placeholders import PlaceholderPage
from ui.sidebar import Sidebar, section_icon
from ui.trips.view import TripsPage

DEFAULT_SIZE = (1280, 800)


class MainWindow(QMainWindow):
    """Owns the pages; each page talks to the store through the services."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Delegations — %1").replace("%1", store.label))
        self.setAccessibleName(self.tr("Delegations"))
        self.sidebar = Sidebar(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget(self)
        self.trips = TripsPage(store, self.pages)
        self._summary = QLabel(self.trips.summary, self)
        self._build_sections()
        self._build_central()
        self._build_menus()
        self.statusBar().addPermanentWidget(self._summary)
        self.trips.summary_changed.connect(self._summary.setText)
        self._restore_geometry()

    def _build_sections(self) -> None:
        sections = [
            ("trips", self.tr("Trips"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
            ("cities", self.tr("Cities & Contacts"), QStyle.StandardPixmap.SP_DirHomeIcon),
            ("follow-ups", self.tr("Follow-ups"), QStyle.StandardPixmap.SP_DialogApplyButton),
            ("documents", self.tr("Documents"), QStyle.StandardPixmap.SP_FileIcon),
        ]
        for name, text, fallback in sections:
            icon = section_icon(name, self.style().standardIcon(fallback))
            self.sidebar.add_section(icon, text)
            page = self.trips if name == "trips" else PlaceholderPage(name, icon, self.pages)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.sidebar.setCurrentRow(0)

    def _section_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        self._summary.setVisible(self.pages.currentWidget() is self.trips)

    def _build_central(self) -> None:
        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

    # ------------------------------------------------------------------ menus

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        self._build_view_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About Delegations"))
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.show_about)

    def _build_view_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&View"))
        search = menu.addAction(self.tr("&Search Trips"))
        search.setShortcut(QKeySequence("Ctrl+F"))
        search.triggered.connect(self.search_trips)
        menu.addSeparator()
        for row in range(self.sidebar.count()):
            action = menu.addAction(self.sidebar.item(row).text().replace("&", "&&"))
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.show_section(r))
            self.addAction(action)
        self.addAction(search)

    def show_section(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)
        if row == 0:
            self.trips.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search_trips(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.trips.focus_search()

    def show_about(self) -> None:
        try:
            version = metadata.version("delegations")
        except metadata.PackageNotFoundError:
            version = "—"
        QMessageBox.about(self, self.tr("About Delegations"), self.tr(
            "<h3>Delegations %1</h3><p>Plans delegation trips and visits, prints the papers "
            "that travel with them and keeps track of the follow-ups.</p>"
            "<p>Database: %2</p>").replace("%1", version).replace("%2", escape(self.store.label)))

    # ------------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        saved = QSettings().value("main_window/geometry")
        if isinstance(saved, QByteArray) and self.restoreGeometry(saved):
            return
        self.resize(*DEFAULT_SIZE)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the window was."""
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
