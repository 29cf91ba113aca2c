"""The seating editor: opened from the programme, guests dropped on seats, propose,
lock, undo and redo through the app's history, warnings listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from delegations.services import seating, trips
from tests.ui.programme_support import item_named, make_tab
from ui.seating.editor import SeatingEditor
from ui.seating.model import ID_ROLE, NAME, RANK, SEAT, guest_of

DINNER = "Abendessen des Stadtpräsidenten für die Delegationen aus Aarhus und Hangzhou"


def open_editor(qtbot, demo_store) -> SeatingEditor:
    tab = make_tab(qtbot, demo_store, "forum-2019")
    assert tab.select(("agenda", item_named(demo_store, tab.trip_id, DINNER)))
    assert tab.seating_action.isEnabled()
    tab.seating_action.trigger()
    editor = tab.seating_editor
    assert isinstance(editor, SeatingEditor)
    qtbot.waitExposed(editor)
    return editor


def row_named(editor: SeatingEditor, name: str) -> int:
    model = editor.model
    return next(r for r in range(model.rowCount())
                if model.index(r, NAME).data() == name)


def test_the_demo_dinner_opens_with_ranks_seats_and_no_warnings(app, qtbot, qtmodeltester,
                                                               demo_store):
    editor = open_editor(qtbot, demo_store)
    qtmodeltester.check(editor.model)
    model = editor.model
    first = [model.index(0, c).data() for c in range(4)]
    assert first == ["1", "Stadtpräsident Hans-Werner Tovar", "Host", "Ehrentafel 4, locked"]
    assert model.index(row_named(editor, "陈静"), RANK).data() == "2="
    assert model.index(row_named(editor, "Li Na"), SEAT).data() == "behind 陈静"
    assert editor.warnings.count() == 0
    assert len(editor.scene.seats) == 7 + 6


def test_dropping_a_guest_on_a_seat_moves_them_and_undo_puts_them_back(app, qtbot,
                                                                      demo_store):
    editor = open_editor(qtbot, demo_store)
    plan = editor.plan
    assert plan is not None
    petersen = row_named(editor, "Jonas Petersen")
    mime = editor.model.mimeData([editor.model.index(petersen, NAME)])
    guest_id = guest_of(mime)
    host_seat = next(g for g in plan.guests if g.rank == 2 and g.delegation == "Aarhus")
    target = editor.scene.seats[(host_seat.table_id, host_seat.seat)]
    assert target.accept(guest_id)  # what a drop on the seat does
    qtbot.waitUntil(lambda: seating.get_plan(demo_store, plan.id).guest(guest_id).table_id
                    == host_seat.table_id)
    qtbot.waitUntil(lambda: editor.warnings.count() > 0)
    moved = seating.get_plan(demo_store, plan.id).guest(guest_id)
    assert (moved.table_id, moved.seat) == (host_seat.table_id, host_seat.seat)
    assert editor.warnings.count() > 0  # Petersen now sits nearer the host than higher ranks
    assert "Jonas Petersen" in editor.warnings.item(0).text() or any(
        "Jonas Petersen" in editor.warnings.item(i).text()
        for i in range(editor.warnings.count()))
    editor.ctx.undo.undo()
    back = seating.get_plan(demo_store, plan.id).guest(guest_id)
    assert back.table_id != host_seat.table_id
    assert editor.warnings.count() == 0
    editor.ctx.undo.redo()
    again = seating.get_plan(demo_store, plan.id).guest(guest_id)
    assert (again.table_id, again.seat) == (host_seat.table_id, host_seat.seat)


def test_a_locked_seat_refuses_a_drop_and_propose_keeps_locks(app, qtbot, demo_store):
    editor = open_editor(qtbot, demo_store)
    plan = editor.plan
    assert plan is not None
    host = plan.guests[0]
    other = plan.guests[-1]
    assert not editor.seat_guest(other.id, host.table_id, host.seat)
    told = [box.text() for box in editor.findChildren(QMessageBox)]
    assert told == ["The seat of Stadtpräsident Hans-Werner Tovar is locked."]
    assert seating.get_plan(demo_store, plan.id).guest(other.id).seat == other.seat
    editor.guests.selectRow(row_named(editor, "Stadtdirektor Niels Højberg"))
    editor.lock_action.trigger()
    assert seating.get_plan(demo_store, plan.id).guest(editor.current_guest()).locked
    editor.propose_action.trigger()
    after = seating.get_plan(demo_store, plan.id)
    assert after.guest(host.id).seat == host.seat and after.guest(host.id).locked


def test_a_new_item_gets_a_plan_with_its_people_and_a_table_added_by_name(app, qtbot,
                                                                         demo_store):
    tab = make_tab(qtbot, demo_store, "forum-2019")
    trip = trips.get_trip(demo_store, tab.trip_id)
    lunch = next(a for a in trip.agenda if a.title == "Mittagessen")
    assert tab.select(("agenda", lunch.id))
    tab.seating_action.trigger()
    editor = tab.seating_editor
    assert isinstance(editor, SeatingEditor) and editor.plan is not None
    assert editor.model.rowCount() == len(trip.participants)
    assert editor.add_table("Schwentine, 6")
    assert [t.name for t in seating.get_plan(demo_store, editor.plan.id).tables] == [
        "Head table", "Schwentine"]
    assert editor.propose()
    assert all(editor.model.index(r, SEAT).data() for r in range(6))
    editor.ctx.undo.undo()  # the proposal
    editor.ctx.undo.undo()  # the table
    assert [t.name for t in seating.get_plan(demo_store, editor.plan.id).tables] == [
        "Head table"]


def test_the_editor_drawn_to_a_picture(app, qtbot, demo_store, tmp_path: Path):
    editor = open_editor(qtbot, demo_store)
    editor.resize(1300, 760)
    qtbot.wait(10)
    picture = tmp_path / "seating.png"
    assert editor.grab().save(str(picture))
    assert picture.stat().st_size > 10_000
    index = editor.model.index(0, NAME)
    assert index.data(ID_ROLE) == editor.plan.guests[0].id
    assert editor.view.mapFromScene(
        editor.scene.seats[(editor.plan.tables[0].id, 3)].pos()) != QPoint(-1, -1)
    assert editor.guests.horizontalHeader().sectionResizeMode(NAME) == (
        editor.guests.horizontalHeader().ResizeMode.Stretch)
    assert Qt.ItemFlag.ItemIsDragEnabled & editor.model.flags(index)


def test_guests_are_added_ranked_paired_and_removed_undoably(app, qtbot, qtmodeltester,
                                                             demo_store):
    editor = open_editor(qtbot, demo_store)
    plan_id, undo = editor.plan.id, editor.ctx.undo
    count = editor.model.rowCount()
    assert editor.edits.add_guest({"name": "İlkay Öztürk", "delegation": "İzmir", "rank": 1})
    assert editor.model.rowCount() == count + 1 and row_named(editor, "İlkay Öztürk") >= 0
    qtmodeltester.check(editor.model)
    ilkay = next(g for g in editor.plan.guests if g.name == "İlkay Öztürk")
    assert not editor.edits.add_guest({"name": "  "})  # refused and told, nothing added
    assert editor.model.rowCount() == count + 1
    petersen = next(g for g in editor.plan.guests if g.name == "Jonas Petersen")
    assert editor.edits.set_rank(petersen.id, 1)  # now the first of Aarhus, tied
    assert seating.get_plan(demo_store, plan_id).guest(petersen.id).side_rank == 1
    assert editor.edits.set_partner(ilkay.id, petersen.id)
    view = seating.get_plan(demo_store, plan_id)
    assert (view.guest(ilkay.id).partner_id, view.guest(petersen.id).partner_id) == (
        petersen.id, ilkay.id)
    assert editor.edits.keep_apart(ilkay.id, editor.plan.guests[0].id)
    assert (min(ilkay.id, editor.plan.guests[0].id),
            max(ilkay.id, editor.plan.guests[0].id)) in editor.plan.apart
    assert editor.couples_action.isChecked()
    editor.couples_action.trigger()  # couples apart
    assert not seating.get_plan(demo_store, plan_id).couples_together
    assert not editor.couples_action.isChecked()
    assert editor.edits.remove_guest(ilkay.id)
    assert editor.model.rowCount() == count
    for _ in range(6):  # remove, rule, apart, partner, rank, add
        undo.undo()
    assert editor.model.rowCount() == count and editor.plan.apart == ()
    assert seating.get_plan(demo_store, plan_id).guest(petersen.id).side_rank == \
        petersen.side_rank
    for _ in range(6):
        undo.redo()
    again = seating.get_plan(demo_store, plan_id)
    assert editor.model.rowCount() == count and not again.couples_together
    undo.undo()  # the removal: İlkay comes back under her id with partner and pair
    back = seating.get_plan(demo_store, plan_id).guest(ilkay.id)
    assert back.partner_id == petersen.id and len(editor.plan.apart) == 1


def test_someone_of_the_trip_not_listed_is_offered_and_added(app, qtbot, demo_store):
    editor = open_editor(qtbot, demo_store)
    offered = editor.edits.candidates()
    listed = {g.participant_id for g in editor.plan.guests}
    assert offered and not set(offered.values()) & listed
    name, ident = next(iter(offered.items()))
    assert editor.edits.add_guest({"participant_id": ident})
    assert row_named(editor, name) >= 0 or any(
        g.participant_id == ident for g in editor.plan.guests)
    assert name not in editor.edits.candidates()


def test_the_head_table_is_seated_on_both_sides_and_drawn_across_undoably(app, qtbot,
                                                                          demo_store):
    editor = open_editor(qtbot, demo_store)
    plan_id = editor.plan.id
    head = editor.plan.tables[0]
    assert head.head and not head.both_sides and not editor.both_sides_action.isChecked()
    editor.both_sides_action.trigger()
    assert seating.get_plan(demo_store, plan_id).tables[0].both_sides
    assert editor.both_sides_action.isChecked()
    near = editor.plan.tables[0].near_side
    assert near == (head.seats + 1) // 2
    seats = editor.scene.seats
    # seat `near` sits straight across from seat 0, below the table
    assert seats[(head.id, near)].pos().x() == seats[(head.id, 0)].pos().x()
    assert seats[(head.id, near)].pos().y() > seats[(head.id, 0)].pos().y()
    assert editor.propose()
    view = seating.get_plan(demo_store, plan_id)
    host = view.guests[0]
    assert host.table_id == head.id and host.seat == (near - 1) // 2  # locked, kept
    editor.ctx.undo.undo()  # the proposal
    editor.ctx.undo.undo()  # both sides
    assert not seating.get_plan(demo_store, plan_id).tables[0].both_sides
    editor.ctx.undo.redo()
    assert seating.get_plan(demo_store, plan_id).tables[0].both_sides


def test_any_table_is_seated_on_both_sides_chosen_by_a_click_undoably(app, qtbot,
                                                                     demo_store):
    """The round table 'Förde' is chosen by clicking one of its seats; on both sides it
    becomes a long table drawn across, its host keeps the host's seat; undo brings the
    round table back with everyone where they sat."""
    editor = open_editor(qtbot, demo_store)
    plan_id = editor.plan.id
    head, forde = editor.plan.tables[0], editor.plan.tables[1]
    assert editor.chosen_table() == head  # the head table until another is chosen
    assert forde.shape.value == "round" and editor.both_sides_action.isEnabled()
    before = seating.seats(demo_store, plan_id)
    host = next(g for g in editor.plan.guests if g.table_id == forde.id)
    seat = editor.scene.seats[(forde.id, 3)]
    view = editor.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.mapFromScene(seat.sceneBoundingRect().center()))
    assert editor.chosen_table() == forde and not editor.both_sides_action.isChecked()
    editor.both_sides_action.trigger()
    table = seating.get_plan(demo_store, plan_id).table(forde.id)
    assert (table.shape.value, table.both_sides) == ("long", True)
    assert editor.chosen_table() == table and editor.both_sides_action.isChecked()
    assert not seating.get_plan(demo_store, plan_id).table(head.id).both_sides
    seats, near = editor.scene.seats, table.near_side
    assert near == 3
    assert seats[(forde.id, near)].pos().x() == seats[(forde.id, 0)].pos().x()
    assert seats[(forde.id, near)].pos().y() > seats[(forde.id, 0)].pos().y()
    moved = seating.get_plan(demo_store, plan_id).guest(host.id)
    assert (moved.table_id, moved.seat) == (forde.id, (near - 1) // 2)  # host: centre
    assert seating.propose(demo_store, plan_id).warnings == ()
    editor.ctx.undo.undo()
    table = seating.get_plan(demo_store, plan_id).table(forde.id)
    assert (table.shape.value, table.both_sides) == ("round", False)
    assert seating.seats(demo_store, plan_id) == before
    editor.ctx.undo.redo()
    assert seating.get_plan(demo_store, plan_id).table(forde.id).both_sides


def test_a_row_of_chairs_cannot_be_seated_on_both_sides(app, qtbot, demo_store):
    editor = open_editor(qtbot, demo_store)
    ident = seating.add_table(demo_store, editor.plan.id,
                              {"name": "Reihe A", "shape": "row", "seats": 6})
    editor.refresh()
    editor.choose_table(ident)
    assert editor.chosen_table().name == "Reihe A"
    assert not editor.both_sides_action.isEnabled()
    assert not editor.set_both_sides(True)
    assert not seating.get_plan(demo_store, editor.plan.id).table(ident).both_sides


def test_the_seating_papers_are_saved_from_the_window_in_the_language_chosen(
        app, qtbot, demo_store, tmp_path: Path, monkeypatch):
    """Every paper of the menu, read back: the chart and the Tischliste in English name
    Niels Højberg by his own English form; a paper in German by his German one."""
    import pdfplumber

    from ui.seating import papers as papers_module

    editor = open_editor(qtbot, demo_store)
    bar = editor.papers
    assert bar.language.currentData() == "de"  # the trip's language
    assert len(bar.menu.actions()) == len(papers_module.PAPERS)
    bar.language.setCurrentIndex(bar.language.findData("en"))
    texts = {}
    for n, (kind, paper, _text) in enumerate(papers_module.PAPERS):
        out = bar.save(kind, paper, tmp_path / f"{n}-{kind}-{paper}.pdf")
        assert out is not None and out.exists()
        with pdfplumber.open(out) as pdf:
            texts[kind, paper] = " ".join(" ".join((p.extract_text() or "").split())
                                          for p in pdf.pages)
            if kind == "seating":
                assert pdf.pages[0].width > pdf.pages[0].height  # landscape
    assert "Seating plan" in texts["seating", "a4"] and "Mr Niels" in texts["seating", "a3"]
    assert "Guest list by table" in texts["tischliste", "a4"]
    assert "Mr Niels Højberg" in texts["tischliste", "a4"]
    assert "Ehrentafel" in texts["tablecards", "a5"] and "Förde" in texts["tablecards", "a4"]
    chosen = tmp_path / "gewählt.pdf"
    monkeypatch.setattr(papers_module, "ask_save_path", lambda *a: (str(chosen), ""))
    bar.language.setCurrentIndex(bar.language.findData("de"))
    bar.menu.actions()[2].trigger()  # the Tischliste, asked where
    with pdfplumber.open(chosen) as pdf:
        german = " ".join(pdf.pages[0].extract_text().split())
    assert "Tischliste" in german and "Stadtdirektor Niels Højberg" in german


def test_a_paper_that_cannot_be_written_is_told_and_nothing_is_left(app, qtbot,
                                                                   demo_store, tmp_path):
    editor = open_editor(qtbot, demo_store)
    out = tmp_path / "no such folder" / "chart.pdf"
    assert editor.papers.save("seating", "a3", out) is None
    told = [box.text() for box in editor.papers.findChildren(QMessageBox)]
    assert len(told) == 1 and "chart.pdf" in told[0]
    assert not out.exists() and not out.parent.exists()


def test_the_window_names_each_guest_as_the_papers_print_them(app, qtbot, qtmodeltester,
                                                              demo_store):
    """Issue 17's leftover: the window showed title + name while every paper prints the
    person's own form; now the list and the seats say the card line of the papers'
    language, the full name in a tooltip where the two differ."""
    editor = open_editor(qtbot, demo_store)
    bar, model = editor.papers, editor.model
    assert bar.language.currentData() == "de"
    row = row_named(editor, "Stadtdirektor Niels Højberg")  # his own German form
    tip = model.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and "Niels Højberg" in tip and tip != "Stadtdirektor Niels Højberg"
    guest = guest_of(model.mimeData([model.index(row, NAME)]))
    seat = next(s for s in editor.scene.seats.values()
                if s.guest is not None and s.guest.id == guest)
    assert "Stadtdirektor Niels Højberg" in seat.label.toPlainText()
    assert seat.toolTip().splitlines()[:2] == ["Stadtdirektor Niels Højberg", tip]
    bar.language.setCurrentIndex(bar.language.findData("en"))  # papers in English
    qtmodeltester.check(model)
    row = row_named(editor, "Mr Niels Højberg")
    assert model.index(row, NAME).data(Qt.ItemDataRole.ToolTipRole) == tip
    host = model.index(0, NAME)  # keeps no own form: the card is title and name, no tooltip
    assert host.data() == "Stadtpräsident Hans-Werner Tovar"
    assert host.data(Qt.ItemDataRole.ToolTipRole) is None
    editor.guests.selectRow(row)
    assert editor.unseat()  # the warnings name him as the list does
    warnings = [editor.warnings.item(i).text() for i in range(editor.warnings.count())]
    assert "Mr Niels Højberg has no seat" in warnings, warnings
