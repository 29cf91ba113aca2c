"""Amounts as people type and read them: one parser and one formatter for every field.

A German planner types "2.400" for two thousand four hundred euros; an English one
"2,400". Every amount field reads its text here, in the interface locale's number style
(babel's tables), into a `Decimal` — never a float — and every amount shown is written
here, so the same text means the same amount in every dialog. Mistakes are refused with
a sentence naming what is wrong, never silently rounded or misread.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import (
    NumberFormatError,
    format_currency,
    format_decimal,
    get_decimal_symbol,
    get_group_symbol,
    parse_decimal,
)

from delegations.errors import ValidationError
from delegations.i18n import N_

DECIMALS = 2
LIMIT_CENTS = 10**15  # beyond what an SQL integer column holds
AMOUNT_FORMAT = "#,##0.00"
SPACES = " \u00a0\u202f\u2009"  # space, no-break, narrow no-break, thin: all group marks
_CURRENCY = re.compile(r"€|\bEUR\b", re.IGNORECASE)
_MINUS = "-\u2212"  # hyphen-minus and the typographic minus


def parse(text: str, locale: str, field: str = "amount",
          negative: bool = False) -> Decimal | None:
    """The amount typed in `locale`'s style ('2.400,50' in German); None for no text.

    Raises ValidationError(field, …) saying what is wrong: not a number, two decimal
    separators, misplaced thousands separators, more than two decimals, a minus sign
    where none is allowed, or an amount too large to store.
    """
    raw = text.strip() if isinstance(text, str) else str(text)
    body = _CURRENCY.sub("", raw).strip()
    if not body:
        return None
    sign, body = _sign(body)
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    body = re.sub(f"[{SPACES}]+", group, body)
    _check_shape(raw, body, group, decimal, field)
    try:
        amount = parse_decimal(body, locale=locale, strict=True)
    except NumberFormatError:
        raise ValidationError(
            field, N_("'{value}' is not a well-formed amount: '{group}' separates "
                      "thousands, in groups of three digits"),
            value=raw, group=group) from None
    return _checked(sign * amount, raw, field, negative)


def _sign(body: str) -> tuple[int, str]:
    """-1 and the rest for a leading minus sign, else 1 (a leading plus is dropped)."""
    if body[0] in _MINUS:
        return -1, body[1:].strip()
    if body[0] == "+":
        return 1, body[1:].strip()
    return 1, body


def _check_shape(raw: str, body: str, group: str, decimal: str, field: str) -> None:
    """Refuse what is no number at all, two decimal separators and too many decimals."""
    allowed = set("0123456789") | {group, decimal}
    if not body or not set(body) <= allowed or not any(c.isdigit() for c in body):
        raise ValidationError(field, N_("'{value}' is not an amount"), value=raw)
    if body.count(decimal) > 1:
        raise ValidationError(field, N_("'{value}' has more than one decimal separator "
                                        "('{decimal}')"), value=raw, decimal=decimal)
    if decimal in body and len(body.rsplit(decimal, 1)[1]) > DECIMALS:
        raise ValidationError(field, N_("'{value}' has more than two decimal places (the "
                                        "decimal separator is '{decimal}')"),
                              value=raw, decimal=decimal)


def _checked(amount: Decimal, raw: str, field: str, negative: bool) -> Decimal:
    if amount < 0 and not negative:
        raise ValidationError(field, N_("must not be negative"))
    if abs(amount) * 100 > LIMIT_CENTS:
        raise ValidationError(field, N_("{value} is out of range ({low}–{high})"),
                              value=raw, low=0, high=LIMIT_CENTS // 100)
    return amount


def to_cents(amount: Decimal) -> int:
    """Whole cents of an amount that has at most two decimals."""
    return int(amount.scaleb(DECIMALS).to_integral_value())


def parse_cents(text: str, locale: str, field: str = "amount",
                negative: bool = False) -> int | None:
    """`parse`, in cents."""
    amount = parse(text, locale, field, negative)
    return None if amount is None else to_cents(amount)


def plain(cents: int | None) -> str:
    """An amount in the exchange files' spelling ('1234.50'), as the services take it."""
    if cents is None:
        return ""
    return f"{Decimal(cents).scaleb(-DECIMALS):.2f}"


def to_plain(text: str, locale: str, field: str = "amount", negative: bool = False) -> str:
    """What was typed in `locale`'s style, in the exchange spelling ('' for no amount)."""
    return plain(parse_cents(text, locale, field, negative))


def format_amount(cents: int | None, locale: str) -> str:
    """An amount for a field, without currency: '68.500,00' (de), '68,500.00' (en)."""
    if cents is None:
        return ""
    return format_decimal(Decimal(cents).scaleb(-DECIMALS), format=AMOUNT_FORMAT,
                          locale=locale)


def format_money(cents: int | None, currency: str, locale: str) -> str:
    """An amount with its currency: '1.234,50 €' (de), '€1,234.50' (en); '' for none."""
    if cents is None:
        return ""
    return format_currency(Decimal(cents).scaleb(-DECIMALS), currency or "EUR",
                           locale=locale)
