"""Issue 14: Help ▸ User Guide (F1) shows the shipped guide in the interface's language,
ending with the shortcuts of the window it is opened from, read from that window's
actions; a trip window lists its own keys (tabs, programme, delegation)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from delegations.paths import resource
from tests.ui.trip_support import open_window
from ui.app import use_language
from ui.context import AppContext
from ui.guide import GuideDialog
from ui.main_window import MainWindow
from ui.shortcuts import ShortcutsDialog, shortcuts

JOURNEYS_EN = ("Journey 1: a citizens' bus trip with a waiting list",
               "Journey 2: a signing trip abroad",
               "Journey 3: hosting a delegation and what came of it",
               "Journey 4: finding things and working by keyboard")


def _main(qtbot, store) -> MainWindow:
    win = MainWindow(AppContext.create(store))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


def test_f1_opens_the_guide_with_the_windows_real_shortcuts(app, qtbot, sample_store):
    win = _main(qtbot, sample_store)
    qtbot.keyClick(win, Qt.Key.Key_F1)
    guide = win.findChild(GuideDialog)
    assert guide is not None
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    for journey in JOURNEYS_EN:
        assert journey in text
    assert "Keyboard shortcuts of this window" in text
    for what, keys in shortcuts(win):  # every one the window has, and as it has it
        assert f"{what}\n{keys}" in text or f"{what}\t{keys}" in text or (
            what in text and keys in text), (what, keys)
    assert ("New Trip", "Ctrl+N") in shortcuts(win)
    guide.reject()


def test_the_guide_in_german(app, qtbot, sample_store):
    use_language(app, "de")
    try:
        win = _main(qtbot, sample_store)
        win.findChild(type(win.help_menu.actions()[0]), "user_guide").trigger()
        guide = win.findChild(GuideDialog)
        qtbot.waitExposed(guide)
        text = guide.browser.toPlainText()
        assert "Benutzerhandbuch" in text and "Weg 1: eine Bürgerfahrt mit Warteliste" in text
        assert "Neue Reise" in text  # the shortcut list, in the window's own words
        guide.reject()
    finally:
        use_language(app, "en")


def test_both_guides_are_shipped_and_tell_the_same_journeys():
    english = resource("guide", "guide_en.md").read_text(encoding="utf-8")
    german = resource("guide", "guide_de.md").read_text(encoding="utf-8")
    assert [line for line in english.splitlines() if line.startswith("## Journey")] == [
        f"## {j}" for j in JOURNEYS_EN]
    assert len([x for x in german.splitlines() if x.startswith("## Weg")]) == 4


def test_a_trip_window_lists_the_keys_of_all_its_tabs(app, qtbot, demo_store):
    window = open_window(qtbot, AppContext.create(demo_store), "sf-2026")
    action = next(a for a in window.help_menu.actions() if a.objectName() ==
                  "keyboard_shortcuts")
    action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    qtbot.waitExposed(dialog)
    table = dialog.table
    rows = {(table.item(r, 0).text(), table.item(r, 1).text())
            for r in range(table.rowCount())}
    assert ("Programme", "Ctrl+3") in rows  # the View menu's tab keys
    assert ("Programme: New Item", "Ins") in rows  # made although the tab was never shown
    assert ("Delegation: Add from Directory", "Ins") in rows
    assert ("Undo", "Ctrl+Z") in rows
    dialog.reject()
    QApplication.processEvents()
