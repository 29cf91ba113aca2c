"""The gift register both ways, for the yearly report and the audit office.

Received gifts are checked against the limit the office sets (many German cities let
their officials keep nothing above a few tens of euros): a gift above it, of unknown
value, or in another currency than the limit is flagged, and stays flagged as
undecided until the office records what became of it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import extract, select
from sqlalchemy.orm import joinedload

from delegations.enums import GiftDirection
from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.model import Gift
from delegations.services._rows import gift_row
from delegations.services.dto import GiftRow
from delegations.services.home import get_setting, set_setting
from delegations.storage.store import Store
from delegations.validation import money

LIMIT_KEY = "gifts.limit"
DEFAULT_LIMIT = (2500, "EUR")

#: Why a received gift is flagged.
ABOVE, NO_VALUE, OTHER_CURRENCY = "above", "no_value", "other_currency"


@dataclass(frozen=True)
class GiftLimit:
    cents: int
    currency: str


@dataclass(frozen=True)
class RegisterEntry:
    gift: GiftRow
    flag: str  # "" or ABOVE, NO_VALUE, OTHER_CURRENCY

    @property
    def undecided(self) -> bool:
        """Flagged and nobody has recorded yet what became of it."""
        return bool(self.flag) and self.gift.decision is None


def get_limit(store: Store) -> GiftLimit:
    saved = get_setting(store, LIMIT_KEY) or {}
    cents, currency = DEFAULT_LIMIT
    if isinstance(saved, dict) and isinstance(saved.get("cents"), int):
        cents, currency = saved["cents"], str(saved.get("currency") or currency)
    return GiftLimit(cents, currency)


def set_limit(store: Store, amount: object, currency: str = "EUR") -> GiftLimit:
    """The office's limit (an amount like '25,00'); a wrong one changes nothing."""
    limit = clean_limit(amount, currency)
    set_setting(store, LIMIT_KEY, {"cents": limit.cents, "currency": limit.currency})
    return limit


def clean_limit(amount: object, currency: str = "EUR") -> GiftLimit:
    """A limit from input, or a ValidationError naming the field."""
    cents = money(amount, "limit")
    if cents is None:
        raise ValidationError("limit", N_("is required"))
    code = currency.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise ValidationError("currency", N_("must be a three-letter currency code"))
    return GiftLimit(cents, code)


def flag(gift: GiftRow, limit: GiftLimit) -> str:
    """Why a gift needs the office's decision ('' when it does not)."""
    if gift.direction != GiftDirection.RECEIVED:
        return ""
    if gift.value_cents is None:
        return NO_VALUE
    if gift.currency.upper() != limit.currency:
        return OTHER_CURRENCY
    return ABOVE if gift.value_cents > limit.cents else ""


def gift_register(store: Store, year: int | None = None, trip_id: int | None = None
                  ) -> list[RegisterEntry]:
    """The register, oldest first (undated last), for a year or a trip, with flags."""
    limit = get_limit(store)
    query = select(Gift).options(joinedload(Gift.trip), joinedload(Gift.contact),
                                 joinedload(Gift.city))
    if year is not None:
        query = query.where(extract("year", Gift.date) == year)
    if trip_id is not None:
        query = query.where(Gift.trip_id == trip_id)
    with store.read() as s:
        rows = [gift_row(g) for g in s.scalars(query).unique()]
    rows.sort(key=lambda g: (g.date is None, g.date or date.max, g.id))
    return [RegisterEntry(g, flag(g, limit)) for g in rows]
