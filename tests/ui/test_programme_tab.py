"""The Programme tab: days in local time with home time beside, moving, deleting, undo."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from delegations.documents.source import load_source
from delegations.services import agenda, home, travel, trips
from tests.ui.programme_support import SF, item_named, line_of, make_tab, texts
from ui.app import use_language
from ui.context import Change
from ui.programme.model import DAY_ROLE, HOME, PROBLEMS_ROLE, TIME, WHAT
from ui.trips.overview import TripOverview

SIGNING = "Signing Ceremony: Unterzeichnung der unbefristeten Partnerschaft"


def test_model_passes_the_model_tester(app, qtbot, qtmodeltester, demo_store):
    tab = make_tab(qtbot, demo_store)
    qtmodeltester.check(tab.model)


def test_one_section_per_day_in_local_time_with_home_time_beside(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    days = [tab.model.index(r, 0).data() for r in range(tab.model.rowCount())]
    assert days == ["Sunday, 22 February 2026", "Monday, 23 February 2026",
                    "Tuesday, 24 February 2026", "Wednesday, 25 February 2026",
                    "Thursday, 26 February 2026", "Friday, 27 February 2026"]
    signing = line_of(tab, "agenda", item_named(demo_store, tab.trip_id, SIGNING))
    assert signing[TIME] == "11:00–12:00 San Francisco"
    assert signing[HOME] == "20:00–21:00 Kiel"
    assert not tab.tree.isColumnHidden(HOME)
    assert tab.model.headerData(HOME, Qt.Orientation.Horizontal) == "Time in Kiel"
    evening = next(a for a in agenda.list_items(demo_store, tab.trip_id)
                   if a.start.hour == 19 and a.start.day == 24)
    assert line_of(tab, "agenda", evening.id)[HOME] == "04:00–06:30 (+1) Kiel"


def test_travel_and_hotel_appear_where_they_fall(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    legs = {leg.number: leg for leg in travel.list_legs(demo_store, tab.trip_id)}
    flight = tab.index_of(("travel", legs["454"].id))
    assert flight.parent().data(DAY_ROLE) == "2026-02-22"
    assert texts(flight)[TIME] == "FRA 13:25 → SFO 16:10"
    assert texts(flight)[HOME] == "13:25 → 01:10 (+1) Kiel"
    hotel = travel.list_stays(demo_store, tab.trip_id)[0]
    check_in = tab.index_of(("stay", hotel.id))
    assert texts(check_in)[TIME] == "Check-in" and check_in.parent().data(DAY_ROLE) == "2026-02-22"


def test_a_trip_in_the_home_zone_shows_no_home_column(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store, "aarhus-2019")
    assert tab.model.rowCount() > 0
    assert tab.tree.isColumnHidden(HOME)


def test_alt_down_moves_an_item_fifteen_minutes_and_undo_moves_it_back(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    assert tab.select(("agenda", ident))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    moved = agenda.list_items(demo_store, tab.trip_id)
    row = next(a for a in moved if a.id == ident)
    assert (f"{row.start:%H:%M}", f"{row.end:%H:%M}") == ("11:15", "12:15")
    assert line_of(tab, "agenda", ident)[TIME] == "11:15–12:15 San Francisco"
    assert tab.current_line() == ("agenda", ident)
    tab.ctx.undo.undo()
    row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == ident)
    assert f"{row.start:%H:%M}" == "11:00"
    assert line_of(tab, "agenda", ident)[TIME] == "11:00–12:00 San Francisco"


def test_move_to_another_day_keeps_the_local_time(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    tab.select(("agenda", ident))
    dialog = tab.editing.ask_move()
    assert dialog is not None
    dialog.setTextValue("Thursday, 26 February 2026")
    dialog.accept()
    row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == ident)
    assert f"{row.start:%Y-%m-%d %H:%M}" == "2026-02-26 11:00"
    assert tab.index_of(("agenda", ident)).parent().data(DAY_ROLE) == "2026-02-26"
    tab.ctx.undo.undo()
    row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == ident)
    assert row.start.date() == date(2026, 2, 24)


def test_copy_to_a_day_and_undo(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    tab.select(("agenda", ident))
    copy = tab.editing.copy_to(date(2026, 2, 27))
    assert copy is not None and copy != ident
    row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == copy)
    assert (row.title, f"{row.start:%Y-%m-%d %H:%M}") == (SIGNING, "2026-02-27 11:00")
    assert tab.current_line() == ("agenda", copy)
    tab.ctx.undo.undo()
    assert copy not in {a.id for a in agenda.list_items(demo_store, tab.trip_id)}


def test_delete_key_deletes_and_undo_brings_the_item_back(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    before = len(agenda.list_items(demo_store, tab.trip_id))
    tab.select(("agenda", ident))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Delete)
    assert len(agenda.list_items(demo_store, tab.trip_id)) == before - 1
    assert not tab.index_of(("agenda", ident)).isValid()
    tab.ctx.undo.undo()
    again = item_named(demo_store, tab.trip_id, SIGNING)
    assert line_of(tab, "agenda", again)[TIME] == "11:00–12:00 San Francisco"
    tab.ctx.undo.redo()
    assert len(agenda.list_items(demo_store, tab.trip_id)) == before - 1


def test_double_booking_gets_a_marker_and_a_line_in_the_problems(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    assert tab.problems.buffer.value() == 30
    ident = tab.ops.create_item({"title": "Extra Termin", "start": "2026-02-24T11:30",
                                 "end": "2026-02-24T12:30", "timezone": SF})
    index = tab.index_of(("agenda", ident))
    problems = index.data(PROBLEMS_ROLE)
    assert problems and any("at the same time" in p for p in problems)
    assert not index.siblingAtColumn(WHAT).data(Qt.ItemDataRole.DecorationRole).isNull()
    assert "at the same time" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert any("Extra Termin" in m for m in tab.problems.messages())
    tab.tree.setCurrentIndex(QModelIndex())
    clash = next(i for i in range(tab.problems.list.count())
                 if "Extra Termin" in tab.problems.list.item(i).text())
    tab.problems.list.itemClicked.emit(tab.problems.list.item(clash))
    assert tab.current_line() is not None and tab.current_line()[0] == "agenda"
    tab.ctx.undo.undo()
    assert not any("Extra Termin" in m for m in tab.problems.messages())


def test_the_buffer_is_stored_and_rechecks_the_programme(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    gaps = [m for m in tab.problems.messages() if "min are planned" in m]
    assert gaps
    tab.problems.buffer.setValue(10)
    from delegations.services import home
    assert home.get_setting(demo_store, "programme.buffer_minutes") == 10
    assert not [m for m in tab.problems.messages() if "min are planned" in m]


def test_changes_from_elsewhere_are_shown(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    row = agenda.add_item(demo_store, tab.trip_id, {"title": "Пресс-конференция",
                                                    "start": "2026-02-25T06:00",
                                                    "timezone": SF})
    tab.ctx.changes.announce(Change.AGENDA, ident=row.id)
    assert line_of(tab, "agenda", row.id)[WHAT] == "Пресс-конференция"


def test_ctrl_n_in_the_tab_is_new_trip_and_ins_a_new_item(app, qtbot, demo_store):
    """One shortcut, one meaning (issue 14): Ctrl+N is New Trip wherever the focus is."""
    window = QMainWindow()
    qtbot.addWidget(window)
    new_trip = QAction("New Trip", window)
    new_trip.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
    window.addAction(new_trip)
    tab = make_tab(qtbot, demo_store, own=False)
    window.setCentralWidget(tab)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    with qtbot.waitSignal(new_trip.triggered, timeout=1000):
        qtbot.keyClick(tab.tree, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.editing.editor is None or not tab.editing.editor.isVisible()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Insert)
    assert tab.editing.editor.windowTitle() == "New Programme Item"
    tab.editing.editor.reject()


def test_enter_edits_the_selected_item(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    tab.select(("agenda", ident))
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Return)
    editor = tab.editing.editor
    assert editor is not None and editor.windowTitle() == "Edit Programme Item"
    assert editor.form.fields["title"].text() == SIGNING
    editor.form.fields["location"].setText("City Hall, Rotunda (Nordflügel)")
    editor.save()
    row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == ident)
    assert row.location == "City Hall, Rotunda (Nordflügel)"
    assert f"{row.start:%H:%M}–{row.end:%H:%M}" == "11:00–12:00"
    assert tab.ctx.undo.undoText() == f"Edit item “{SIGNING}”"


def test_days_are_named_in_the_interface_language(app, qtbot, demo_store):
    use_language(app, "de")
    try:
        tab = make_tab(qtbot, demo_store)
        assert tab.model.index(2, 0).data() == "Dienstag, 24. Februar 2026"
    finally:
        use_language(app, "en")


def test_a_night_without_a_hotel_is_listed_and_picking_it_shows_the_day(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    stay = travel.list_stays(demo_store, tab.trip_id)[0]
    tab.select(("stay", stay.id))
    tab.editing.delete_current()
    assert travel.list_stays(demo_store, tab.trip_id) == []
    nights = [i for i in range(tab.problems.list.count())
              if "no accommodation" in tab.problems.list.item(i).text()]
    assert nights
    tab.problems.list.itemClicked.emit(tab.problems.list.item(nights[0]))
    assert tab.current_line() is None and tab.current_day() == date(2026, 2, 22)
    tab.ctx.undo.undo()
    assert not [m for m in tab.problems.messages() if "no accommodation" in m]
    assert len(travel.list_stays(demo_store, tab.trip_id)) == 1


def test_an_item_dropped_on_another_day_moves_there(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store)
    ident = item_named(demo_store, tab.trip_id, SIGNING)
    source = tab.index_of(("agenda", ident))
    assert tab.model.flags(source) & Qt.ItemFlag.ItemIsDragEnabled
    data = tab.model.mimeData([source])
    thursday = tab.model.index(4, 0)
    assert tab.model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, thursday)
    assert not tab.model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, thursday)

    def moved() -> bool:
        row = next(a for a in agenda.list_items(demo_store, tab.trip_id) if a.id == ident)
        return f"{row.start:%Y-%m-%d %H:%M}" == "2026-02-26 11:00"

    qtbot.waitUntil(moved)
    assert tab.index_of(("agenda", ident)).parent().data(DAY_ROLE) == "2026-02-26"
    assert tab.ctx.undo.undoText() == f"Move “{SIGNING}” to another day"


def test_screen_and_paper_name_a_visit_held_at_home_after_the_home_city(app, qtbot, demo_store):
    """The forum in Kiel has guests from Stralsund (same zone): times are Kiel's everywhere."""
    tab = make_tab(qtbot, demo_store, "forum-2019")
    trip_id = tab.trip_id
    paper = load_source(demo_store, trip_id, "en").place_of("Europe/Berlin")
    first = agenda.list_items(demo_store, trip_id)[0]
    screen = line_of(tab, "agenda", first.id)[TIME]
    overview = TripOverview(trips.get_trip(demo_store, trip_id), home.get_home(demo_store))
    qtbot.addWidget(overview)
    assert paper == "Kiel"
    assert screen.endswith(" Kiel")
    assert "Stralsund</span>" not in overview.browser.toHtml()
    assert f"· {paper}" in overview.browser.toPlainText()
