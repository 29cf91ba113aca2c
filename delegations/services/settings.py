"""The office-wide settings, declared once: key, type, default and what each means.

They live in the store, so every planner of the office shares them. Read and write them
only through `office_value` and `set_office_value`, so a bad or missing stored value
always reads as the declared default; the window's per-user preferences (QSettings) are
declared the same way in `ui.settings.options`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
        number: Any = value  # an int when low or high are set
        if self.low is not None and number < self.low:
            return False
        return self.high is None or number <= self.high

    def coerce(self, raw: Any) -> Any:
        """A stored value as this option's type, or the default when it cannot be one."""
        if self.type is int and isinstance(raw, str):
            try:
                raw = int(raw)
            except ValueError:
                return self.default
        return raw if self.accepts(raw) else self.default


BUFFER_MINUTES = Option(
    "programme.buffer_minutes", int, 30,
    "Minutes to allow between two programme items at different places.",
    low=0, high=240)

DOCUMENT_LANGUAGE = Option(
    "documents.language", str, "de",
    "The language a new trip's documents are written in ('de' or 'en').",
    choices=("de", "en"))

OFFICE_OPTIONS = (BUFFER_MINUTES, DOCUMENT_LANGUAGE)


def office_value(store: Store, option: Option) -> Any:
    """The office's value of a store option (the default when unset or unreadable)."""
    return option.coerce(home.get_setting(store, option.key, option.default))


def set_office_value(store: Store, option: Option, value: Any) -> None:
    """Store an office-wide setting; a value the option does not accept is refused."""
    if not option.accepts(value):
        raise ValueError(f"{option.key}: {value!r} is not a valid value")
    home.set_setting(store, option.key, value)
