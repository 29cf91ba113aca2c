"""The QApplication: names for QSettings, the UI language, font and a restrained look."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from delegations import i18n
from delegations.paths import APP_NAME, resource
from ui.translations import install_translators, system_language

ORGANISATION = "Delegations"

STYLE_SHEET = """
QListWidget#sidebar { background: palette(window); padding: 10px 8px; outline: none; }
QListWidget#sidebar::item { padding: 4px 8px; border-radius: 5px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                      color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
"""


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The application object, with translators for `language` (default: the system's)."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(QIcon(str(resource("icons", "trips.svg"))))
    _look(app)
    use_language(app, language or system_language())
    return app


def use_language(app: QApplication, language: str) -> None:
    """Interface and core messages in `language` ('de' or 'en')."""
    i18n.set_language(language)
    install_translators(app, language)


def _look(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
