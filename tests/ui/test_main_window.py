"""The main window on a real store: the trips list, its search and filters, the overview."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from delegations.services import home, trips
from ui.main_window import MainWindow
from ui.trips import model as columns
from ui.trips.overview import TripOverview


@pytest.fixture
def window(app, qtbot, demo_store):
    win = MainWindow(demo_store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
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


def test_opens_with_the_trips_of_the_store(window, demo_store):
    assert window.windowTitle() == f"Delegations — {demo_store.label}"
    assert window.trips.model.rowCount() == min(trips.count_trips(demo_store), 100)
    assert window.sidebar.currentRow() == 0
    assert [window.sidebar.item(r).text() for r in range(4)] == [
        "Trips", "Cities & Contacts", "Follow-ups", "Documents"]


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


def test_double_click_opens_the_overview_in_local_and_home_time(window, qtbot):
    row = _row_of_sf_trip(window)
    table = window.trips.table
    table.scrollTo(window.trips.model.index(row, 0))
    where = table.visualRect(window.trips.model.index(row, columns.TITLE)).center()
    with qtbot.waitSignal(window.trips.overview_opened) as opened:
        # Qt 6's mouseDClick is only the second click of a double-click.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    overview: TripOverview = opened.args[0]
    qtbot.waitExposed(overview)
    home_city = home.get_home(window.store)
    item = next(a for a in overview.trip.agenda if a.timezone == "America/Los_Angeles")
    home_zone = ZoneInfo(home_city.timezone)
    start, end = item.start.astimezone(home_zone), item.end.astimezone(home_zone)
    text = overview.text()
    assert f"{item.start:%H:%M}–{item.end:%H:%M}" in text  # local time of the place
    assert f"{start:%H:%M}–{end:%H:%M} {home_city.name}" in text  # home time beside it
    assert overview.trip.title in overview.windowTitle()
    overview.close()


def test_enter_opens_the_current_trip(window, qtbot):
    table = window.trips.table
    table.setFocus()
    table.setCurrentIndex(window.trips.model.index(0, 0))
    with qtbot.waitSignal(window.trips.overview_opened) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args[0].trip.id == window.trips.model.trip_at(0).id
    opened.args[0].close()


def test_opening_twice_brings_the_same_window_forward(window):
    trip_id = window.trips.model.trip_at(0).id
    first = window.trips.open_trip(trip_id)
    assert window.trips.open_trip(trip_id) is first
    assert window.trips.overviews() == [first]
    first.close()


def test_keyboard_switches_sections_and_finds(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 2
    assert window.pages.currentWidget().accessibleName() == "Follow-ups"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 0
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
