"""The settings dialog: shows the office, refuses bad input at the field, saves on OK."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from delegations.model import Home
from delegations.services import home
from tests.ui.support import shown
from ui.context import AppContext
from ui.settings import SettingsDialog, open_settings, options


@pytest.fixture
def ctx(app, demo_store):
    return AppContext.create(demo_store)


@pytest.fixture
def dialog(ctx, qtbot, user_settings):
    return shown(qtbot, SettingsDialog(ctx, settings=user_settings))


def press_ok(qtbot, dlg: SettingsDialog) -> None:
    ok = dlg.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)


def test_it_shows_the_office_as_stored(dialog):
    fields = dialog.home_city.form.fields
    assert fields["name"].text() == "Kiel"
    assert fields["timezone"].currentText() == "Europe/Berlin"
    assert "Rathaus" in fields["letterhead"].toPlainText()
    assert dialog.programme.buffer.value() == 30
    assert dialog.documents.chosen_language() == "de"
    assert dialog.general.chosen_language() == ""
    assert [dialog.tabs.tabText(i) for i in range(4)] == [
        "General", "Home city && letterhead", "Programme", "Documents"]


def test_an_unknown_time_zone_is_named_at_the_field_and_nothing_is_saved(
        dialog, ctx, qtbot, user_settings):
    before = home.get_home(ctx.store)
    dialog.tabs.setCurrentIndex(0)
    dialog.home_city.form.fields["name"].setText("Kiel an der Förde")
    dialog.home_city.form.fields["timezone"].setCurrentText("Europe/Kiel")
    dialog.programme.buffer.setValue(50)
    dialog.general.language.setCurrentIndex(dialog.general.language.findData("de"))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.tabs.currentWidget() is dialog.home_city
    assert dialog.home_city.form.message("timezone") == "Unknown time zone 'Europe/Kiel'"
    assert dialog.home_city.form.fields["name"].text() == "Kiel an der Förde"  # kept as typed
    assert home.get_home(ctx.store) == before
    assert options.office_value(ctx.store, options.BUFFER_MINUTES) == 30
    assert options.user_value(options.LANGUAGE, user_settings) == ""


def test_ok_saves_every_page_and_announces_the_change(dialog, ctx, qtbot, user_settings):
    form = dialog.home_city.form
    form.fields["name"].setText("Gdańsk")
    form.fields["timezone"].setCurrentText("Europe/Warsaw")
    form.fields["country"].setText("pl")
    form.fields["letterhead"].setPlainText("Urząd Miejski\nul. Nowe Ogrody 8/12")
    dialog.programme.buffer.setValue(45)
    dialog.documents.language.setCurrentIndex(dialog.documents.language.findData("en"))
    dialog.general.language.setCurrentIndex(dialog.general.language.findData("en"))
    with qtbot.waitSignal(ctx.changes.changed) as changed:
        press_ok(qtbot, dialog)
    assert changed.args == ["home", None]
    assert not dialog.isVisible()
    saved = home.get_home(ctx.store)
    assert (saved.name, saved.timezone, saved.country) == ("Gdańsk", "Europe/Warsaw", "PL")
    assert saved.letterhead == "Urząd Miejski\nul. Nowe Ogrody 8/12"
    assert options.office_value(ctx.store, options.BUFFER_MINUTES) == 45
    assert options.office_value(ctx.store, options.DOCUMENT_LANGUAGE) == "en"
    assert options.user_value(options.LANGUAGE, user_settings) == "en"


def test_cancel_saves_nothing(dialog, ctx, qtbot):
    dialog.home_city.form.fields["name"].setText("Aarhus")
    dialog.programme.buffer.setValue(90)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible()
    assert home.get_home(ctx.store).name == "Kiel"
    assert options.office_value(ctx.store, options.BUFFER_MINUTES) == 30


def test_a_logo_that_is_not_an_image_is_refused(dialog, ctx, qtbot, tmp_path):
    text = tmp_path / "logo.png"
    text.write_text("not a picture")
    dialog.home_city.form.fields["logo_path"].setText(str(text))
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "is not an image file" in dialog.home_city.form.message("logo_path")
    assert home.get_home(ctx.store).logo_path == ""


def test_an_emptied_home_city_name_is_required(dialog, ctx, qtbot):
    dialog.home_city.form.fields["name"].setText("   ")
    press_ok(qtbot, dialog)
    assert dialog.home_city.form.message("name") == "Is required"
    assert home.get_home(ctx.store).name == "Kiel"


def test_without_a_home_city_other_settings_still_save(app, sample_store, qtbot, tmp_path):
    with sample_store.transaction() as s:
        s.delete(s.get(Home, 1))
    ctx = AppContext.create(sample_store)
    dlg = SettingsDialog(ctx, settings=QSettings(str(tmp_path / "u.ini"),
                                                 QSettings.Format.IniFormat))
    shown(qtbot, dlg)
    assert dlg.home_city.form.message("name") == ""  # quiet until typed
    dlg.programme.buffer.setValue(15)
    press_ok(qtbot, dlg)
    assert not dlg.isVisible()
    assert home.get_home(sample_store) is None
    assert options.office_value(sample_store, options.BUFFER_MINUTES) == 15


def test_a_home_city_half_typed_is_not_dropped(app, sample_store, qtbot, tmp_path):
    with sample_store.transaction() as s:
        s.delete(s.get(Home, 1))
    dlg = SettingsDialog(AppContext.create(sample_store),
                         settings=QSettings(str(tmp_path / "u.ini"), QSettings.Format.IniFormat))
    shown(qtbot, dlg)
    dlg.home_city.form.fields["office"].setText("Büro für İskenderun-Partnerschaft")
    dlg.programme.buffer.setValue(15)
    press_ok(qtbot, dlg)
    assert dlg.isVisible()
    assert dlg.home_city.form.message("name") == "Is required"
    assert options.office_value(sample_store, options.BUFFER_MINUTES) == 30


def test_open_settings_shows_the_dialog_over_its_parent(ctx, qtbot):
    window = shown(qtbot, QWidget())
    open_settings(ctx, window)
    dialogs = window.findChildren(SettingsDialog)
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert dialogs[0].windowModality() == Qt.WindowModality.WindowModal
    dialogs[0].reject()
