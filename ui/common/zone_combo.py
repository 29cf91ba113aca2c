"""A time-zone field: every IANA zone to pick from, or type."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from delegations.timezones import all_zones


def zone_combo(parent: QWidget) -> QComboBox:
    """Every IANA zone to pick from, or type: the completer finds 'berlin' in any case."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setMaxVisibleItems(16)
    combo.setMinimumContentsLength(30)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    zones = all_zones()
    combo.addItems(zones)
    completer = QCompleter(QStringListModel(zones, combo), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    line = combo.lineEdit()
    if line is not None:  # an editable combo always has one
        line.setPlaceholderText("Europe/Berlin")
    combo.setCurrentIndex(-1)
    return combo
