"""The interface's settings follow $DELEGATIONS_HOME on every platform (an INI file, not
the registry), and its language follows the system's preferred display languages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui import translations
from ui.settings import options


def test_settings_live_in_an_ini_file_under_the_apps_home(app):
    home = Path(os.environ["DELEGATIONS_HOME"])
    settings = QSettings()
    assert settings.format() == QSettings.Format.IniFormat
    assert Path(settings.fileName()).is_relative_to(home / "settings")
    options.set_user_value(options.LANGUAGE, "en", settings)
    assert "language=en" in Path(settings.fileName()).read_text(encoding="utf-8")


@pytest.mark.parametrize(("preferred", "language"), [
    (["de-DE", "en-GB"], "de"), (["de-Latn-AT", "de"], "de"), (["en-US", "de-DE"], "en"),
    (["fr-FR", "de-DE"], "de"), (["fr-FR", "it"], "en"), ([], "en"), (["de_CH"], "de")])
def test_the_first_preferred_display_language_we_have(preferred, language):
    assert translations.system_language(preferred) == language
