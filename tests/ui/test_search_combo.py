"""The chooser of one record among thousands (#16): offers a few, finds the rest by
typing, keeps any choice, and survives its window closing while it has the focus."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from tests.ui.conftest import OFFSCREEN_LIMITS
from tests.ui.support import shown
from ui.common.search_combo import OFFERED, SearchCombo

RECORDS = {n: f"Record {n:04d}" for n in range(1, 1001)}


def _search(text: str, limit: int) -> list[tuple[str, int]]:
    return [(name, n) for n, name in RECORDS.items() if text.lower() in name.lower()][:limit]


def _combo(parent=None) -> SearchCombo:
    return SearchCombo("Nothing", _search, RECORDS.get, parent)


def test_offers_a_few_and_chooses_any(app, qtbot):
    combo = shown(qtbot, _combo())
    assert combo.count() == OFFERED + 1 and combo.currentData() is None
    assert combo.currentText() == "" and combo.field.placeholderText() == "Nothing"
    with qtbot.waitSignal(combo.currentIndexChanged):
        combo.choose(777)  # not offered: added and chosen
    assert (combo.currentData(), combo.currentText()) == (777, "Record 0777")
    combo.reload()  # the choice stays when the offer is renewed
    assert combo.currentData() == 777
    combo.choose(5_000)  # no such record: nothing
    assert combo.currentData() is None


# the offscreen test screen cannot grab the keyboard for the suggestions' pop-up
@pytest.mark.qt_log_ignore("^This plugin does not support grabbing the keyboard$",
                           *OFFSCREEN_LIMITS)
def test_typing_looks_up_and_leaving_restores_the_choice(app, qtbot):
    combo = shown(qtbot, _combo())
    combo.choose(3)
    combo.field.setText("0999")
    combo.look_up()
    assert [combo.found.item(r).text() for r in range(combo.found.rowCount())] == [
        "Record 0999"]
    combo.finder.popup().hide()
    combo.field.editingFinished.emit()  # typed but not chosen: back to the choice
    assert (combo.currentData(), combo.currentText()) == (3, "Record 0003")
    combo.field.setText("")
    combo.field.editingFinished.emit()  # emptied: nothing
    assert combo.currentData() is None


def test_closing_the_window_while_it_has_the_focus(app, qtbot):
    window = QWidget()
    QVBoxLayout(window).addWidget(_combo(window))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitActive(window)
    combo = window.findChild(SearchCombo)
    combo.field.setFocus()
    qtbot.waitUntil(combo.field.hasFocus)
    shiboken6.delete(window)  # as at the end of the program: the field loses its focus
    QApplication.processEvents()
