"""The main window on a real store: the trips list, its search and filters, menus, trip
windows and the read-only overview."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from delegations.services import home, trips
from ui.context import AppContext
from ui.dashboard.page import DashboardPage
from ui.directory.page import DirectoryPage
from ui.main_window import CITIES, DOCUMENTS, FOLLOW_UPS, GOALS, OVERVIEW, TRIPS, MainWindow
from ui.trip_window.window import TripWindow
from ui.trips import model as columns
from ui.trips.overview import TripOverview


@pytest.fixture
def window(app, qtbot, demo_store):
    QSettings().remove("main_window/section")  # a first start, whatever a test left
    win = MainWindow(AppContext.create(demo_store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.sidebar.currentRow() == OVERVIEW  # first start: what is due, what comes up
    win.show_section(TRIPS)
    return win


def _cells(win: MainWindow, column: int) -> list[str]:
    model = win.trips.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def _row_of_sf_trip(win: MainWindow) -> int:
    """The row of a trip to San Francisco that has a programme."""
    model = win.trips.model
    for row in range(model.rowCount()):
        trip = model.trip_at(row)
        if "San Francisco" in trip.destinations and trips.get_trip(win.store, trip.id).agenda:
            return row
    raise AssertionError("no trip to San Francisco with a programme")


@pytest.mark.both_engines
def test_opens_with_the_trips_of_the_store(window, demo_store):
    assert window.windowTitle() == f"Delegations — {demo_store.label}"
    assert window.trips.model.rowCount() == min(trips.count_trips(demo_store), 100)
    assert [window.sidebar.item(r).text() for r in range(window.sidebar.count())] == [
        "Overview", "Trips", "Cities & Contacts", "Goals", "Follow-ups", "Documents"]
    assert isinstance(window.pages.widget(OVERVIEW), DashboardPage)


def test_sections_are_built_when_first_shown(window, qtbot):
    from ui.after.followups_page import FollowUpsPage
    from ui.documents.page import DocumentsPage
    from ui.goals.page import GoalsPage

    assert not any(window.pages.widget(row).property("built") for row in (GOALS, DOCUMENTS))
    assert window.is_built(TRIPS) and not window.is_built(CITIES)  # the fixture showed Trips
    window.show_section(DOCUMENTS)
    assert isinstance(window.pages.currentWidget(), DocumentsPage)
    assert window.pages.currentWidget().accessibleName() == "Documents"
    assert isinstance(window.goals, GoalsPage)  # asked for: built, not shown
    assert window.sidebar.currentRow() == DOCUMENTS
    assert window.pages.currentWidget() is window.documents
    assert isinstance(window.follow_ups, FollowUpsPage)
    assert window.pages.count() == window.sidebar.count() == 6
    window.show_section(GOALS)
    assert window.pages.currentWidget() is window.goals


def test_typing_a_city_narrows_the_list(window, qtbot):
    everything = window.trips.model.total
    qtbot.keyClicks(window.trips.filters.search, "San Francisco")
    qtbot.waitUntil(lambda: 0 < window.trips.model.total < everything)
    for title, places in zip(_cells(window, columns.TITLE), _cells(window, columns.DESTINATIONS),
                             strict=True):
        assert "San Francisco" in f"{title} {places}"


def test_year_filter_narrows_the_list(window, qtbot):
    combo = window.trips.filters.year
    everything = window.trips.model.total
    year = trips.trip_years(window.store)[-1]
    combo.setCurrentIndex(combo.findData(year))
    qtbot.waitUntil(lambda: window.trips.model.total < everything)
    for row in range(window.trips.model.rowCount()):
        trip = window.trips.model.trip_at(row)
        assert trip.start.year <= year <= trip.end.year


def test_nothing_matching_shows_a_calm_message(window, qtbot):
    qtbot.keyClicks(window.trips.filters.search, "no such trip anywhere")
    qtbot.waitUntil(lambda: window.trips.empty.isVisible())
    assert window.trips.empty.heading.text() == "No trips match"


def test_double_click_opens_the_trip_window(window, qtbot):
    row = _row_of_sf_trip(window)
    table = window.trips.table
    table.scrollTo(window.trips.model.index(row, 0))
    where = table.visualRect(window.trips.model.index(row, columns.TITLE)).center()
    with qtbot.waitSignal(window.trips.trip_opened) as opened:
        # Qt 6's mouseDClick is only the second click of a double-click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    trip_window: TripWindow = opened.args[0]
    qtbot.waitExposed(trip_window)
    assert trip_window.trip_id == window.trips.model.trip_at(row).id
    assert trip_window.windowTitle().startswith(window.trips.model.trip_at(row).title)
    trip_window.close()


def test_the_overview_shows_local_and_home_time(window, qtbot):
    trip = trips.get_trip(window.store, window.trips.model.trip_at(_row_of_sf_trip(window)).id)
    home_city = home.get_home(window.store)
    overview = TripOverview(trip, home_city)
    qtbot.addWidget(overview)
    item = next(a for a in trip.agenda if a.timezone == "America/Los_Angeles")
    home_zone = ZoneInfo(home_city.timezone)
    start, end = item.start.astimezone(home_zone), item.end.astimezone(home_zone)
    text = overview.text()
    assert f"{item.start:%H:%M}–{item.end:%H:%M}" in text  # local time of the place
    assert f"{start:%H:%M}–{end:%H:%M} {home_city.name}" in text  # home time beside it
    assert trip.title in overview.windowTitle()


def test_enter_opens_the_current_trip(window, qtbot):
    table = window.trips.table
    table.setFocus()
    table.setCurrentIndex(window.trips.model.index(0, 0))
    with qtbot.waitSignal(window.trips.trip_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0].trip_id == window.trips.model.trip_at(0).id
    opened.args[0].close()


def test_the_documents_section_opens_the_trip_whose_papers_it_shows(window, qtbot):
    """A paper that lacks something is mended in its trip: "Open Trip" opens that trip."""
    window.show_section(DOCUMENTS)
    page = window.documents
    trip_id = trips.find_trip(window.store, "sf-2026")
    page.select_trip(trip_id)
    assert page.open_button.isEnabled() and page.open_button.isVisible()
    with qtbot.waitSignal(window.trips.trip_opened) as opened:
        page.open_button.click()
    assert opened.args[0].trip_id == trip_id
    assert window.trips.windows.windows() == [opened.args[0]]
    opened.args[0].close()
    page.select_trip(None)  # the yearly report has no trip to open
    assert not page.open_button.isEnabled()


def test_opening_twice_brings_the_same_window_forward(window):
    trip_id = window.trips.model.trip_at(0).id
    first = window.trips.open_trip(trip_id)
    assert window.trips.open_trip(trip_id) is first
    assert window.trips.windows.windows() == [first]
    first.close()


def _menu(win, title: str):
    return next(a.menu() for a in win.menuBar().actions() if a.text() == title)


def test_menus_have_undo_redo_and_the_directory_actions(window):
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Edit", "&View",
                                                              "&Help"]
    edit = [a for a in _menu(window, "&Edit").actions() if not a.isSeparator()]
    assert [a.shortcut().toString() for a in edit] == ["Ctrl+Z", "Ctrl+Shift+Z"]
    assert not any(a.isEnabled() for a in edit)  # nothing done yet
    file_menu = _menu(window, "&File")
    assert not window.is_built(CITIES)
    for _opened in range(2):  # the section's actions come in when the menu first opens
        file_menu.aboutToShow.emit()
    file_texts = [a.text() for a in file_menu.actions()]
    assert file_texts[:2] == ["&New Trip…", "&Open Trip"]
    assert window.is_built(CITIES)
    assert all(file_texts.count(a.text()) == 1 for a in window.directory.menu_actions())
    assert file_texts[-1] == "&Quit"
    assert window.preferences_action.shortcut().toString() == "Ctrl+,"  # ui.settings is built
    assert isinstance(window.pages.widget(CITIES), DirectoryPage)


def test_keyboard_switches_sections_and_finds(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == FOLLOW_UPS
    assert window.pages.currentWidget().accessibleName() == "Follow-ups"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == TRIPS
    qtbot.waitUntil(window.trips.filters.search.hasFocus)


def test_enter_in_the_search_moves_into_the_results(window, qtbot):
    search = window.trips.filters.search
    everything = window.trips.model.total
    search.setFocus()
    qtbot.keyClicks(search, "Hatay")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert 0 < window.trips.model.total < everything  # at once, without the typing pause
    qtbot.waitUntil(window.trips.table.hasFocus)
    assert window.trips.table.selectionModel().isRowSelected(0)


def test_ctrl_n_opens_the_new_trip_dialog(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.trips.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.trips.new_trip_dialog.isVisible())
    window.trips.new_trip_dialog.reject()


def test_a_counterpart_opens_in_cities_and_contacts(window, qtbot):
    trip_window = window.trips.open_trip(trips.find_trip(window.store, "sf-2026"))
    trip_window.tabs.setCurrentIndex(3)
    tab = trip_window.tab("contacts")
    group = tab.table.topLevelItem(0)
    assert group.text(0) == "Counterparts met in the programme"
    person = group.child(0)
    QApplication.processEvents()  # the tab, made when first shown, is laid out
    where = tab.table.visualItemRect(person).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert window.sidebar.currentRow() == CITIES
    assert window.directory.tabs.currentWidget() is window.directory.contacts
    assert window.directory.contacts.table.current_id() == person.data(0, Qt.ItemDataRole.UserRole)
    trip_window.close()


def test_a_step_whose_record_is_gone_is_dropped_not_raised(app, qtbot, demo_store):
    """An edit of a city deleted meanwhile (outside the history) cannot be undone: the
    step is dropped with a word in the status bar instead of an error inside Qt."""
    from delegations.services import cities
    from ui.context import AppContext
    from ui.undo import perform_update

    ctx = AppContext.create(demo_store)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    city = cities.create_city(demo_store, {"ref": "gdansk", "name": "Gdańsk",
                                           "relation": "partner", "timezone": "Europe/Warsaw"})
    perform_update(ctx, "Rename city", ("city",),
                   lambda values: cities.update_city(demo_store, city.id, values),
                   {"name": "Gdańsk"}, {"name": "Danzig"})
    cities.delete_city(demo_store, city.id)
    ctx.undo.undo()
    assert window.statusBar().currentMessage().startswith(
        "“Rename city” could not be undone or redone:")
    assert not ctx.undo.canRedo() or ctx.undo.count() == 0


@pytest.mark.both_engines
def test_the_overview_leads_to_the_follow_ups_and_the_privacy_tools_are_in_the_menu(
        window, demo_store):
    window.show_section(OVERVIEW)
    window.overview.follow_ups_requested.emit()
    assert window.sidebar.currentRow() == FOLLOW_UPS
    texts = set(a.text() for a in _menu(window, "&File").actions())
    assert {"Personal &Data…", "&Change Log…"} <= texts
    backups = {"&Back Up…", "&Restore from Backup…"}
    # a server database is backed up on the server, not by copying a file
    assert backups <= texts if demo_store.is_sqlite else not backups & texts


def test_the_last_section_comes_back_and_what_is_due_is_said(window, qtbot, demo_store):
    window.show_section(CITIES)
    window.close()
    again = MainWindow(AppContext.create(demo_store))
    qtbot.addWidget(again)
    assert again.sidebar.currentRow() == CITIES
    assert "due this week" in again.statusBar().currentMessage()


def test_the_retention_notice_opens_personal_data_on_its_retention_tab(window, qtbot):
    from ui.privacy.person_dialog import PersonDataDialog

    window.show_section(OVERVIEW)
    notice = window.overview.retention
    qtbot.waitUntil(notice.isVisible)
    qtbot.mouseClick(notice.review, Qt.MouseButton.LeftButton)
    [dialog] = window.findChildren(PersonDataDialog)
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 1
    assert dialog.due.rowCount() > 0
    dialog.close()
