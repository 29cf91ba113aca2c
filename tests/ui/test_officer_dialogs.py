"""Issue 14: every dialog and window fits a 1024×700 screen at 100 % and a 1366×768 laptop
at 125 % (its buttons on the screen, long forms scroll), and opens ready to type: focus in
its first field, Enter on the button that saves."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPushButton,
)

from delegations.services import cities, contacts, trips
from tests.stores import opened_copy
from tests.ui.dialog_catalogue import DIALOGS, FORMS
from ui.app import use_language
from ui.common.dialogs import first_field
from ui.context import AppContext
from ui.directory.city_editor import CityEditor
from ui.directory.ops import DirectoryOps
from ui.trip_window.delegation_picker import ContactPicker
from ui.trip_window.pickers import DestinationPicker
from ui.trips.new_trip_dialog import NewTripDialog

# 1024×700 less a 40 px taskbar and a 30 px title bar; 1366×768 at 125 % is 1093×614
# logical pixels, less the taskbar (32) and title bar: the smaller of both rooms.
ROOM = QSize(1016, 550)


def _open(qtbot, ctx, tmp_path, name):
    widget = DIALOGS[name](ctx, tmp_path)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _buttons(widget):
    return [b for box in widget.findChildren(QDialogButtonBox) for b in box.buttons()
            if b.isVisible()]


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_window_fits_a_small_screen(app, qtbot, demo_store, tmp_path, name):
    widget = _open(qtbot, AppContext.create(demo_store), tmp_path, name)
    least = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    assert least.width() <= ROOM.width() and least.height() <= ROOM.height(), least
    # it opens no larger than the screen, unless it cannot be smaller (the test screen is
    # 800 px wide: narrower than the ROOM checked above)
    screen = widget.screen().availableGeometry().size()
    assert widget.width() <= max(screen.width(), least.width()), widget.size()
    assert widget.height() <= max(screen.height(), least.height()), widget.size()
    widget.resize(widget.size().boundedTo(ROOM))
    QApplication.processEvents()
    inside = QRect(0, 0, widget.width(), widget.height())
    for button in _buttons(widget):
        place = QRect(button.mapTo(widget, button.rect().topLeft()), button.size())
        assert inside.contains(place), (button.text(), place, inside)


@pytest.mark.parametrize("name", FORMS)
def test_every_form_opens_with_focus_in_its_first_field(app, qtbot, demo_store, tmp_path,
                                                        name):
    dialog = _open(qtbot, AppContext.create(demo_store), tmp_path, name)
    focused = dialog.focusWidget()
    assert focused is not None and not isinstance(focused, QAbstractButton), focused
    assert focused is first_field(dialog)
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert [b.text() for b in defaults] in (["&Save"], ["&OK"], ["Save"], ["OK"]), defaults


def test_new_trip_takes_typing_and_enter_creates_it(app, qtbot, demo_store):
    dialog = NewTripDialog(AppContext.create(demo_store))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    title = dialog.form.fields["title"]
    qtbot.waitUntil(title.hasFocus)
    qtbot.keyClicks(QApplication.focusWidget(), "Adventsfahrt Saint-Quentin")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert dialog.isVisible()  # Space typed into the title, never Cancel
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert trips.get_trip(demo_store, dialog.created_id).title == "Adventsfahrt Saint-Quentin"


def test_new_city_takes_typing_and_enter_saves(app, qtbot, demo_store):
    ctx = AppContext.create(demo_store)
    dialog = CityEditor(DirectoryOps(ctx).create_city)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    name = dialog.form.fields["name"]
    assert isinstance(name, QLineEdit)
    qtbot.waitUntil(name.hasFocus)
    qtbot.keyClicks(name, "Sowjetsk")
    zone = dialog.form.fields["timezone"]
    assert isinstance(zone, QComboBox) and zone.isEditable()
    zone.setCurrentIndex(zone.findText("Europe/Kaliningrad"))  # picked from the list
    qtbot.keyClick(name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert any(c.name == "Sowjetsk" for c in cities.list_cities(demo_store))


def test_a_new_trip_on_an_empty_store_gets_a_new_city_inline(app, qtbot, migrated_file,
                                                              tmp_path):
    for store in opened_copy(migrated_file, tmp_path / "empty.sqlite"):
        dialog = NewTripDialog(AppContext.create(store))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        picker = dialog.form.fields["destinations"]
        assert isinstance(picker, DestinationPicker)
        assert picker.choice.count() == 0
        assert "New city" in picker.choice.placeholderText()
        qtbot.keyClicks(dialog.form.fields["title"], "Besuch aus Sowjetsk")
        qtbot.mouseClick(picker.new_button, Qt.MouseButton.LeftButton)
        editor = picker.editor
        assert isinstance(editor, CityEditor)
        qtbot.waitExposed(editor)
        qtbot.keyClicks(editor.form.fields["name"], "Sowjetsk")
        zone = editor.form.fields["timezone"]
        zone.setCurrentIndex(zone.findText("Europe/Kaliningrad"))
        qtbot.keyClick(editor.form.fields["name"], Qt.Key.Key_Return)
        assert not editor.isVisible()
        assert [picker.list.item(0).text()] == ["Sowjetsk"]
        qtbot.keyClick(dialog.form.fields["title"], Qt.Key.Key_Return)
        trip = trips.get_trip(store, dialog.created_id)
        assert [c.name for c in trip.destinations] == ["Sowjetsk"]


def test_a_date_message_speaks_one_language(app, qtbot, demo_store):
    """'2027-04-05 liegt vor start 2027-12-03' named the field in exchange spelling."""
    use_language(app, "de")
    try:
        dialog = NewTripDialog(AppContext.create(demo_store))
        qtbot.addWidget(dialog)
        dialog.show()
        end = dialog.form.fields["end"]
        assert isinstance(end, QDateEdit)
        end.setDate(QDate(2020, 4, 5))
        start = dialog.form.value("start").isoformat()
        assert dialog.form.message("end") == f"2020-04-05 liegt vor dem Beginn am {start}"
    finally:
        use_language(app, "en")


def test_counts_are_plurals_of_the_language(app, qtbot, migrated_file, tmp_path):
    """'1 contacts' was a plural written by hand."""
    for store in opened_copy(migrated_file, tmp_path / "one.sqlite"):
        contacts.create_contact(store, {"name": "Grzegorz Brzęczyszczykiewicz"})
        picker = ContactPicker(store, [])
        qtbot.addWidget(picker)
        assert picker.count.text() == "1 contact"
        use_language(app, "de")
        try:
            german = ContactPicker(store, [])
            qtbot.addWidget(german)
            assert german.count.text() == "1 Kontakt"
        finally:
            use_language(app, "en")


def test_save_dialogs_propose_a_name_from_the_trip_in_a_remembered_folder(app, qtbot,
                                                                          demo_store,
                                                                          tmp_path):
    from ui.common.save_place import proposed_path, remember_folder, trip_file_name

    trip = trips.get_trip(demo_store, trips.find_trip(demo_store, "sf-2026"))
    name = trip_file_name(trip, "Reiseprogramm", ".pdf")
    assert name == "2026-02 San Francisco – Reiseprogramm.pdf"
    unsafe = trip_file_name(trip, 'Plan: "A/B"?', ".pdf")
    assert unsafe == "2026-02 San Francisco – Plan- -A-B--.pdf"
    first = Path(proposed_path("pdf", name))
    assert first.name == name and first.parent.name  # Documents, wherever it is
    remember_folder("pdf", tmp_path / "Reisen" / "x.pdf")
    (tmp_path / "Reisen").mkdir()
    assert Path(proposed_path("pdf", name)) == tmp_path / "Reisen" / name
    assert Path(proposed_path("ics", "a.ics")).parent == first.parent  # per kind
