"""Creating, editing and deleting cities and contacts: errors at the field, undo, refusals."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from delegations.errors import NotFoundError
from delegations.folding import fold
from delegations.services import cities, contacts
from tests.ui.directory_support import city_id, contact_id, make_page, message_box
from tests.ui.support import in_main_window, typed
from ui.context import AppContext
from ui.directory.page import DirectoryPage


@pytest.fixture
def page(app, qtbot, demo_store):
    return make_page(qtbot, demo_store)


def _city_count(store) -> int:
    return len(cities.list_cities(store))


def test_unknown_time_zone_is_marked_at_the_field_and_nothing_is_saved(page, demo_store):
    before = _city_count(demo_store)
    editor = page.cities.new()
    fields = editor.form.fields
    assert not editor.save_button.isEnabled()  # the name is still missing
    assert editor.form.message("name") == ""  # …but not shouted about before typing
    fields["name"].setText("Kiel-Nord")
    fields["timezone"].setCurrentText("Europe/Kiel")
    assert editor.form.message("timezone") == "Unknown time zone 'Europe/Kiel'"
    assert fields["timezone"].property("invalid") is True
    assert not editor.save_button.isEnabled()
    editor.save()  # as if Enter were pressed
    assert editor.isVisible() and _city_count(demo_store) == before
    assert fields["timezone"].currentText() == "Europe/Kiel"  # what was typed stays
    fields["timezone"].setCurrentText("Europe/Berlin")
    assert editor.form.message("timezone") == "" and editor.save_button.isEnabled()
    editor.save()
    assert not editor.isVisible()
    assert _city_count(demo_store) == before + 1
    assert page.cities.table.current_id() == editor.result_value
    assert cities.get_city(demo_store, editor.result_value).timezone == "Europe/Berlin"


def test_every_field_is_checked_by_the_core_rules(page):
    editor = page.cities.new()
    fields = editor.form.fields
    fields["country"].setText("DEU")
    fields["since"].setText("1066 AD")
    assert "at most 2" in editor.form.message("country")
    assert editor.form.message("since") == "'1066 AD' is not a whole number"
    fields["country"].setText("dk")
    assert editor.form.message("country") == ""


def test_a_refusal_of_the_service_is_shown_at_its_field(page, demo_store, monkeypatch):
    from delegations.errors import ValidationError

    def refuse(store, data):
        raise ValidationError("name", "'{ref}' is already used by another city", ref="aarhus")

    monkeypatch.setattr(cities, "create_city", refuse)
    editor = page.cities.new()
    editor.form.fields["name"].setText("Aarhus")
    editor.form.fields["timezone"].setCurrentText("Europe/Copenhagen")
    editor.save()
    assert editor.isVisible()
    assert editor.form.message("name") == "'aarhus' is already used by another city"


def test_undo_and_redo_a_contact_edit(page, demo_store):
    ident = contact_id(demo_store, "Michael Chen")
    assert page.show_contact(ident)
    page.contacts.edit_current()
    editor = page.contacts.editor
    typed(editor, phone="+1 415 555 0199", function="Chief of Protocol, Office of the Mayor")
    editor.save()
    assert contacts.get_contact(demo_store, ident).phone == "+1 415 555 0199"
    undo = page.ctx.undo
    assert undo.count() == 1 and undo.undoText() == "Edit contact “Michael Chen”"
    undo.undo()
    person = contacts.get_contact(demo_store, ident)
    assert (person.phone, person.function) == ("+1 415 555 0101", "Chief of Protocol")
    assert "+1 415 555 0101" in page.contacts.detail.toPlainText()
    undo.redo()
    assert contacts.get_contact(demo_store, ident).phone == "+1 415 555 0199"


def test_the_sort_order_follows_an_edit_its_undo_and_redo(page, demo_store):
    """The folded sort columns are kept on every write, undo and redo included (#16)."""
    ident = contact_id(demo_store, "Michael Chen")

    def in_order() -> list[str]:
        folded = [fold(c.organisation)
                  for c in contacts.list_contacts(demo_store, sort="organisation")]
        assert folded == sorted(folded)
        return folded

    before = in_order()
    page.show_contact(ident)
    page.contacts.edit_current()
    typed(page.contacts.editor, organisation="Ärztekammer Kalifornien")
    page.contacts.editor.save()
    assert "arztekammer kalifornien" in in_order()
    page.ctx.undo.undo()
    assert in_order() == before
    page.ctx.undo.redo()
    assert contacts.get_contact(demo_store, ident).organisation == "Ärztekammer Kalifornien"
    assert "arztekammer kalifornien" in in_order()


def test_saving_without_a_change_records_nothing(page, demo_store):
    page.show_contact(contact_id(demo_store, "Michael Chen"))
    page.contacts.edit_current()
    page.contacts.editor.save()
    assert page.ctx.undo.count() == 0


def test_new_contact_is_undone_and_redone_under_its_ref(page, demo_store):
    editor = page.contacts.new()
    editor.form.fields["name"].setText("Signe Bech")
    combo = editor.form.fields["city"]
    combo.setCurrentIndex(combo.findData(city_id(demo_store, "aarhus")))
    editor.save()
    first = contacts.get_contact(demo_store, editor.result_value)
    assert first.city_name == "Aarhus"
    page.ctx.undo.undo()
    with pytest.raises(NotFoundError):
        contacts.get_contact(demo_store, first.id)
    page.ctx.undo.redo()
    again = [c for c in contacts.list_contacts(demo_store, "Signe Bech")]
    assert [(c.ref, c.city_name) for c in again] == [(first.ref, "Aarhus")]


def test_deleting_a_city_used_by_trips_is_refused_and_the_city_kept(page, demo_store, qtbot):
    sf = city_id(demo_store, "sf")
    page.show_city(sf)
    page.cities.delete_selected()
    question = message_box(page.cities)
    _click(question, "Delete")
    refusal = message_box(page.cities)
    assert refusal is not question
    assert refusal.text().startswith("Cannot delete San Francisco: used by")
    assert cities.get_city(demo_store, sf).name == "San Francisco"
    assert page.ctx.undo.count() == 0
    refusal.close()


def test_deleting_an_unused_city_can_be_undone(page, demo_store):
    ident = city_id(demo_store, "polen-institut")
    page.show_city(ident)
    page.cities.delete_selected()
    _click(message_box(page.cities), "Delete")
    with pytest.raises(NotFoundError):
        cities.get_city(demo_store, ident)
    page.ctx.undo.undo()
    assert cities.get_city(demo_store, "polen-institut").name == "Polen-Institut"
    page.ctx.undo.redo()
    with pytest.raises(NotFoundError):
        cities.get_city(demo_store, "polen-institut")


def test_cancel_keeps_the_city(page, demo_store):
    ident = city_id(demo_store, "polen-institut")
    page.show_city(ident)
    page.cities.delete_selected()
    message_box(page.cities).button(QMessageBox.StandardButton.Cancel).click()
    assert cities.get_city(demo_store, ident)


def test_page_shortcuts_win_inside_the_page(app, qtbot, demo_store):
    """Ctrl+F finds in the page; Ctrl+N stays New Trip (one shortcut, one meaning) and a
    new entry is Insert, as in the programme."""
    page = DirectoryPage(AppContext.create(demo_store))
    hits = in_main_window(qtbot, page, ("Ctrl+N", "Ctrl+F"))
    page.cities.table.setFocus()
    qtbot.waitUntil(page.cities.table.hasFocus)
    qtbot.keyClick(page.cities.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.cities.filters.search.hasFocus()
    qtbot.keyClick(page.cities.filters.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert hits == ["Ctrl+N"]
    assert page.cities.editor is None or not page.cities.editor.isVisible()
    qtbot.keyClick(page.cities.filters.search, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: page.cities.editor is not None and page.cities.editor.isVisible())
    page.cities.editor.reject()


def _click(box: QMessageBox, text: str) -> None:
    next(b for b in box.buttons() if b.text() == text).click()
