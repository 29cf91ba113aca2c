"""Fixtures for the window's tests: the application in English, real SQLite stores."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from delegations.storage.store import Store
from tests.stores import filled_file, opened_copy, store_of_kind
from tests.ui import office_sample as sample
from ui import translations
from ui.app import create_application, use_language
from ui.settings.options import use_settings_folder

QStandardPaths.setTestModeEnabled(True)
# Each test process (xdist worker) keeps its QSettings in an INI file in its own folder
# (DELEGATIONS_HOME, see tests/conftest.py), never the user's files or registry: workers
# must not see each other's window state or language.
SETTINGS_DIR = use_settings_folder()
assert SETTINGS_DIR is not None

# The offscreen platform (the tests' screen) cannot pass size hints to a window manager or
# raise a window, and says so for every window shown. That is the test platform's limit,
# not a fault of the window: only these two exact messages are let through.
OFFSCREEN_LIMITS = (r"^This plugin does not support propagateSizeHints\(\)$",
                    r"^This plugin does not support raise\(\)$")
HERE = Path(__file__).parent


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_LIMITS, extend=True))


@pytest.fixture(scope="session")
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The configured application, in English; the German catalogue built if needed."""
    translations.build()
    create_application([], language="en")
    yield qapp
    use_language(qapp, "en")


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return filled_file(tmp_path_factory, "sample", sample.build)


@pytest.fixture
def demo_store(request: pytest.FixtureRequest, engine_kind: str, demo_file: Path,
               tmp_path: Path) -> Iterator[Store]:
    """A store of our own with the demo data (copied from one imported per session; on
    PostgreSQL for tests marked both_engines, second run)."""
    yield from store_of_kind(request, engine_kind, demo_file, tmp_path / "x.sqlite", "demo")


@pytest.fixture
def sample_store(sample_file: Path, tmp_path: Path) -> Iterator[Store]:
    """A store of our own with the small sample office: Kiel, San Francisco, Aarhus."""
    yield from opened_copy(sample_file, tmp_path / "x.sqlite")


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The titles of the messages shown (only the message boxes are replaced)."""
    titles: list[str] = []

    def show(_parent: object, title: str, _text: str, *args: object, **kwargs: object) -> None:
        titles.append(title)

    for name in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(show))
    return titles


@pytest.fixture
def user_settings(tmp_path: Path) -> QSettings:
    """Settings of this test alone, in an INI file of its own."""
    return QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
