"""Ticking contacts among many (#16): the list holds the ticked ones and the first matches
the database finds, never the whole directory."""

from __future__ import annotations

from PySide6.QtCore import Qt

from delegations.services import contacts
from tests.ui.support import shown
from ui.common.contact_picker import ID, SHOWN, ContactPicker


def _listed(picker):
    return [picker.list.item(r).data(ID) for r in range(picker.list.count())]


def _names(picker):
    return [picker.list.item(r).text() for r in range(picker.list.count())]


def test_holds_the_ticked_and_the_first_matches_only(app, qtbot, demo_store):
    for n in range(SHOWN + 10):
        contacts.create_contact(demo_store, {"name": f"Anna Zett {n:03d}"})
    müller = contacts.create_contact(demo_store, {"name": "Jürgen Müller",
                                                  "organisation": "Stadtwerke Kiel"})
    created = []
    picker = shown(qtbot, ContactPicker(demo_store, created.append))
    assert picker.list.count() == SHOWN  # the first by name, not all of them
    picker.search.setText("mueller")
    assert _names(picker) == ["Jürgen Müller — Stadtwerke Kiel"]
    picker.list.item(0).setCheckState(Qt.CheckState.Checked)
    picker.search.setText("zett")
    listed = _listed(picker)
    assert listed[0] == müller.id and len(listed) == SHOWN + 1  # the ticked one stays first
    assert all("Zett" in name for name in _names(picker)[1:])
    assert picker.value() == [müller.id]


def test_set_value_ticks_contacts_not_among_the_first(app, qtbot, demo_store):
    for n in range(SHOWN):
        contacts.create_contact(demo_store, {"name": f"Aaron Aal {n:03d}"})
    last = contacts.create_contact(demo_store, {"name": "Zygmunt Żółć"})
    picker = shown(qtbot, ContactPicker(demo_store, None))
    assert last.id not in _listed(picker)
    with qtbot.waitSignal(picker.changed):
        picker.set_value([last.id, 99_999])  # a contact gone meanwhile is left out
    assert picker.value() == [last.id] and _listed(picker)[0] == last.id
    assert not picker.new_button.isVisibleTo(picker)  # nobody offered New contact…
