"""Every user setting declared once: its key, type, default and what it means.

Two homes for settings:
- per-user preferences live in QSettings (this machine, this person): USER_OPTIONS;
- office-wide ones live in the store, so every planner of the office shares them
  (delegations.services.home.get_setting/set_setting): OFFICE_OPTIONS.
Read and write them only through the functions here, so a bad or missing stored value
always reads as the declared default.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from delegations.owner_only import private_folder
from delegations.paths import settings_dir
from delegations.services import home
from delegations.storage.store import Store


@dataclass(frozen=True)
class Option:
    """One setting: where it is kept, what it holds, and what it is when never set."""

    key: str
    type: type
    default: Any
    doc: str
    choices: tuple[Any, ...] = ()
    low: int | None = None
    high: int | None = None

    def accepts(self, value: Any) -> bool:
        """Whether `value` is a valid value of this setting."""
        if not isinstance(value, self.type) or isinstance(value, bool) != (self.type is bool):
            return False
        if self.choices and value not in self.choices:
            return False
        if self.low is not None and value < self.low:
            return False
        return self.high is None or value <= self.high


# ------------------------------------------------------------------ per user (QSettings)

LANGUAGE = Option(
    "ui/language", str, "",
    "The interface language: '' follows the system's language, 'de' German, 'en' English. "
    "Takes effect at the next start.",
    choices=("", "de", "en"))

USER_OPTIONS = (LANGUAGE,)

# ------------------------------------------------------------------ per office (the store)

BUFFER_MINUTES = Option(
    "programme.buffer_minutes", int, 30,
    "Minutes to allow between two programme items at different places.",
    low=0, high=240)

DOCUMENT_LANGUAGE = Option(
    "documents.language", str, "de",
    "The language a new trip's documents are written in ('de' or 'en').",
    choices=("de", "en"))

OFFICE_OPTIONS = (BUFFER_MINUTES, DOCUMENT_LANGUAGE)


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


def _coerce(option: Option, raw: Any) -> Any:
    """A stored value as the option's type, or the default when it cannot be one."""
    if option.type is int and isinstance(raw, str):
        try:
            raw = int(raw)
        except ValueError:
            return option.default
    return raw if option.accepts(raw) else option.default


def user_value(option: Option, settings: QSettings | None = None) -> Any:
    """This user's value of a QSettings option (the default when unset or unreadable)."""
    settings = settings if settings is not None else QSettings()
    return _coerce(option, settings.value(option.key, option.default))


def set_user_value(option: Option, value: Any, settings: QSettings | None = None) -> None:
    """Remember a user's choice; a value the option does not accept is refused."""
    if not option.accepts(value):
        raise ValueError(f"{option.key}: {value!r} is not a valid value")
    settings = settings if settings is not None else QSettings()
    settings.setValue(option.key, value)
    settings.sync()


def office_value(store: Store, option: Option) -> Any:
    """The office's value of a store option (the default when unset or unreadable)."""
    return _coerce(option, home.get_setting(store, option.key, option.default))


def set_office_value(store: Store, option: Option, value: Any) -> None:
    """Store an office-wide setting; a value the option does not accept is refused."""
    if not option.accepts(value):
        raise ValueError(f"{option.key}: {value!r} is not a valid value")
    home.set_setting(store, option.key, value)
