"""A time zone field: an editable combobox of every IANA zone, searched as you type."""

from __future__ import annotations

import zoneinfo
from functools import cache

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

DEFAULT_ZONE = "Europe/Berlin"


@cache
def zone_names() -> tuple[str, ...]:
    """The zones people pick from: 'Europe/Berlin' style names, plus UTC."""
    names = {n for n in zoneinfo.available_timezones()
             if "/" in n and not n.startswith(("Etc/", "SystemV/", "posix/", "right/"))}
    return ("UTC", *sorted(names))


def system_zone(fallback: str = DEFAULT_ZONE) -> str:
    """The computer's own zone when it is a named IANA zone, else `fallback`."""
    name = bytes(QTimeZone.systemTimeZoneId().data()).decode("ascii", "replace")
    return name if name in zone_names() else fallback


class ZoneBox(QComboBox):
    """Type 'berl' or 'york' and pick from the zones containing it; any text can be typed
    (the form's rule then says whether it is a zone)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.addItems(list(zone_names()))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(24)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setCurrentText("")

    def zone(self) -> str:
        return self.currentText().strip()

    def set_zone(self, name: str) -> None:
        self.setCurrentText(name)

