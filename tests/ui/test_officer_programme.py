"""Issue 14, the programme as an officer plans it: problems shown before people are added,
day offsets beside every time of another day."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QToolButton

from delegations.services import agenda, cities, home, travel, trips
from delegations.storage.store import Store
from tests.stores import opened_copy
from tests.ui.programme_support import item_named, line_of, make_tab
from ui.app import use_language
from ui.formatting import short_date
from ui.programme.model import PROBLEMS_ROLE

SF = "America/Los_Angeles"


@pytest.fixture
def empty_trip(migrated_file: Path, tmp_path: Path) -> Iterator[tuple[Store, int]]:
    """A trip to San Francisco with flights and a programme but nobody in the delegation."""
    for store in opened_copy(migrated_file, tmp_path / "x.sqlite"):
        home.set_home(store, {"name": "Kiel", "timezone": "Europe/Berlin"})
        city = cities.create_city(store, {"name": "San Francisco", "timezone": SF})
        trip = trips.create_trip(store, {"ref": "sf", "title": "SF", "kind": "outgoing",
                                         "status": "planned", "start": "2026-03-05",
                                         "end": "2026-03-10", "destinations": [city.id]})
        travel.add_leg(store, trip.id, {
            "mode": "flight", "carrier": "LH", "number": "454", "from": "FRA", "to": "SFO",
            "depart": "2026-03-05T13:25", "depart_timezone": "Europe/Berlin",
            "arrive": "2026-03-05T16:10", "arrive_timezone": SF})
        travel.add_leg(store, trip.id, {
            "mode": "flight", "carrier": "LH", "number": "455", "from": "SFO", "to": "FRA",
            "depart": "2026-03-10T19:50", "depart_timezone": SF,
            "arrive": "2026-03-11T15:35", "arrive_timezone": "Europe/Berlin"})
        for title, start, end in [("Briefing", "2026-03-05T15:00", "2026-03-05T15:30"),
                                  ("Lunch", "2026-03-07T12:00", "2026-03-07T13:30"),
                                  ("Press", "2026-03-07T13:00", "2026-03-07T13:45")]:
            agenda.add_item(store, trip.id, {"title": title, "start": start, "end": end,
                                             "timezone": SF})
        yield store, trip.id


def test_problems_of_the_programme_show_before_anyone_is_added(app, qtbot, empty_trip):
    store, _ = empty_trip
    tab = make_tab(qtbot, store, "sf")
    messages = tab.problems.messages()
    assert not tab.problems.none.isVisible()
    assert any("'Lunch' and 'Press' at the same time" in m for m in messages), messages
    assert any("has not arrived yet for 'Briefing'" in m for m in messages), messages
    assert all(m.startswith("The delegation") for m in messages), messages


def test_the_return_flight_shows_the_day_offset_of_each_home_time(app, qtbot, empty_trip):
    store, trip_id = empty_trip
    back = next(leg.id for leg in travel.list_legs(store, trip_id) if leg.number == "455")
    tab = make_tab(qtbot, store, "sf")
    local, home_time = line_of(tab, "travel", back)[:2]
    assert local == "SFO 19:50 → FRA 15:35 (+1)"
    # 19:50 in San Francisco on the 10th (summer time there already) is 03:50 on the 11th in Kiel
    assert home_time == "03:50 (+1) → 15:35 (+1) Kiel"


def test_delete_says_what_was_deleted_and_offers_undo(app, qtbot, empty_trip):
    store, trip_id = empty_trip
    tab = make_tab(qtbot, store, "sf")
    lunch = next(a.id for a in agenda.list_items(store, trip_id) if a.title == "Lunch")
    assert not tab.undo_note.isVisible()
    tab.select(("agenda", lunch))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert "Lunch" not in [a.title for a in agenda.list_items(store, trip_id)]
    assert tab.undo_note.isVisible()
    assert tab.undo_note.text.text() == "Deleted the item “Lunch”."
    qtbot.mouseClick(tab.undo_note.undo_button, Qt.MouseButton.LeftButton)
    assert "Lunch" in [a.title for a in agenda.list_items(store, trip_id)]
    assert not tab.undo_note.isVisible()


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_toolbar_action_hides_behind_the_chevron_at_1000_px(app, qtbot, demo_store,
                                                               language):
    use_language(app, language)
    try:
        tab = make_tab(qtbot, demo_store)
        tab.resize(1000 - 16, 600)  # the trip window's frame and margins take the rest
        qtbot.wait(10)
        bar = tab.findChild(QToolBar)
        hidden = [a.text() for a in bar.actions()
                  if not a.isSeparator() and not bar.widgetForAction(a).isVisible()]
        assert hidden == []
        texts = [a.text() for a in bar.actions()]
        offered = {a.text() for b in bar.findChildren(QToolButton) if b.menu()
                   for a in b.menu().actions()}
        export = tab.calendar.export_action.text()
        assert export in offered or export in texts
    finally:
        use_language(app, "en")


def test_problem_dates_read_as_every_date_in_the_window(app, qtbot, empty_trip):
    """The problem list once wrote its own "(Sat 7 Mar, 13:00)"; it writes the app's date."""
    store, trip_id = empty_trip
    tab = make_tab(qtbot, store, "sf")
    clash = next(m for m in tab.problems.messages() if "at the same time" in m)
    assert f"({short_date(date(2026, 3, 7))}, 13:00)" in clash, clash
    assert "Sat 7 Mar" not in clash
    lunch = tab.index_of(("agenda", item_named(store, trip_id, "Lunch")))
    assert clash in lunch.data(PROBLEMS_ROLE)  # the line's tooltip says the same words
