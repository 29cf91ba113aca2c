"""Names of the after-trip vocabularies in the interface's language."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from delegations.enums import FollowUpStatus, GiftDirection, OutcomeKind
from delegations.model import BudgetCategory, FundingSource
from delegations.services.followups import DueWindow

_CONTEXT = "AfterLabels"
_NAMES: dict[type, dict] = {
    FollowUpStatus: {
        FollowUpStatus.OPEN: QT_TRANSLATE_NOOP("AfterLabels", "Open"),
        FollowUpStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("AfterLabels", "In progress"),
        FollowUpStatus.DONE: QT_TRANSLATE_NOOP("AfterLabels", "Done"),
        FollowUpStatus.DROPPED: QT_TRANSLATE_NOOP("AfterLabels", "Dropped"),
    },
    OutcomeKind: {
        OutcomeKind.AGREEMENT: QT_TRANSLATE_NOOP("AfterLabels", "Agreement signed"),
        OutcomeKind.RESULT: QT_TRANSLATE_NOOP("AfterLabels", "Result"),
        OutcomeKind.DECISION: QT_TRANSLATE_NOOP("AfterLabels", "Decision"),
        OutcomeKind.CONTACT: QT_TRANSLATE_NOOP("AfterLabels", "New contact"),
        OutcomeKind.PRESS: QT_TRANSLATE_NOOP("AfterLabels", "Press"),
        OutcomeKind.OTHER: QT_TRANSLATE_NOOP("AfterLabels", "Other"),
    },
    GiftDirection: {
        GiftDirection.GIVEN: QT_TRANSLATE_NOOP("AfterLabels", "Given"),
        GiftDirection.RECEIVED: QT_TRANSLATE_NOOP("AfterLabels", "Received"),
    },
    BudgetCategory: {
        BudgetCategory.TRAVEL: QT_TRANSLATE_NOOP("AfterLabels", "Travel"),
        BudgetCategory.ACCOMMODATION: QT_TRANSLATE_NOOP("AfterLabels", "Accommodation"),
        BudgetCategory.GIFTS: QT_TRANSLATE_NOOP("AfterLabels", "Gifts"),
        BudgetCategory.INTERPRETING: QT_TRANSLATE_NOOP("AfterLabels", "Interpreting"),
        BudgetCategory.HOSPITALITY: QT_TRANSLATE_NOOP("AfterLabels", "Hospitality"),
        BudgetCategory.OTHER: QT_TRANSLATE_NOOP("AfterLabels", "Other"),
    },
    FundingSource: {
        FundingSource.CITY_BUDGET: QT_TRANSLATE_NOOP("AfterLabels", "City budget"),
        FundingSource.SPECIAL_FUND: QT_TRANSLATE_NOOP("AfterLabels", "Special fund"),
        FundingSource.EU_PROGRAMME: QT_TRANSLATE_NOOP("AfterLabels", "EU programme"),
        FundingSource.PARTNER: QT_TRANSLATE_NOOP("AfterLabels", "Partner"),
    },
    DueWindow: {
        DueWindow.ANY: QT_TRANSLATE_NOOP("AfterLabels", "Any time"),
        DueWindow.OVERDUE: QT_TRANSLATE_NOOP("AfterLabels", "Overdue"),
        DueWindow.THIS_WEEK: QT_TRANSLATE_NOOP("AfterLabels", "Due this week"),
        DueWindow.NEXT_30_DAYS: QT_TRANSLATE_NOOP("AfterLabels", "Due in the next 30 days"),
        DueWindow.UNDATED: QT_TRANSLATE_NOOP("AfterLabels", "Without due date"),
    },
}


def name(value: StrEnum) -> str:
    """The translated name of an after-trip enum value (its raw value if it has none)."""
    text = _NAMES.get(type(value), {}).get(value)
    return QCoreApplication.translate(_CONTEXT, text) if text else str(value)
