"""Issue 14: the Protocol tab fits a 1024 px wide window without a horizontal scrollbar,
whatever the length of the programme's titles and the hotels' names; its papers are saved
where the last ones went, named by the trip."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QPushButton, QScrollArea

from delegations.services import agenda, travel, trips
from tests.ui.trip_support import open_window
from ui.common.save_place import remember_folder
from ui.context import AppContext

LONG = ("Auftaktworkshop Meeresschutz in der Ostsee mit den Partnerstädten Gdańsk, "
        "Калининград und İskenderun im Rathaus, großer Ratssaal (Entwurf)")


def test_the_protocol_tab_fits_1024_px_without_scrolling_sideways(app, qtbot, demo_store):
    trip_id = trips.find_trip(demo_store, "sf-2026")
    agenda.add_item(demo_store, trip_id, {"title": LONG, "kind": "transfer",
                                          "start": "2026-02-23T09:00",
                                          "end": "2026-02-23T09:30",
                                          "timezone": "America/Los_Angeles"})
    travel.add_stay(demo_store, trip_id, {"name": "Hotel " + LONG, "check_in": "2026-02-22",
                                          "check_out": "2026-02-27"})
    window = open_window(qtbot, AppContext.create(demo_store), "sf-2026")
    window.resize(1024, 700)
    tab = window.tab("protocol")
    window.tabs.setCurrentIndex(window.tabs.count() - 1)
    QApplication.processEvents()
    assert window.width() == 1024
    scroll = tab.findChild(QScrollArea)
    assert scroll is not None and scroll.isVisible()
    assert not scroll.horizontalScrollBar().isVisible()
    assert scroll.widget().width() <= scroll.viewport().width()
    viewport = scroll.viewport()
    for part in tab.findChildren(QPushButton) + tab.findChildren(QComboBox):
        if part.isVisible():
            right = part.mapTo(viewport, QPoint(part.width(), 0)).x()
            assert right <= viewport.width(), (part.text() if isinstance(part, QPushButton)
                                               else part.currentText(), right)
    texts = [tab.transport.item.itemText(i) for i in range(tab.transport.item.count())]
    assert any(LONG in t for t in texts)  # the long title is offered, only shown shorter


def test_protocol_papers_are_saved_where_the_last_ones_went_named_by_the_trip(
        app, qtbot, demo_store, tmp_path):
    window = open_window(qtbot, AppContext.create(demo_store), "sf-2026")
    tab = window.tab("protocol")
    remember_folder("pdf", tmp_path / "Reisen" / "earlier.pdf")
    (tmp_path / "Reisen").mkdir()
    proposed: list[str] = []

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QFileDialog)
        proposed.append(dialog.selectedFiles()[0])
        dialog.accept()

    QTimer.singleShot(200, answer)
    badges = next(b for b in tab.findChildren(QPushButton) if b.text() == "Save Badges…")
    qtbot.mouseClick(badges, Qt.MouseButton.LeftButton)
    target = tmp_path / "Reisen" / "2026-02 San Francisco – Name badges.pdf"
    assert proposed == [str(target)]
    assert target.read_bytes().startswith(b"%PDF")
