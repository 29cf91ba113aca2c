"""The Delegation tab: precedence by drag and drop and keys, the waiting list, adding,
editing and removing people, all undoable and saved at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from delegations.enums import RegistrationStatus as RS
from delegations.services import contacts, participants, trips
from ui.context import AppContext, Change
from ui.trip_window.delegation_model import NAME, RANK, STATUS, DelegationModel
from ui.trip_window.delegation_tab import DelegationTab

CITIZENS, SF = "buergerreise-aarhus-2026", "sf-2026"


def make_tab(qtbot, store, ref: str) -> DelegationTab:
    ctx = AppContext.create(store)
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = DelegationTab(ctx, trips.find_trip(store, ref), window)
    window.setCentralWidget(tab)
    window.resize(1200, 640)
    window.show()
    tab.test_window = window  # qtbot keeps only a weak reference
    return tab


@pytest.fixture
def citizens(app, qtbot, demo_store):
    return make_tab(qtbot, demo_store, CITIZENS)


@pytest.fixture
def sf(app, qtbot, demo_store):
    return make_tab(qtbot, demo_store, SF)


def names(store, trip_id):
    return [p.name for p in participants.list_participants(store, trip_id)]


def shown(tab, column=NAME):
    return [tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount())]


def status_of(store, trip_id, name):
    return next(p.status for p in participants.list_participants(store, trip_id)
                if p.name == name)


def select(tab, name):
    tab.table.select_ids([p.id for p in tab.model_rows() if p.name == name],
                         next(p.id for p in tab.model_rows() if p.name == name))


def test_model_passes_the_model_tester(citizens, qtmodeltester):
    qtmodeltester.check(citizens.model)
    qtmodeltester.check(citizens.proxy)
    empty = DelegationModel()
    qtmodeltester.check(empty)


def test_places_line_and_the_waiting_list_in_registration_order(citizens):
    assert citizens.places.text() == "4 of 4 places taken, 2 on the waiting list"
    assert shown(citizens)[4:] == ["Dagmar Ruß", "Søren Thomsen-Brix"]
    assert shown(citizens, STATUS)[4:] == ["Waiting list, no. 1", "Waiting list, no. 2"]
    assert shown(citizens, RANK) == ["1", "2", "3", "4", "", ""]
    waiting = citizens.proxy.index(4, NAME)
    assert waiting.data(Qt.ItemDataRole.FontRole).italic()
    assert not citizens.model.flags(citizens.model.index(4, 0)) & Qt.ItemFlag.ItemIsDragEnabled


def test_drag_and_drop_changes_precedence_and_undo_restores(sf, demo_store):
    trip_id, model = sf.trip_id, sf.model
    before = names(demo_store, trip_id)
    data = model.mimeData([model.index(10, 0)])  # Maren Voss, last
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex())
    after = names(demo_store, trip_id)
    assert after[:3] == ["Ulf Kämpfer", "Maren Voss", "Bettina Aust"]
    assert shown(sf) == after and shown(sf, RANK)[1] == "2"
    assert sf.ctx.undo.undoText() == "Change order of precedence"
    sf.ctx.undo.undo()
    assert names(demo_store, trip_id) == before == shown(sf)
    sf.ctx.undo.redo()
    assert names(demo_store, trip_id) == after


def test_a_drop_through_the_view_s_proxy_lands_where_shown(sf, demo_store):
    proxy = sf.proxy  # what the table hands drags and drops to
    data = proxy.mimeData([proxy.index(0, 0), proxy.index(0, 3)])  # one row, two cells
    assert proxy.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, proxy.index(3, 0))
    assert names(demo_store, sf.trip_id)[:4] == ["Bettina Aust", "Prof. Dr. Henrike Brandt",
                                                 "Ulf Kämpfer", "Dr. Lars Thomsen"]
    # after a move the view removes the dragged rows from the model: that removes no one
    assert not proxy.removeRows(0, 1)
    assert len(names(demo_store, sf.trip_id)) == 11


def test_move_rows_and_drops_that_change_nothing(sf, demo_store):
    before = names(demo_store, sf.trip_id)
    assert sf.model.moveRows(QModelIndex(), 0, 2, QModelIndex(), 4)  # first two after no. 4
    assert names(demo_store, sf.trip_id)[:4] == [before[2], before[3], before[0], before[1]]
    count = sf.ctx.undo.count()
    assert not sf.model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 1)  # same place
    assert sf.ctx.undo.count() == count


def test_ctrl_down_and_ctrl_up_move_the_selected_person(sf, demo_store, qtbot):
    sf.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sf.window())
    select(sf, "Ulf Kämpfer")
    sf.table.setFocus()
    assert not sf.up_action.isEnabled() and sf.down_action.isEnabled()
    qtbot.keyClick(sf.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(sf.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(demo_store, sf.trip_id)[:3] == ["Bettina Aust", "Prof. Dr. Henrike Brandt",
                                                 "Ulf Kämpfer"]
    assert sf.table.selected_ids() == [sf.model.row_at(2).id]  # the selection follows
    qtbot.keyClick(sf.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert names(demo_store, sf.trip_id)[1] == "Ulf Kämpfer"
    sf.ctx.undo.undo()
    sf.ctx.undo.undo()
    sf.ctx.undo.undo()
    assert names(demo_store, sf.trip_id)[0] == "Ulf Kämpfer"


def test_moving_is_off_when_sorted_by_another_column_and_search_filters(sf):
    sf.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    select(sf, "Maren Voss")
    assert not sf.up_action.isEnabled() and not sf.table.dragEnabled()
    sf.table.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
    assert sf.up_action.isEnabled() and sf.table.dragEnabled()
    sf.search.setText("kampfer")  # accents and case do not matter
    assert shown(sf) == ["Ulf Kämpfer"]
    sf.search.setText("vegan")  # needs are searched too
    assert shown(sf) == ["Lea Schröder"]


def _answer(tab, button_text):
    box = tab.message_box
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text().replace("&", "") == button_text).click()


def test_removing_a_confirmed_citizen_promotes_the_first_on_the_waiting_list(citizens,
                                                                              demo_store,
                                                                              qtbot):
    trip_id = citizens.trip_id
    gone = next(p.id for p in citizens.model_rows() if p.name == "Hannelore Jürgensen")
    select(citizens, "Hannelore Jürgensen")
    citizens.remove_action.trigger()
    assert "Hannelore Jürgensen" in citizens.message_box.text()
    with qtbot.waitSignal(citizens.ctx.changes.changed,
                          check_params_cb=lambda kind, ident: (kind, ident) == (
                              "participant", gone)):
        _answer(citizens, "Remove")
    assert "Hannelore Jürgensen" not in names(demo_store, trip_id)
    assert status_of(demo_store, trip_id, "Dagmar Ruß") == RS.CONFIRMED
    assert citizens.note.isVisible()
    assert citizens.note.text.text() == "Dagmar Ruß moved up from the waiting list."
    assert citizens.places.text() == "4 of 4 places taken, 1 on the waiting list"
    citizens.ctx.undo.undo()
    assert status_of(demo_store, trip_id, "Hannelore Jürgensen") == RS.CONFIRMED
    assert status_of(demo_store, trip_id, "Dagmar Ruß") == RS.WAITLISTED
    assert names(demo_store, trip_id)[0] == "Hannelore Jürgensen"  # her rank again
    assert not citizens.note.isVisible()  # undone: nobody moved up any more (issue 14)
    citizens.ctx.undo.redo()
    assert status_of(demo_store, trip_id, "Dagmar Ruß") == RS.CONFIRMED


def test_remove_asks_first_and_cancel_keeps_everyone(sf, demo_store):
    before = names(demo_store, sf.trip_id)
    select(sf, "Maren Voss")
    sf.remove_current()
    sf.message_box.button(QMessageBox.StandardButton.Cancel).click()
    assert names(demo_store, sf.trip_id) == before


def test_add_from_the_directory_links_the_contact(sf, demo_store):
    chen = next(c for c in contacts.list_contacts(demo_store, "Michael Chen"))
    picker = sf.add_from_directory()
    picker.search.setText("chen")
    picker.refresh()
    assert picker.choose(chen.id)
    editor = sf.dialog
    assert editor.form.fields["organisation"].text() == chen.organisation
    assert "Michael Chen" in editor.link_note.text()
    editor.form.fields["role"].setCurrentIndex(editor.form.fields["role"].findData("guest"))
    editor.save()
    assert not editor.isVisible()
    added = participants.list_participants(demo_store, sf.trip_id)[-1]
    assert (added.name, added.contact_id, added.role.value) == ("Michael Chen", chen.id,
                                                                 "guest")
    assert added.email == chen.email
    assert sf.table.current_id() == added.id
    assert sf.ctx.undo.undoText() == "Add participant “Michael Chen”"
    sf.ctx.undo.undo()
    assert "Michael Chen" not in names(demo_store, sf.trip_id)
    sf.ctx.undo.redo()
    assert "Michael Chen" in names(demo_store, sf.trip_id)


def test_several_people_are_added_from_the_directory_at_once(sf, demo_store, qtbot):
    before = names(demo_store, sf.trip_id)
    picker = sf.add_from_directory()
    qtbot.waitExposed(picker)
    table = picker.table
    free = [r for r in range(picker.model.rowCount()) if not picker.model.is_taken(r)][:3]
    for n, row in enumerate(free):
        where = table.visualRect(picker.model.index(row, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.ControlModifier if n else
                         Qt.KeyboardModifier.NoModifier, where)
    chosen = [picker.model.contact(r).name for r in free]
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert names(demo_store, sf.trip_id) == before + chosen
    linked = participants.list_participants(demo_store, sf.trip_id)[-3:]
    assert all(p.contact_id is not None for p in linked)
    assert sf.ctx.undo.undoText() == "Add 3 participants"
    sf.ctx.undo.undo()  # one step for all three
    assert names(demo_store, sf.trip_id) == before


def test_a_contact_already_in_the_delegation_cannot_be_picked_twice(sf, demo_store):
    kaempfer = contacts.list_contacts(demo_store, "Ulf Kämpfer")[0]
    picker = sf.add_from_directory()
    picker.search.setText("Kämpfer")
    picker.refresh()
    assert "already in the delegation" in picker.model.index(0, 0).data()
    assert not picker.choose(kaempfer.id) and picker.isVisible()


def test_invalid_email_is_marked_at_the_field_and_nothing_is_saved(sf, demo_store):
    before = participants.list_participants(demo_store, sf.trip_id)
    editor = sf.add_new()
    assert editor.form.message("name") == ""  # quiet until typed
    editor.form.fields["name"].setText("Oksana Kowalenko")
    editor.form.fields["email"].setText("oksana(at)example")
    assert editor.form.message("email") == "'oksana(at)example' is not an e-mail address"
    assert not editor.save_button.isEnabled()
    editor.save()
    assert editor.isVisible()
    assert participants.list_participants(demo_store, sf.trip_id) == before
    assert editor.form.fields["email"].text() == "oksana(at)example"  # nothing typed is lost
    editor.form.fields["email"].setText("oksana@example.org")
    editor.save()
    assert not editor.isVisible()
    assert names(demo_store, sf.trip_id)[-1] == "Oksana Kowalenko"


def test_edit_needs_and_withdraw_promotes_with_a_note(citizens, demo_store):
    trip_id = citizens.trip_id
    select(citizens, "Peter Wöhlk")
    editor = citizens.edit_current()
    assert editor.windowTitle() == "Edit Participant"
    editor.form.fields["diet"].setText("glutenfrei")
    status = editor.form.fields["status"]
    status.setCurrentIndex(status.findData("withdrawn"))
    editor.save()
    assert not editor.isVisible()
    person = next(p for p in participants.list_participants(demo_store, trip_id)
                  if p.name == "Peter Wöhlk")
    assert (person.diet, person.status) == ("glutenfrei", RS.WITHDRAWN)
    assert status_of(demo_store, trip_id, "Dagmar Ruß") == RS.CONFIRMED
    assert "Dagmar Ruß moved up" in citizens.note.text.text()
    citizens.ctx.undo.undo()
    assert status_of(demo_store, trip_id, "Peter Wöhlk") == RS.CONFIRMED
    assert status_of(demo_store, trip_id, "Dagmar Ruß") == RS.WAITLISTED
    assert next(p.diet for p in participants.list_participants(demo_store, trip_id)
                if p.name == "Peter Wöhlk") == ""


def test_keyboard_delete_enter_and_insert_and_accessible_names(sf, qtbot):
    sf.window().activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is sf.window())
    select(sf, "Maren Voss")
    sf.table.setFocus()
    qtbot.keyClick(sf.table, Qt.Key.Key_Delete)
    assert "Maren Voss" in sf.message_box.text()
    sf.message_box.button(QMessageBox.StandardButton.Cancel).click()
    qtbot.keyClick(sf.table, Qt.Key.Key_Return)
    assert sf.dialog.windowTitle() == "Edit Participant"
    assert sf.dialog.form.fields["name"].text() == "Maren Voss"
    sf.dialog.reject()
    sf.table.setFocus()
    qtbot.keyClick(sf.table, Qt.Key.Key_Insert)
    assert sf.dialog.windowTitle() == "Add Participant from the Directory"
    sf.dialog.reject()
    for widget in (sf.search, sf.table, *sf.buttons, *sf.move_buttons, *sf.file_buttons):
        assert widget.accessibleName()
    sf.search.setFocus()
    for widget in [*sf.buttons, sf.table, sf.move_buttons[0]]:  # Maren is last: no Down
        sf.focusNextChild()
        assert QApplication.focusWidget() is widget


def test_removing_several_is_one_undo_step(citizens, demo_store):
    trip_id = citizens.trip_id
    first_two = [citizens.model.row_at(0).id, citizens.model.row_at(1).id]
    citizens.table.select_ids(first_two, first_two[0])
    citizens.remove_current()
    _answer(citizens, "Remove")
    assert citizens.places.text() == "4 of 4 places taken, 0 on the waiting list"
    assert citizens.note.text.text() == ("Dagmar Ruß moved up from the waiting list.\n"
                                         "Søren Thomsen-Brix moved up from the waiting list.")
    assert citizens.ctx.undo.undoText() == "Remove 2 participants"
    citizens.ctx.undo.undo()
    assert names(demo_store, trip_id)[:2] == ["Hannelore Jürgensen", "Karl-Heinz Ohlsen"]
    assert status_of(demo_store, trip_id, "Søren Thomsen-Brix") == RS.WAITLISTED


def test_a_trip_deleted_elsewhere_leaves_an_empty_tab(app, qtbot, demo_store):
    trip_id = trips.create_trip(demo_store, {"title": "Gdańsk 2027", "kind": "outgoing",
                                             "start": "2027-03-01", "end": "2027-03-03"}).id
    tab = make_tab(qtbot, demo_store, trips.get_trip(demo_store, trip_id).ref)
    assert tab.places.text() == "0 participants" and tab.proxy.rowCount() == 0
    assert not tab.edit_action.isEnabled() and not tab.remove_action.isEnabled()
    trips.delete_trip(demo_store, trip_id)
    tab.ctx.changes.announce(Change.TRIP, ident=trip_id)
    assert tab.proxy.rowCount() == 0
