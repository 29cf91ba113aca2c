"""Issue 14: the trip's Contacts tab adds counterparts from the directory (several at
once), removes them and puts them in order; the order is stored, every step undoable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from delegations.services import contacts, trips
from tests.ui.support import in_main_window
from tests.ui.trip_support import answer, open_window
from ui.context import AppContext
from ui.directory.page import DirectoryPage
from ui.trip_window.delegation_picker import ContactPicker


def _button(tab, text: str) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.text() == text)


def _own(tab) -> list[str]:
    group = tab.own_group
    return [] if group is None else [group.child(r).text(0) for r in range(group.childCount())]


def _stored(store, trip_id) -> list[str]:
    return [c.name for c in trips.get_trip(store, trip_id).counterparts]


def _click_row(qtbot, table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    where = table.visualRect(table.model().index(row, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)


def test_counterparts_are_added_several_at_once_ordered_and_removed(app, qtbot, demo_store):
    ctx = AppContext.create(demo_store)
    window = open_window(qtbot, ctx, "sf-2026")
    window.tabs.setCurrentIndex(3)
    tab = window.tab("contacts")
    trip_id = window.trip_id
    QApplication.processEvents()
    assert _own(tab) == [] and not _button(tab, "Move &Up").isEnabled()

    qtbot.mouseClick(_button(tab, "Add from &Directory…"), Qt.MouseButton.LeftButton)
    picker = tab.picker
    assert isinstance(picker, ContactPicker)
    qtbot.waitExposed(picker)
    assert picker.count.text().endswith("Ctrl+click or Shift+click chooses several.")
    _click_row(qtbot, picker.table, 0)
    _click_row(qtbot, picker.table, 2, Qt.KeyboardModifier.ControlModifier)
    expected = [picker.model.contact(0).name, picker.model.contact(2).name]
    qtbot.mouseClick(picker.add_button, Qt.MouseButton.LeftButton)
    assert _own(tab) == expected == _stored(demo_store, trip_id)
    assert ctx.undo.undoText() == "Add 2 counterparts"

    second = tab.own_group.child(1)
    tab.table.setCurrentItem(second)
    tab.table.setFocus()
    qtbot.mouseClick(_button(tab, "Move &Up"), Qt.MouseButton.LeftButton)
    assert _own(tab) == expected[::-1] == _stored(demo_store, trip_id)
    assert ctx.undo.undoText() == f"Move “{expected[1]}”"
    assert tab.current_counterpart() is not None  # the person moved stays chosen
    ctx.undo.undo()
    assert _stored(demo_store, trip_id) == expected
    QApplication.processEvents()
    assert _own(tab) == expected

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tab.table.setCurrentItem(tab.own_group.child(0))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert _stored(demo_store, trip_id) == expected[1:] == _own(tab)
    assert ctx.undo.undoText() == f"Remove counterpart “{expected[0]}”"
    assert any(c.name == expected[0] for c in contacts.list_contacts(demo_store))  # kept
    ctx.undo.undo()
    assert _stored(demo_store, trip_id) == expected


def test_the_order_of_counterparts_is_stored(app, demo_store):
    trip_id = trips.find_trip(demo_store, "sf-2026")
    people = [contacts.create_contact(demo_store, {"name": name}).id
              for name in ("Ирина Петрова", "Jörg Kämpfer", "Ayşe İskenderun")]
    assert trips.set_counterparts(demo_store, trip_id, people[::-1]) == ()
    assert [c.id for c in trips.get_trip(demo_store, trip_id).counterparts] == people[::-1]
    assert trips.set_counterparts(demo_store, trip_id, people[1:]) == tuple(people[::-1])
    assert [c.id for c in trips.get_trip(demo_store, trip_id).counterparts] == people[1:]


def test_undoing_a_contacts_delete_puts_them_back_on_the_trip(app, qtbot, demo_store):
    """Deleting a contact in the directory takes them off the trip's counterparts; undo
    brings them back in their place (it once made the contact again without its place)."""
    ctx = AppContext.create(demo_store)
    window = open_window(qtbot, ctx, "sf-2026")
    trip_id = window.trip_id
    people = [contacts.create_contact(demo_store, {"name": name}).id
              for name in ("Ирина Петрова", "Jörg Kämpfer", "Ayşe İskenderun")]
    trips.set_counterparts(demo_store, trip_id, people)
    names = _stored(demo_store, trip_id)
    window.tabs.setCurrentIndex(3)
    tab = window.tab("contacts")
    page = DirectoryPage(ctx)
    in_main_window(qtbot, page, ())
    assert page.show_contact(people[1])
    page.contacts.table.setFocus()
    qtbot.waitUntil(page.contacts.table.hasFocus)
    qtbot.keyClick(page.contacts.table, Qt.Key.Key_Delete)
    assert answer(page.contacts, "Delete").startswith(f"Delete “{names[1]}”?")
    QApplication.processEvents()
    assert _own(tab) == [names[0], names[2]] == _stored(demo_store, trip_id)
    ctx.undo.undo()
    QApplication.processEvents()
    assert _own(tab) == names == _stored(demo_store, trip_id)
    ctx.undo.redo()
    QApplication.processEvents()
    assert _own(tab) == [names[0], names[2]] == _stored(demo_store, trip_id)
    ctx.undo.undo()
    assert _stored(demo_store, trip_id) == names
