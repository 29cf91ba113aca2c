"""The Qt binding itself: a broken build would crash the app after a few thousand calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QWidget


def test_void_calls_keep_the_reference_count_of_none(app, qtbot):
    """PySide6 6.12.0 on Python 3.11 released a reference to None on every call of a method
    that returns nothing, so that any window died after a while ('deallocating None')."""
    widget = QWidget()
    qtbot.addWidget(widget)
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setEnabled(True)
        app.processEvents()
    assert sys.getrefcount(None) >= before - 50


def test_the_bundled_fonts_give_the_windows_chinese_glyphs(app):
    """Machines without a CJK font would show 杭州 as empty boxes in lists and forms."""
    from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

    families = QFontDatabase.families()
    fallback = next(f for f in families if f.startswith("Droid Sans Fallback"))
    metrics = QFontMetrics(QFont(fallback))
    assert all(metrics.inFontUcs4(ord(ch)) for ch in "杭州")
