"""Names of the after-trip vocabularies in the interface's language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QCoreApplication

from delegations.services.followups import DueWindow
from ui.labels import label
from ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "AfterLabels"
_NAMES: dict[type, dict] = {
    DueWindow: {
        DueWindow.ANY: QT_TRANSLATE_NOOP("AfterLabels", "Any time"),
        DueWindow.OVERDUE: QT_TRANSLATE_NOOP("AfterLabels", "Overdue"),
        DueWindow.THIS_WEEK: QT_TRANSLATE_NOOP("AfterLabels", "Due this week"),
        DueWindow.NEXT_30_DAYS: QT_TRANSLATE_NOOP("AfterLabels", "Due in the next 30 days"),
        DueWindow.UNDATED: QT_TRANSLATE_NOOP("AfterLabels", "Without due date"),
    },
}


def name(value: StrEnum) -> str:
    """The name of an after-trip value: the window's own filters here, the domain's
    vocabularies from the core (`ui.labels.label`)."""
    text = _NAMES.get(type(value), {}).get(value)
    return QCoreApplication.translate(_CONTEXT, text) if text else label(value)

