"""Forms of address in the contact and participant editors, the gift register's fields
and the Protocol Settings dialog, driven as a user does."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow

from delegations.services import address, gift_register, gifts, letters, participants, trips
from tests.ui.directory_support import contact_id, make_page
from ui.after.gifts_tab import GiftsTab
from ui.context import AppContext
from ui.protocol.settings_dialog import ProtocolSettingsDialog
from ui.trip_window.delegation_tab import DelegationTab


@pytest.fixture
def page(app, qtbot, demo_store):
    return make_page(qtbot, demo_store)


def test_contact_editor_shows_the_proposal_and_saves_own_forms_undoably(page, demo_store,
                                                                         qtbot):
    ident = contact_id(demo_store, "Michael Chen")
    page.show_contact(ident)
    page.contacts.edit_current()
    editor = page.contacts.editor
    box = editor.address_box
    editor.form.fields["honorific"].setText("Mr")
    editor.form.fields["function"].setText("Ambassador")
    editor.form.fields["address_form"].setText("")  # the demo's own single form would win
    qtbot.waitUntil(lambda: box.fields[("en", "salutation")].placeholderText()
                    == "Your Excellency")
    assert box.fields[("de", "envelope")].placeholderText().startswith("Seine Exzellenz")
    box.fields[("en", "spoken")].setText("Michael")
    editor.save()
    assert not editor.isVisible()
    forms = address.address_forms(demo_store, address_row(demo_store, ident), "en")
    assert forms.spoken == "Michael" and forms.salutation == "Your Excellency"
    page.ctx.undo.undo()
    assert address.forms_values(demo_store, contact_id=ident)["en"]["spoken"] == ""
    page.ctx.undo.redo()
    assert address.forms_values(demo_store, contact_id=ident)["en"]["spoken"] == "Michael"


def address_row(store, ident):
    from delegations.services import contacts

    return contacts.get_contact(store, ident)


def test_an_unchanged_contact_editor_keeps_the_stored_forms(page, demo_store):
    ident = contact_id(demo_store, "Michael Chen")
    from delegations.services import contacts

    contacts.update_contact(demo_store, ident, {"address_forms": {
        "de": {"salutation": "Lieber Michael"}}})
    page.show_contact(ident)
    page.contacts.edit_current()
    editor = page.contacts.editor
    assert editor.address_box.fields[("de", "salutation")].text() == "Lieber Michael"
    editor.save()
    assert page.ctx.undo.count() == 0
    assert address.forms_values(demo_store, contact_id=ident)["de"]["salutation"] == \
        "Lieber Michael"


def make_tab(qtbot, store, ref):
    window = QMainWindow()
    qtbot.addWidget(window)
    tab = DelegationTab(AppContext.create(store), trips.find_trip(store, ref), window)
    window.setCentralWidget(tab)
    window.show()
    tab.test_window = window
    return tab


def test_participant_editor_keeps_passport_rooming_and_address_fields(app, qtbot, demo_store):
    tab = make_tab(qtbot, demo_store, "sovetsk-2019")
    person = tab.model_rows()[0]
    tab.table.select_ids([person.id], person.id)
    editor = tab.edit_current()
    fields = editor.form.fields
    for name, value in (("passport_name", "SOKOLOVA IRINA"), ("nationality", "RU"),
                        ("passport_number", "75 1234567"), ("room_type", "Einzelzimmer"),
                        ("billing", "Landeshauptstadt Kiel"), ("liaison", "Birte Jensen")):
        fields[name].setText(value)
    editor.address_box.fields[("de", "salutation")].setText("Sehr geehrte Frau Sokolova")
    editor.save()
    assert not editor.isVisible()
    saved = next(p for p in participants.list_participants(demo_store, person.trip_id)
                 if p.id == person.id)
    assert (saved.passport_number, saved.nationality, saved.liaison) == (
        "75 1234567", "RU", "Birte Jensen")
    assert address.address_forms(demo_store, saved, "de").salutation == \
        "Sehr geehrte Frau Sokolova"
    tab.ctx.undo.undo()
    again = next(p for p in participants.list_participants(demo_store, person.trip_id)
                 if p.id == person.id)
    assert again.passport_number == "" and address.forms_values(
        demo_store, participant_id=person.id)["de"]["salutation"] == ""


def test_gift_editor_records_the_decision_and_warns_above_the_limit(app, qtbot, demo_store):
    trip = trips.find_trip(demo_store, "sovetsk-2019")
    tab = GiftsTab(AppContext.create(demo_store), trip)
    qtbot.addWidget(tab)
    editor = tab.new_gift()
    fields = editor.form.fields
    fields["direction"].setCurrentIndex(fields["direction"].findData("received"))
    fields["description"].setPlainText("Bernsteinschale")
    fields["value"].setText("150")
    qtbot.waitUntil(lambda: "limit" in editor.warning.text())
    assert editor.warning.isVisible() and "25" in editor.warning.text()
    fields["kept_at"].setText("Rathaus, Vitrine 2")
    fields["decision"].setCurrentIndex(fields["decision"].findData("kept"))
    editor.save()
    gift = next(g for g in gifts.list_gifts(demo_store, trip_id=trip)
                if g.description == "Bernsteinschale")
    assert (gift.kept_at, gift.decision) == ("Rathaus, Vitrine 2", "kept")
    [entry] = [e for e in gift_register.gift_register(demo_store, trip_id=trip)
               if e.gift.id == gift.id]
    assert entry.flag == "above" and not entry.undecided


def test_protocol_settings_refuse_a_wrong_field_and_save_nothing(app, qtbot, demo_store):
    dialog = ProtocolSettingsDialog(AppContext.create(demo_store))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.limit.setText("50")
    dialog.body.setPlainText("{anrede}, willkommen")
    assert not dialog.save()
    assert "{anrede}" in dialog.banner.text() and dialog.banner.isVisible()
    assert gift_register.get_limit(demo_store).cents == 2500  # nothing was saved
    fields = dialog.findChild(QLabel, "template_fields")
    assert "{passport_number} – passport number" in fields.toolTip().splitlines()
    dialog.body.setPlainText("{salutation},\n\nwillkommen in {home_city}!")
    dialog.rules.add_rule()
    row = dialog.rules.rowCount() - 1
    for column, text in enumerate(("Intendant", "", "de", "", "{dear} Intendant", "")):
        dialog.rules.item(row, column).setText(text)
    assert dialog.save()
    assert gift_register.get_limit(demo_store).cents == 5000
    assert letters.get_template(demo_store, "invitation", "de").body.endswith("{home_city}!")
    assert address.list_rules(demo_store)[-1].salutation == "{dear} Intendant"
    assert letters.get_template(demo_store, "visa", "en").body == letters.DEFAULTS[
        ("visa", "en")][1]  # only the edited template became the office's own


def test_the_gift_register_of_a_year_is_saved_from_the_settings(app, qtbot, demo_store,
                                                                tmp_path):
    from pypdf import PdfReader

    dialog = ProtocolSettingsDialog(AppContext.create(demo_store))
    qtbot.addWidget(dialog)
    out = dialog.save_register(2019, tmp_path / "register.pdf")
    text = " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(out).pages)
    assert "Geschenkeregister" in text and "Schale aus Bernstein" in text
