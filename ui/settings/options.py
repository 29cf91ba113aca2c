"""Every user setting declared once: its key, type, default and what it means.

Two homes for settings:
- per-user preferences live in QSettings (this machine, this person): USER_OPTIONS, here;
- office-wide ones live in the store, so every planner of the office shares them:
  OFFICE_OPTIONS, declared in the core (delegations.services.settings) and offered here.
Read and write them only through these functions, so a bad or missing stored value
always reads as the declared default.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from delegations.owner_only import private_folder
from delegations.paths import settings_dir
from delegations.services.settings import (
    BUFFER_MINUTES,
    DOCUMENT_LANGUAGE,
    OFFICE_OPTIONS,
    Option,
    office_value,
    set_office_value,
)

__all__ = ["BUFFER_MINUTES", "DOCUMENT_LANGUAGE", "LANGUAGE", "OFFICE_OPTIONS", "USER_OPTIONS",
           "Option", "office_value", "set_office_value", "set_user_value",
           "use_settings_folder", "user_value"]


# ------------------------------------------------------------------ per user (QSettings)

LANGUAGE = Option(
    "ui/language", str, "",
    "The interface language: '' follows the system's language, 'de' German, 'en' English. "
    "Takes effect at the next start.",
    choices=("", "de", "en"))

USER_OPTIONS = (LANGUAGE,)


def use_settings_folder(folder: Path | None = None) -> Path | None:
    """Keep every QSettings() in an INI file under `folder` (default: $DELEGATIONS_HOME's
    settings folder), the same on every platform; without one, the platform's place (the
    registry on Windows). Call before the first QSettings() is made."""
    folder = folder if folder is not None else settings_dir()
    if folder is None:
        return None
    private_folder(folder)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder

def user_value(option: Option, settings: QSettings | None = None) -> Any:
    """This user's value of a QSettings option (the default when unset or unreadable)."""
    settings = settings if settings is not None else QSettings()
    return option.coerce(settings.value(option.key, option.default))


def set_user_value(option: Option, value: Any, settings: QSettings | None = None) -> None:
    """Remember a user's choice; a value the option does not accept is refused."""
    if not option.accepts(value):
        raise ValueError(f"{option.key}: {value!r} is not a valid value")
    settings = settings if settings is not None else QSettings()
    settings.setValue(option.key, value)
    settings.sync()
