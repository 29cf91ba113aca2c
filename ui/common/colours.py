"""Colours that mean something (an error, a warning, a note), made from the palette.

Nothing here is a fixed colour for text: each meaning has a hue, and its lightness and
the backgrounds it sits on come from the palette in use, so that the window reads as
well with a dark palette as with a light one.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

ERROR_HUE = 4 / 360  # red
WARNING_HUE = 33 / 360  # amber
NOTE_HUE = 112 / 360  # green
NOTICE_HUE = 45 / 360  # yellow


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether windows are dark (light text on a dark background)."""
    return _palette(palette).color(QPalette.ColorRole.Window).lightnessF() < 0.5


def accent(hue: float, palette: QPalette | None = None) -> QColor:
    """Text in `hue` that reads on the palette's window and base colours."""
    return QColor.fromHslF(hue, 0.75, 0.75 if is_dark(palette) else 0.36)


def error_colour(palette: QPalette | None = None) -> QColor:
    return accent(ERROR_HUE, palette)


def warning_colour(palette: QPalette | None = None) -> QColor:
    return accent(WARNING_HUE, palette)


def tint(hue: float, palette: QPalette | None = None, strength: float = 0.16) -> QColor:
    """A row or strip background: the palette's base colour leaning towards `hue`."""
    base = _palette(palette).color(QPalette.ColorRole.Base)
    pure = QColor.fromHslF(hue, 0.8, 0.5)
    return QColor.fromRgbF(*(b + (p - b) * strength for b, p in
                             ((base.redF(), pure.redF()), (base.greenF(), pure.greenF()),
                              (base.blueF(), pure.blueF()))))


def note_style(selector: str, hue: float, palette: QPalette | None = None) -> str:
    """A quiet coloured strip: tinted background, a border in the hue, the palette's text."""
    text = _palette(palette).color(QPalette.ColorRole.Text).name()
    return (f"{selector} {{ background: {tint(hue, palette).name()}; "
            f"border: 1px solid {tint(hue, palette, 0.5).name()}; border-radius: 5px; }}"
            f"{selector} QLabel {{ color: {text}; }}")


def form_style(palette: QPalette | None = None) -> str:
    """Fields marked invalid and their error lines."""
    red = error_colour(palette).name()
    return (f'*[invalid="true"] {{ border: 2px solid {red}; border-radius: 3px; }}\n'
            f'QLabel[role="field-error"] {{ color: {red}; }}\n')
