"""Issue 14: the directory's and the trips' search boxes find people and places as they
are spoken, typed on a German or English keyboard: "moeller" finds Möller, "petrova"
finds Петрова, "gusev" the town and the trip to Гусев."""

from __future__ import annotations

from PySide6.QtCore import Qt

from delegations.services import cities, contacts, trips
from tests.ui.directory_support import make_page
from ui.context import AppContext
from ui.trips.view import TripsPage


def _names(view) -> list[str]:
    model = view.model()
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def _search(qtbot, pane, text: str, wanted: str) -> None:
    box = pane.filters.search
    box.setFocus()
    box.selectAll()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: _names(pane.table) == [wanted], timeout=3000)


def test_the_directory_finds_umlauts_and_cyrillic_from_plain_letters(app, qtbot, demo_store):
    town = cities.create_city(demo_store, {"name": "Гусев", "country": "RU",
                                           "timezone": "Europe/Kaliningrad"})
    contacts.create_contact(demo_store, {"name": "Ирина Петрова", "city": town.id})
    page = make_page(qtbot, demo_store)
    page.tabs.setCurrentIndex(1)
    _search(qtbot, page.contacts, "petrova", "Ирина Петрова")
    _search(qtbot, page.contacts, "moeller", "Anja Möller")
    page.tabs.setCurrentIndex(0)
    _search(qtbot, page.cities, "gusev", "Гусев")


def test_the_trips_list_finds_a_destination_spelt_in_latin_letters(app, qtbot, demo_store):
    town = cities.create_city(demo_store, {"name": "Гусев", "country": "RU",
                                           "timezone": "Europe/Kaliningrad"})
    trips.create_trip(demo_store, {"title": "Besuch in Гусев", "start": "2027-06-01",
                                   "end": "2027-06-03", "destinations": [town.id]})
    view = TripsPage(AppContext.create(demo_store))
    qtbot.addWidget(view)
    view.resize(1000, 660)
    view.show()
    qtbot.waitExposed(view)
    view.filters.search.setFocus()
    qtbot.keyClicks(view.filters.search, "gusev")
    qtbot.waitUntil(lambda: _names(view.table) == ["Besuch in Гусев"], timeout=3000)
    qtbot.keyClick(view.filters.search, Qt.Key.Key_Escape)
