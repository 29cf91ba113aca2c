"""An unforeseen error is reported to the user, with a private log that holds no values."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from ui import crash


def _error() -> BaseException:
    try:
        raise ValueError("Prof. Dr. Henrike Brandt, halal")
    except ValueError as err:
        return err


def test_the_user_is_told_the_data_is_safe_and_where_the_report_is(app, qtbot, tmp_path):
    box = crash.report_error(_error(), folder=tmp_path / "logs")
    qtbot.addWidget(box)
    assert box.isVisible() and box.icon() == QMessageBox.Icon.Critical
    assert "Your data is safe" in box.text()
    log = tmp_path / "logs" / "errors.log"
    assert str(log) in box.informativeText()
    text = log.read_text(encoding="utf-8")
    assert "builtins.ValueError" in text and "Brandt" not in text and "halal" not in text
    box.close()


def test_the_hook_reports_exceptions_and_passes_interrupts_on(app, qtbot, tmp_path,
                                                              monkeypatch):
    monkeypatch.setattr(crash, "log_folder", lambda: tmp_path / "logs")
    passed: list[type[BaseException]] = []
    saved = sys.excepthook
    try:
        hook = crash.install(lambda kind, error, tb: passed.append(kind))
        assert sys.excepthook is hook
        hook(KeyboardInterrupt, KeyboardInterrupt(), None)
        error = _error()
        hook(ValueError, error, error.__traceback__)
    finally:
        sys.excepthook = saved
    assert passed == [KeyboardInterrupt]
    boxes = [w for w in app.topLevelWidgets()
             if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1 and "Your data is safe" in boxes[0].text()
    boxes[0].close()
    assert "builtins.ValueError" in (tmp_path / "logs" / "errors.log").read_text("utf-8")
