"""The main window: sections on the left, the chosen section on the right, menus and status."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QStyle,
    QWidget,
)

from ui.backup_actions import add_backup_actions
from ui.common.dialogs import fit_restored, fit_to_screen
from ui.context import AppContext
from ui.dashboard.page import DashboardPage
from ui.exchange_import import add_exchange_import
from ui.help_menu import add_help_menu
from ui.sidebar import Sidebar, section_icon
from ui.trip_window.menus import add_edit_menu

if TYPE_CHECKING:
    from ui.after.followups_page import FollowUpsPage
    from ui.directory.page import DirectoryPage
    from ui.documents.page import DocumentsPage
    from ui.goals.page import GoalsPage
    from ui.trips.view import TripsPage

DEFAULT_SIZE = (1280, 800)
OVERVIEW, TRIPS, CITIES, GOALS, FOLLOW_UPS, DOCUMENTS = range(6)


def _trips_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from ui.trips.view import TripsPage

    return TripsPage(ctx, parent)


def _directory_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from ui.directory.page import DirectoryPage

    return DirectoryPage(ctx, parent)


def _goals_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from ui.goals.page import GoalsPage

    return GoalsPage(ctx, parent)


def _follow_ups_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from ui.after.followups_page import FollowUpsPage

    return FollowUpsPage(ctx, parent)


def _documents_page(ctx: AppContext, parent: QWidget) -> QWidget:
    from ui.documents.page import DocumentsPage

    return DocumentsPage(ctx, parent)


#: Sections built when first shown (or first asked for), with their imports; plain import
#: statements, so that the bundler finds the modules. Only the overview is built at start.
LATER: dict[int, Callable[[AppContext, QWidget], QWidget]] = {
    TRIPS: _trips_page, CITIES: _directory_page, GOALS: _goals_page,
    FOLLOW_UPS: _follow_ups_page, DOCUMENTS: _documents_page}


class MainWindow(QMainWindow):
    """Owns the pages; each page talks to the store through the services."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.store = ctx.store
        title = self.tr("Delegations — %1").replace("%1", ctx.store.label)
        if ctx.store.read_only:
            title += " " + self.tr("(read-only)")
        self.setWindowTitle(title)
        self.setAccessibleName(self.tr("Delegations"))
        self.sidebar = Sidebar(self)
        self.sidebar.setAccessibleName(self.tr("Sections"))
        self.pages = QStackedWidget(self)
        self.overview = DashboardPage(ctx, self.pages)
        self._summary = QLabel(self)
        self._build_sections()
        self._build_central()
        self._build_menus()
        self.statusBar().addPermanentWidget(self._summary)
        ctx.changes.failed.connect(self._step_failed)
        self._connect_pages()
        self._restore_geometry()

    def _step_failed(self, step: str, reason: str) -> None:
        self.statusBar().showMessage(
            self.tr("“%1” could not be undone or redone: %2").replace("%1", step)
            .replace("%2", reason), 10_000)

    def _build_sections(self) -> None:
        sections = [
            ("overview", self.tr("Overview"), QStyle.StandardPixmap.SP_ComputerIcon),
            ("trips", self.tr("Trips"), QStyle.StandardPixmap.SP_FileDialogDetailedView),
            ("cities", self.tr("Cities & Contacts"), QStyle.StandardPixmap.SP_DirHomeIcon),
            ("goals", self.tr("Goals"), QStyle.StandardPixmap.SP_DialogYesButton),
            ("follow-ups", self.tr("Follow-ups"), QStyle.StandardPixmap.SP_DialogApplyButton),
            ("documents", self.tr("Documents"), QStyle.StandardPixmap.SP_FileIcon),
        ]
        for row, (name, text, fallback) in enumerate(sections):
            icon = section_icon(name, self.style().standardIcon(fallback))
            self.sidebar.add_section(icon, text)
            page = self.overview if row == OVERVIEW else QWidget(self.pages)  # see _built
            page.setAccessibleName(page.accessibleName() or text)
            self.pages.addWidget(page)
        self.sidebar.currentRowChanged.connect(self._section_changed)
        self.sidebar.setCurrentRow(OVERVIEW)

    def _built(self, row: int) -> QWidget:
        """The page of section `row`, built now if it was not yet (its imports with it):
        a section nobody opens costs nothing at start."""
        page = self.pages.widget(row)
        assert page is not None
        if row not in LATER or page.property("built"):
            return page
        built = LATER[row](self.ctx, self.pages)
        built.setProperty("built", True)
        built.setAccessibleName(built.accessibleName() or page.accessibleName())
        current = self.pages.currentIndex()
        self.pages.insertWidget(row, built)
        self.pages.removeWidget(page)
        page.deleteLater()
        self.pages.setCurrentIndex(current)
        self._connect_page(built)
        if row == TRIPS:
            built.windows.contact_requested.connect(self.show_contact)  # type: ignore[attr-defined]
        return built

    def is_built(self, row: int) -> bool:
        """Whether section `row`'s page exists yet (see _built)."""
        page = self.pages.widget(row)
        return row not in LATER or bool(page is not None and page.property("built"))

    @property
    def trips(self) -> TripsPage:
        return self._built(TRIPS)  # type: ignore[return-value]

    @property
    def directory(self) -> DirectoryPage:
        return self._built(CITIES)  # type: ignore[return-value]

    @property
    def goals(self) -> GoalsPage:
        return self._built(GOALS)  # type: ignore[return-value]

    @property
    def follow_ups(self) -> FollowUpsPage:
        return self._built(FOLLOW_UPS)  # type: ignore[return-value]

    @property
    def documents(self) -> DocumentsPage:
        return self._built(DOCUMENTS)  # type: ignore[return-value]

    def _connect_pages(self) -> None:
        self._connect_page(self.overview)
        self.overview.follow_ups_requested.connect(lambda: self.show_section(FOLLOW_UPS))
        self.overview.privacy_requested.connect(lambda: self._person_data(retention=True))

    def _connect_page(self, page: QWidget) -> None:
        signal = getattr(page, "summary_changed", None)
        if signal is not None:
            signal.connect(self._page_summary)
        requested = getattr(page, "trip_requested", None)
        if requested is not None:
            requested.connect(self.open_trip)

    def _person_data(self, retention: bool = False) -> None:
        from ui.privacy.person_dialog import open_person_data

        open_person_data(self.ctx, self, retention=retention)

    def _audit_log(self) -> None:
        from ui.privacy.audit_view import open_audit_log

        open_audit_log(self.ctx, self)

    def _protocol_settings(self) -> None:
        from ui.protocol.settings_dialog import open_protocol_settings

        open_protocol_settings(self.ctx, self)

    def _settings(self) -> None:
        from ui.settings import open_settings

        open_settings(self.ctx, self)

    def _section_changed(self, row: int) -> None:
        self._built(row)
        self.pages.setCurrentIndex(row)
        self._summary.setText(str(getattr(self.pages.currentWidget(), "summary", "")))

    def _page_summary(self, text: str) -> None:
        if self.sender() is self.pages.currentWidget():
            self._summary.setText(text)

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
        self._build_file_menu(self.menuBar().addMenu(self.tr("&File")))
        add_edit_menu(self.menuBar(), self.ctx, self)
        self._build_view_menu()
        self.help_menu = add_help_menu(self, self.store.label)

    def _build_file_menu(self, menu: QMenu) -> None:
        self.new_trip_action = menu.addAction(self.tr("&New Trip…"))
        self.new_trip_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.new_trip_action.triggered.connect(self.new_trip)
        self.open_trip_action = menu.addAction(self.tr("&Open Trip"))
        self.open_trip_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Open))
        self.open_trip_action.triggered.connect(self.open_current_trip)
        menu.addSeparator()
        self._file_menu = menu
        self._contacts_place: QAction | None = menu.addSeparator()
        menu.aboutToShow.connect(self._add_contacts_actions)
        add_exchange_import(menu, self.ctx, self)
        add_backup_actions(menu, self.ctx, self)
        menu.addSeparator()
        people = menu.addAction(self.tr("Personal &Data…"))
        people.triggered.connect(lambda: self._person_data())
        audit = menu.addAction(self.tr("&Change Log…"))
        audit.triggered.connect(self._audit_log)
        protocol = menu.addAction(self.tr("P&rotocol Settings…"))
        protocol.triggered.connect(self._protocol_settings)
        menu.addSeparator()
        preferences = menu.addAction(self.tr("&Preferences…"))
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        preferences.setShortcut(QKeySequence("Ctrl+,"))
        preferences.triggered.connect(self._settings)
        self.preferences_action = preferences
        menu.addSeparator()
        quit_action = menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)

    def _add_contacts_actions(self) -> None:
        """Import vCard…, Import CSV…, Export…, Merge… of Cities & Contacts, put into the
        File menu when it first opens (they belong to that section, built then)."""
        if self._contacts_place is not None:
            self._file_menu.insertActions(self._contacts_place, self.directory.menu_actions())
            self._contacts_place = None

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

    # ------------------------------------------------------------------ actions

    def show_section(self, row: int) -> None:
        self.sidebar.setCurrentRow(row)
        if row == TRIPS:
            self.trips.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def search_trips(self) -> None:
        self.sidebar.setCurrentRow(TRIPS)
        self.trips.focus_search()

    def new_trip(self) -> None:
        self.trips.new_trip()

    def open_trip(self, trip_id: int) -> None:
        self.trips.open_trip(trip_id)

    def open_current_trip(self) -> None:
        """Open the trip chosen in the list (the list gets the focus when none is)."""
        trip_id = self.trips.current_trip_id() if self.sidebar.currentRow() == TRIPS else None
        if trip_id is None:
            self.show_section(TRIPS)
        else:
            self.trips.open_trip(trip_id)

    def show_contact(self, contact_id: int) -> None:
        """Show a contact in Cities & Contacts (from a trip window), this window in front."""
        self.sidebar.setCurrentRow(CITIES)
        self.directory.show_contact(contact_id)
        self.raise_()
        self.activateWindow()

    # ------------------------------------------------------------------ geometry

    def _restore_geometry(self) -> None:
        settings = QSettings()
        saved = settings.value("main_window/geometry")
        if not (isinstance(saved, QByteArray) and self.restoreGeometry(saved)):
            fit_restored(self, DEFAULT_SIZE)
        fit_to_screen(self)  # saved on a larger screen
        state = settings.value("main_window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        section = str(settings.value("main_window/section", OVERVIEW))
        if section.isdigit() and 0 <= int(section) < self.sidebar.count():
            self.sidebar.setCurrentRow(int(section))
        if self.sidebar.currentRow() != OVERVIEW:  # what is due, said on every start
            self.statusBar().showMessage(self.overview.summary, 20_000)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember where the window was and the section shown; close the trip windows."""
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/section", self.sidebar.currentRow())
        if self.is_built(TRIPS):
            self.trips.windows.close_all()
        super().closeEvent(event)
