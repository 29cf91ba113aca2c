"""The New-trip dialog from the Trips page: checked as typed, OK only when valid,
an undoable create that opens the new trip's window."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox

from delegations.enums import TripKind
from delegations.errors import NotFoundError
from delegations.services import cities, trips
from tests.ui.trip_support import answer, trip_of
from ui.context import AppContext
from ui.trips.view import TripsPage


@pytest.fixture
def page(app, qtbot, demo_store):
    page = TripsPage(AppContext.create(demo_store))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_a_citizens_trip_is_created_and_opened(page, qtbot):
    dialog = page.new_trip()
    form = dialog.form
    assert not _ok(dialog).isEnabled() and dialog.note.text() == "Enter a title to go on."
    assert not form.fields["capacity"].isEnabled()
    form.fields["kind"].setCurrentIndex(form.fields["kind"].findData(TripKind.CITIZENS.value))
    assert form.fields["capacity"].isEnabled()
    form.fields["title"].setFocus()
    form.fields["title"].insert("Bürgerreise Århus")
    form.fields["start"].setDate(QDate(2027, 6, 4))
    assert form.value("end") == date(2027, 6, 6)  # the end moved with the start
    assert form.value("ref") == "burgerreise-arhus-2027"
    form.fields["capacity"].insert("fünfzig")
    assert form.message("capacity") == "'fünfzig' is not a whole number"
    assert not _ok(dialog).isEnabled()
    form.fields["capacity"].setText("50")
    aarhus = next(c for c in cities.list_cities(page.ctx.store) if c.name == "Aarhus")
    picker = form.fields["destinations"]
    picker.choice.setCurrentIndex(picker.choice.findData(aarhus.id))
    picker.add_button.click()
    assert _ok(dialog).isEnabled()
    with qtbot.waitSignal(page.trip_opened) as opened:
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    trip = trip_of(page.ctx.store, "burgerreise-arhus-2027")
    assert (trip.kind, trip.capacity, trip.start, trip.end) == (
        TripKind.CITIZENS, 50, date(2027, 6, 4), date(2027, 6, 6))
    assert trip.destination_names == ("Aarhus",)
    assert opened.args[0].trip_id == trip.id
    assert page.current_trip_id() == trip.id
    assert page.ctx.undo.undoText() == "New trip “Bürgerreise Århus”"
    page.ctx.undo.undo()  # undo deletes it again, and its window closes
    with pytest.raises(NotFoundError):
        trips.get_trip(page.ctx.store, trip.id)
    qtbot.waitUntil(lambda: page.windows.windows() == [])


def test_end_before_start_keeps_ok_disabled(page):
    dialog = page.new_trip()
    dialog.form.fields["title"].insert("Kurzbesuch")
    assert _ok(dialog).isEnabled()
    dialog.form.fields["end"].setDate(dialog.form.value("start").replace(year=2020))
    start = dialog.form.value("start")
    assert dialog.form.message("end").endswith(f"is before the start date {start}")
    assert not _ok(dialog).isEnabled()
    assert dialog.note.text() == "Correct the fields marked in red to go on."
    before = trips.count_trips(page.ctx.store)
    dialog.accept()  # Enter in a field does the same: nothing is made
    assert dialog.isVisible() and trips.count_trips(page.ctx.store) == before
    dialog.reject()


def test_the_button_opens_the_dialog(page, qtbot):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    assert page.new_trip_dialog.isVisible()
    page.new_trip_dialog.reject()


def test_delete_key_on_the_list_asks_and_deletes(page, qtbot):
    row = next(r for r in range(page.model.rowCount())
               if page.model.trip_at(r).title == "Delegationsreise nach Hatay")
    page.table.setFocus()
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert "“Delegationsreise nach Hatay”" in answer(page, "Delete Trip")
    assert "Delegationsreise nach Hatay" not in [
        page.model.trip_at(r).title for r in range(page.model.rowCount())]
