"""Issue 14, on a 1024×700 screen: the lists keep their main column readable (a trip's
title, a city's name once got 60-90 px beside fully sized side columns), and dates are
never cut short to make room."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from ui.context import AppContext
from ui.directory.models import C_NAME
from ui.main_window import CITIES, TRIPS, MainWindow
from ui.trips import model as columns


def _window(qtbot, store) -> MainWindow:
    QSettings().remove("main_window/section")
    win = MainWindow(AppContext.create(store))
    qtbot.addWidget(win)
    win.resize(1024, 700)
    win.show()
    qtbot.waitExposed(win)
    return win


def _share(table, column: int) -> float:
    return table.columnWidth(column) / table.viewport().width()


def test_trip_titles_keep_room_and_dates_are_whole_at_1024(app, qtbot, demo_store):
    win = _window(qtbot, demo_store)
    win.show_section(TRIPS)
    QApplication.processEvents()
    table = win.trips.table
    assert _share(table, columns.TITLE) >= 0.29
    metrics = table.fontMetrics()
    for row in range(table.model().rowCount()):
        for column in (columns.FROM, columns.TO):
            text = table.model().index(row, column).data()
            assert metrics.horizontalAdvance(text) < table.columnWidth(column) - 8, text


def test_city_names_keep_room_at_1024(app, qtbot, demo_store):
    win = _window(qtbot, demo_store)
    win.show_section(CITIES)
    QApplication.processEvents()
    table = win.directory.cities.table
    assert _share(table, C_NAME) >= 0.29
