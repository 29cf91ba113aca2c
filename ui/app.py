"""The QApplication: names for QSettings, the UI language, font and a restrained look."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from delegations import i18n
from delegations.paths import APP_NAME, resource
from ui.settings.options import LANGUAGE, use_settings_folder, user_value
from ui.translations import chosen_language, install_translators

ORGANISATION = "Delegations"

STYLE_SHEET = """
QListWidget#sidebar { background: palette(window); padding: 10px 8px; outline: none; }
QListWidget#sidebar::item { padding: 4px 8px; border-radius: 5px; }
QListWidget#sidebar::item:selected { background: palette(highlight);
                                      color: palette(highlighted-text); }
QListWidget#sidebar::item:hover:!selected { background: palette(midlight); }
"""


def create_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The application object, with translators for `language`.

    Without `language`, the user's choice in the settings applies, else the system's.
    """
    app = QApplication.instance()
    if app is None:
        use_settings_folder()  # once, before any QSettings(); tests choose their own
        app = QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setWindowIcon(QIcon(str(resource("icons", "trips.svg"))))
    _look(app)
    add_bundled_fonts()
    use_language(app, language or preferred_language())
    return app


def preferred_language() -> str:
    """The interface language chosen in the settings, or the system's ('de' or 'en')."""
    return chosen_language(user_value(LANGUAGE))


def use_language(app: QApplication, language: str) -> None:
    """Interface and core messages in `language` ('de' or 'en')."""
    i18n.set_language(language)
    install_translators(app, language)


def add_bundled_fonts() -> None:
    """The fonts the PDFs use, for the windows too: a machine without a CJK font still
    shows 杭州 (Qt falls back to application fonts for missing glyphs)."""
    for name in ("DejaVuSans.ttf", "DroidSansFallbackFull.ttf"):
        path = resource("fonts", name)
        if path.exists():
            QFontDatabase.addApplicationFont(str(path))


def _look(app: QApplication) -> None:
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
        app.setFont(font)
    app.setStyleSheet(STYLE_SHEET)
