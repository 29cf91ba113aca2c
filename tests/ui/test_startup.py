"""Starting the app: no screen, a store that cannot be opened, what a first start is.

The first-start wizard itself is tested in test_wizard.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import launch as main
from ui import startup
from ui.app import use_language

ROOT = Path(__file__).resolve().parents[2]


def test_without_a_display_one_line_and_exit_1(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db",
                             str(tmp_path / "x.sqlite")], env=env, capture_output=True,
                            text=True, timeout=60, check=False)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [main.NO_DISPLAY]
    assert not (tmp_path / "x.sqlite").exists()


def test_display_detection():
    if not sys.platform.startswith("linux"):
        pytest.skip("only Linux can lack a display this way")
    assert not main.has_display({})
    assert main.has_display({"WAYLAND_DISPLAY": "wayland-0"})
    assert main.has_display({"QT_QPA_PLATFORM": "offscreen"})


@pytest.fixture
def boxes(monkeypatch):
    """QMessageBox calls recorded instead of shown; questions are answered from `answers`."""
    shown: list[tuple[str, str, str]] = []
    answers = [QMessageBox.StandardButton.No]

    def record(kind):
        def box(_parent, title, text, *_args):
            shown.append((kind, title, text))
            return answers[0]
        return staticmethod(box)

    for kind in ("critical", "warning", "question"):
        monkeypatch.setattr(QMessageBox, kind, record(kind))
    return shown, answers


def test_a_file_that_is_not_a_store_is_explained(app, boxes, tmp_path):
    shown, _ = boxes
    path = tmp_path / "notes.sqlite"
    path.write_text("shopping list")
    assert startup.open_store_or_explain(str(path)) is None
    assert len(shown) == 1
    kind, title, text = shown[0]
    assert (kind, title) == ("critical", "Cannot open the database")
    assert str(path) in text and "Traceback" not in text
    assert path.read_text() == "shopping list"


def test_first_start_is_a_store_without_a_home_city(app, tmp_path, sample_store):
    store = startup.open_store_or_explain(str(tmp_path / "new.sqlite"))
    assert store is not None
    assert startup.is_first_start(store)
    store.close()
    assert not startup.is_first_start(sample_store)


def test_main_explains_a_bad_store_and_exits_1(app, boxes, tmp_path):
    shown, _ = boxes
    path = tmp_path / "photo.sqlite"
    path.write_bytes(b"\x89PNG not a database")
    try:
        assert main.main(["--db", str(path)]) == 1
    finally:
        use_language(app, "en")
    assert [kind for kind, _title, _text in shown] == ["critical"]
