"""Dates, times and amounts as people read them, in the interface's language (QLocale's
default); amounts are read and written by the core's one money module.

A date reads the same in every list, detail and field: the language's short format with
four-digit years ('24.02.2026' / '24/02/2026'), which is also what the date fields take as
typed digits, so what a list shows can be typed back as it reads.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale

from delegations import money as amounts


def _locale() -> str:
    """The babel locale of the interface (set with QLocale.setDefault at start-up)."""
    return QLocale().name() or "en_GB"


def date_format() -> str:
    """Qt's pattern of the one date display: the short format, always with four-digit years."""
    text = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def short_date(day: date) -> str:
    """'24.02.2026' / '24/02/2026', as the date fields show it."""
    return QLocale().toString(QDate(day.year, day.month, day.day), date_format())


def long_date(day: date) -> str:
    """'Dienstag, 24. Februar 2026' / 'Tuesday, 24 February 2026': Qt's long format, the
    same CLDR pattern as babel's "full" (which would load babel's locale data, 50 ms, at
    start for the overview's date line)."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              QLocale.FormatType.LongFormat)


def date_range(start: date, end: date) -> str:
    """'22.02.2026 – 27.02.2026': both days as every date reads; one when they are the same."""
    if start == end:
        return short_date(start)
    return f"{short_date(start)} – {short_date(end)}"


def clock(moment: datetime) -> str:
    """'09:00': 24-hour wall time as shown, without converting."""
    return moment.strftime("%H:%M")


def clock_range(start: datetime, end: datetime) -> str:
    """'09:00–10:30', or just the start when the item has no length."""
    if end <= start:
        return clock(start)
    return f"{clock(start)}–{clock(end)}"


def day_shift(moment: datetime, reference: date) -> int:
    """How many days `moment` lies after (or before) `reference`, for '+1' marks."""
    return (moment.date() - reference).days


def money(cents: int | None, currency: str = "EUR") -> str:
    """'1.234,50 €' / '€1,234.50'; empty for no amount."""
    return amounts.format_money(cents, currency, _locale())


def amount_text(cents: int | None) -> str:
    """An amount for an input field, without the currency: '1.234,50' / '1,234.50'."""
    return amounts.format_amount(cents, _locale())


def parse_amount(text: str) -> str:
    """What was typed in the interface's number style, as the core reads it ('1234.50');
    '' for nothing typed. Raises ValidationError naming the mistake."""
    return amounts.to_plain(text, _locale())
