"""With a dark palette (a dark desktop theme) every section's text stays readable: no
colour is fixed, each comes from the palette."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from delegations.services import trips
from tests.ui.support import on_screen
from ui.context import AppContext
from ui.main_window import MainWindow
from ui.trip_window.window import TripWindow

ROLE = QPalette.ColorRole
DARK = {ROLE.Window: "#2d2d2d", ROLE.WindowText: "#e8e8e8", ROLE.Base: "#1f1f1f",
        ROLE.AlternateBase: "#353535", ROLE.Text: "#e8e8e8", ROLE.Button: "#353535",
        ROLE.ButtonText: "#e8e8e8", ROLE.ToolTipBase: "#1f1f1f", ROLE.ToolTipText: "#e8e8e8",
        ROLE.PlaceholderText: "#9a9a9a", ROLE.Highlight: "#2a82da",
        ROLE.HighlightedText: "#ffffff", ROLE.Link: "#7ab8ff", ROLE.Light: "#505050",
        ROLE.Midlight: "#404040", ROLE.Mid: "#262626", ROLE.Dark: "#191919",
        ROLE.Shadow: "#000000", ROLE.BrightText: "#ff6b6b"}
READABLE = 3.0  # WCAG contrast for large or bold text; body text measures well above


def _dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def dark(app: QApplication) -> Iterator[None]:
    light = QPalette(app.palette())
    app.setPalette(_dark_palette())
    yield
    app.setPalette(light)


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(x) for x in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def text_contrast(label: QLabel) -> float:
    """How far the label's text stands out: its background is the commonest colour of
    the grabbed image, its text the pixel furthest from it."""
    image = label.grab().toImage()
    pixels = Counter(image.pixel(x, y) for x in range(0, image.width())
                     for y in range(0, image.height()))
    background = QColor.fromRgb(pixels.most_common(1)[0][0])
    return max(_contrast(background, QColor.fromRgb(p)) for p in pixels)


def shown_labels(widget: QWidget) -> list[QLabel]:
    return [w for w in widget.findChildren(QLabel)
            if w.isVisible() and w.text().strip() and w.pixmap().isNull()
            and w.width() > 4 and w.height() > 4]


def unreadable(labels: list[QLabel]) -> list[str]:
    return [f"{w.text()[:40]!r}: {c:.1f}" for w in labels
            if (c := text_contrast(w)) < READABLE]


def test_every_section_reads_well_with_a_dark_palette(dark, qtbot, demo_store):
    QSettings().remove("main_window/section")
    window = MainWindow(AppContext.create(demo_store))
    on_screen(qtbot, window, 1280, 860)
    problems, seen = {}, 0
    for row in range(window.sidebar.count()):
        window.show_section(row)
        qtbot.wait(50)
        labels = shown_labels(window.pages.currentWidget())
        seen += len(labels)
        problems[window.sidebar.item(row).text()] = unreadable(labels)
    assert seen > 20
    assert problems == {name: [] for name in problems}


def test_a_trip_window_reads_well_with_a_dark_palette(dark, qtbot, demo_store):
    trip = TripWindow(AppContext.create(demo_store), trips.find_trip(demo_store, "sf-2026"))
    on_screen(qtbot, trip, 1200, 820)
    problems, seen = {}, 0
    for index in range(trip.tabs.count()):
        trip.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        labels = shown_labels(trip.tab_at(index))
        seen += len(labels)
        problems[trip.tabs.tabText(index)] = unreadable(labels)
    assert seen > 10
    assert problems == {name: [] for name in problems}
