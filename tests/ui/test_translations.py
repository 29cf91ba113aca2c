"""The German catalogue is complete and builds; the language is the one chosen, else the
system's; dates follow it; a missing catalogue means English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from delegations import i18n
from ui import formatting, translations
from ui.app import create_application, use_language
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.settings import options

ROOT = Path(__file__).resolve().parents[2]


def test_build_without_catalogues_does_nothing(tmp_path):
    assert translations.build(tmp_path) == 0
    assert list(tmp_path.iterdir()) == []


def test_build_compiles_each_catalogue(tmp_path):
    shutil.copy(translations.TRANSLATIONS / "delegations_de.ts", tmp_path)
    assert translations.build(tmp_path) == 0
    assert (tmp_path / "delegations_de.qm").stat().st_size > 0


def _translated(element: ET.Element | None) -> bool:
    """Done, with text (or, for a message with plural forms, text in every form)."""
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return element is not None and element.get("type") != "unfinished"
    forms = element.findall("numerusform")
    texts = [f.text for f in forms] if forms else [element.text]
    return all((text or "").strip() for text in texts)


def test_every_german_message_is_translated():
    root = ET.parse(translations.TRANSLATIONS / "delegations_de.ts").getroot()
    missing = [m.findtext("source") for m in root.iter("message")
               if not _translated(m.find("translation"))]
    assert missing == []


@pytest.fixture
def german(app):
    use_language(app, "de")
    yield app
    use_language(app, "en")


def test_the_window_in_german(german, qtbot, sample_store):
    win = MainWindow(AppContext.create(sample_store))
    qtbot.addWidget(win)
    assert [win.sidebar.item(r).text() for r in range(win.sidebar.count())] == [
        "Übersicht", "Reisen", "Städte & Kontakte", "Ziele", "Nachverfolgung", "Dokumente"]
    assert win.trips.filters.year.itemText(0) == "Alle Jahre"
    assert win.trips.model.index(0, 3).data() == "22.02.2026"
    assert win.trips.model.index(0, 1).data() == "Delegationsreise"


# ------------------------------------------------------------------ choosing the language


@pytest.fixture
def default_settings(tmp_path):
    """QSettings() of this test in its own folder (the app reads the language there)."""
    options.use_settings_folder(tmp_path)
    yield QSettings()
    options.use_settings_folder()  # the process's own, as in conftest


@pytest.mark.parametrize(("choice", "system", "used"), [
    ("", "de", "de"), ("", "en", "en"), ("de", "en", "de"), ("en", "de", "en")])
def test_a_chosen_language_wins_over_the_system(choice, system, used):
    assert translations.chosen_language(choice, system) == used


def test_the_setting_gives_german_whatever_the_system(app, default_settings):
    options.set_user_value(options.LANGUAGE, "de")
    try:
        create_application([])
        assert QCoreApplication.translate("MainWindow", "Trips") == "Reisen"
        assert formatting.short_date(date(2026, 2, 22)) == "22.02.2026"
        assert QLocale().toString(1234.5, "f", 2) == "1.234,50"
        assert i18n.current_language() == "de"
    finally:
        use_language(app, "en")
    assert formatting.short_date(date(2026, 2, 22)) == "22/02/2026"


SCRIPT = """
import json
from datetime import date
from PySide6.QtCore import QCoreApplication
from ui import formatting
from ui.app import create_application, preferred_language, use_language
from ui.settings import options
seen = []
app = create_application([])
for choice in (None, "FIRST", ""):
    if choice is not None:
        options.set_user_value(options.LANGUAGE, choice)
        use_language(app, preferred_language())
    seen.append([QCoreApplication.translate("MainWindow", "Trips"),
                 formatting.short_date(date(2026, 2, 22))])
print(json.dumps(seen))
"""


GERMAN, ENGLISH = ["Reisen", "22.02.2026"], ["Trips", "22/02/2026"]


@pytest.mark.parametrize(("system", "first", "then"), [
    ("de_DE.UTF-8", "en", [GERMAN, ENGLISH, GERMAN])])  # English → German: in-process above
def test_the_system_language_unless_another_is_chosen(tmp_path, system, first, then):
    env = {**os.environ, "LANG": system, "LC_ALL": system, "LANGUAGE": system[:2],
           "DELEGATIONS_HOME": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", SCRIPT.replace("FIRST", first)], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout.splitlines()[-1]) == then


def test_without_the_compiled_catalogue_the_interface_stays_english(app, tmp_path):
    try:
        assert translations.install_translators(app, "de", tmp_path) == []
        assert QCoreApplication.translate("MainWindow", "Trips") == "Trips"
        assert QCoreApplication.translate("QWizard", "&Next >") == "&Next >"
    finally:
        use_language(app, "en")


def test_update_collects_new_strings_and_keeps_translations(tmp_path):
    shutil.copy(translations.TRANSLATIONS / "delegations_de.ts", tmp_path)
    assert translations.update(tmp_path) == 0
    root = ET.parse(tmp_path / "delegations_de.ts").getroot()
    german = {(c.findtext("name"), m.findtext("source")): m.findtext("translation")
              for c in root.iter("context") for m in c.iter("message")}
    assert german[("MainWindow", "Trips")] == "Reisen"
    assert ("FirstStartWizard", "Setting up Delegations") in german


def test_english_counts_are_singular_or_plural(app):
    """'%n problem(s)' reads '1 problem' and '3 problems', never '(s)'."""
    from PySide6.QtCore import QCoreApplication

    def count(n: int) -> str:
        return QCoreApplication.translate("ProgrammeModel", "%n problem(s)", "", n)

    assert (count(1), count(3)) == ("1 problem", "3 problems")
