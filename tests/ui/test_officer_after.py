"""Issue 14, after the visit: the gift register's warning does not move the fields."""

from __future__ import annotations

from PySide6.QtCore import QPoint

from delegations.services import contacts, gifts, trips
from ui.after.gifts_tab import GiftsTab
from ui.context import AppContext


def _places(editor):
    widgets = [*editor.form.fields.values(), editor.save_button, editor.buttons]
    return [w.mapTo(editor, QPoint(0, 0)) for w in widgets]


def test_the_repeat_warning_moves_nothing_the_user_is_about_to_click(app, qtbot, demo_store):
    person = contacts.list_contacts(demo_store)[0].id
    gifts.add_gift(demo_store, {"direction": "given", "description": "Buddelschiff Gorch Fock",
                                "contact": person, "date": "2026-02-24"})
    later = trips.create_trip(demo_store, {"title": "Besuch 2031", "start": "2031-05-01",
                                           "end": "2031-05-03"})
    tab = GiftsTab(AppContext.create(demo_store), later.id)
    qtbot.addWidget(tab)
    editor = tab.new_gift()
    qtbot.waitExposed(editor)
    contact = editor.form.fields["contact"]
    contact.setCurrentIndex(contact.findData(person))
    before = _places(editor)
    qtbot.keyClicks(editor.form.fields["description"], "buddelschiff gorch fock")
    qtbot.waitUntil(editor.warning.isVisible)
    assert editor.warning.text().startswith("⚠ Already given to this person")
    assert _places(editor) == before
    editor.reject()
