"""The German catalogue is complete and builds; the window speaks German with it."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET

import pytest

from ui import translations
from ui.app import use_language
from ui.main_window import MainWindow


def test_build_without_catalogues_does_nothing(tmp_path):
    assert translations.build(tmp_path) == 0
    assert list(tmp_path.iterdir()) == []


def test_build_compiles_each_catalogue(tmp_path):
    shutil.copy(translations.TRANSLATIONS / "delegations_de.ts", tmp_path)
    assert translations.build(tmp_path) == 0
    assert (tmp_path / "delegations_de.qm").stat().st_size > 0


def test_every_german_message_is_translated():
    root = ET.parse(translations.TRANSLATIONS / "delegations_de.ts").getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if not (m.findtext("translation") or "").strip()
               or m.find("translation").get("type") == "unfinished"]
    assert missing == []


@pytest.fixture
def german(app):
    use_language(app, "de")
    yield app
    use_language(app, "en")


def test_the_window_in_german(german, qtbot, sample_store):
    win = MainWindow(sample_store)
    qtbot.addWidget(win)
    assert [win.sidebar.item(r).text() for r in range(4)] == [
        "Reisen", "Städte & Kontakte", "Nachverfolgung", "Dokumente"]
    assert win.trips.filters.year.itemText(0) == "Alle Jahre"
    assert win.trips.model.index(0, 3).data() == "22.02.2026"
    assert win.trips.model.index(0, 1).data() == "Delegationsreise"
