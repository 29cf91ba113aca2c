"""Names of the after-trip vocabularies in the interface's language, and money as read."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal
from PySide6.QtCore import QCoreApplication, QLocale

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


def _locale() -> str:
    return QLocale().name() or "en_GB"


def money(cents: int | None, currency: str = "EUR") -> str:
    """'1.234,50 €' / '€1,234.50'; empty for no amount."""
    if cents is None:
        return ""
    return format_currency(Decimal(cents) / 100, currency or "EUR", locale=_locale())


def amount_text(cents: int | None) -> str:
    """An amount for an input field, without the currency: '1.234,50' / '1,234.50'."""
    if cents is None:
        return ""
    return format_decimal(Decimal(cents) / 100, format="#,##0.00", locale=_locale())


def parse_amount(text: str) -> str:
    """What was typed in the interface's number style, as the core reads it ('1234.50');
    text that is no number goes on unchanged, for the core to name the problem."""
    text = text.strip().replace("€", "").replace("EUR", "").strip()
    if not text:
        return ""
    try:
        return str(parse_decimal(text, locale=_locale(), strict=True))
    except NumberFormatError:
        return text
