"""Help ▸ Report a Problem… opens the folder of error reports; Help ▸ About shows the
version, the licence and the third-party notices (read from the installed resources)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from delegations.paths import data_dir
from tests.ui.support import Opened
from ui.app import use_language
from ui.context import AppContext
from ui.help_menu import AboutDialog, version
from ui.main_window import MainWindow
from ui.shortcuts import ShortcutsDialog


@pytest.fixture
def window(app, qtbot, sample_store, tmp_path, monkeypatch):
    monkeypatch.setenv("DELEGATIONS_HOME", str(tmp_path / "Büro Kämpfer"))
    win = MainWindow(AppContext.create(sample_store))
    qtbot.addWidget(win)
    return win


def _help_actions(win: MainWindow) -> dict[str, QAction]:
    return {a.objectName(): a for a in win.help_menu.actions() if a.objectName()}


def test_report_a_problem_opens_the_folder_of_error_reports(window):
    report = _help_actions(window)["report_problem"]
    assert report.text() == "&Report a Problem…"
    folder = data_dir() / "logs"
    assert not folder.exists()
    viewer = Opened()
    QDesktopServices.setUrlHandler("file", viewer, "open")
    try:
        report.trigger()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in viewer.urls] == [str(folder)]
    assert folder.is_dir()  # made for the file manager to show
    assert folder.parent.parent.name == "Büro Kämpfer"  # the test's own home


def test_the_help_menu_in_german(app, qtbot, sample_store):
    use_language(app, "de")
    try:
        win = MainWindow(AppContext.create(sample_store))
        qtbot.addWidget(win)
        actions = _help_actions(win)
        assert win.help_menu.title() == "&Hilfe"
        assert actions["report_problem"].text() == "&Problem melden…"
        assert actions["about"].text() == "Ü&ber Delegations"
        about = AboutDialog("kiel.sqlite", win)
        qtbot.addWidget(about)
        assert about.windowTitle() == "Über Delegations"
        assert "Freie Software unter der MIT License" in about.header.text()
    finally:
        use_language(app, "en")


def test_about_shows_version_licence_and_every_notice(app, qtbot, window):
    about = AboutDialog("Reisen Kiel.sqlite", window)
    qtbot.addWidget(about)
    about.show()
    qtbot.waitExposed(about)
    header = about.header.text()
    assert f"Delegations {version()}" in header and "MIT License" in header
    assert "Reisen Kiel.sqlite" in header
    text = about.notices.toPlainText()
    for name in ("PySide6", "LGPL-3.0", "Replacing Qt", "recurring-ical-events",
                 "SQLAlchemy", "reportlab", "DejaVu Sans", "Droid Sans Fallback"):
        assert name in text, name
    assert about.notices.verticalScrollBar().maximum() > 0  # scrolls: it is long
    about.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close).click()
    assert not about.isVisible()


def test_the_about_action_opens_the_dialog(window, qtbot):
    _help_actions(window)["about"].trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_help_lists_the_keyboard_shortcuts_one_meaning_each(window, qtbot):
    action = window.findChild(QAction, "keyboard_shortcuts")
    action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert ("New Trip", "Ctrl+N") in rows
    meanings = {what for what, keys in rows if "Ctrl+N" in keys.split(", ")}
    assert meanings == {"New Trip"}, meanings
    dialog.reject()
