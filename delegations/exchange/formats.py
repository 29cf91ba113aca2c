"""How values are spelled in the exchange file, in both directions.

Kept in one place so that what the writer produces is exactly what the reader
accepts: local times without offset (unless the time is ambiguous there), amounts
in euros rather than the store's cents, registration times in UTC with a `Z`.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import Any

from dateutil import tz as dtz

from delegations.errors import ValidationError
from delegations.i18n import N_
from delegations.timezones import to_local, zone

_DIGITS = re.compile(r"(\d+)")


def local_text(instant: datetime, zone_name: str) -> str:
    """The wall time of `instant` in its zone, "YYYY-MM-DDTHH:MM" (seconds only if set).

    A time that occurs twice there (autumn overlap) keeps its UTC offset, so that
    reading it back gives the same instant instead of an error.
    """
    local = to_local(instant, zone_name)
    timespec = "minutes"
    if local.microsecond:
        timespec = "microseconds"
    elif local.second:
        timespec = "seconds"
    wall = local.replace(tzinfo=None)
    if dtz.datetime_ambiguous(wall.replace(tzinfo=zone(zone_name))):
        return local.isoformat(timespec=timespec)
    return wall.isoformat(timespec=timespec)


def utc_text(instant: datetime | None) -> str | None:
    """An instant as ISO 8601 UTC with `Z`, e.g. "2026-01-05T09:30:00Z"."""
    if instant is None:
        return None
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    wall = instant.astimezone(UTC).replace(tzinfo=None)
    return wall.isoformat(timespec="microseconds" if wall.microsecond else "seconds") + "Z"


def parse_utc(value: Any, field: str) -> datetime | None:
    """An instant from ISO 8601 text; no offset means UTC."""
    if value is None or value == "":
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise ValidationError(
            field, N_("'{value}' is not a date and time (YYYY-MM-DDTHH:MM)"), value=value
        ) from None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        raise ValidationError(field, N_("{value} is out of range ({low}–{high})"),
                              value=value, low="0001-01-02", high="9999-12-30") from None


def date_text(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None


def euros(cents: int | None) -> int | float | None:
    """Cents as a JSON number of euros: 1200000 → 12000, 1234550 → 12345.5."""
    if cents is None:
        return None
    return cents // 100 if cents % 100 == 0 else cents / 100


def natural(text: str) -> tuple[tuple[int, int, str], ...]:
    """Sort key that puts "o2" before "o10"."""
    return tuple(
        (0, int(part), "") if part.isdecimal() else (1, 0, part)
        for part in _DIGITS.split(text) if part
    )
