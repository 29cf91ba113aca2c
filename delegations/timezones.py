"""Local wall time ⇄ UTC instants, with daylight-saving gaps and overlaps made explicit.

The store keeps instants in UTC beside the IANA zone of the place; people type and
read the local time of the place. A local time that does not exist (spring gap) or
occurs twice (autumn overlap) is refused unless the caller settles it with an offset.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from dateutil import tz as dtz

from delegations.errors import ValidationError
from delegations.i18n import N_


class NonexistentTimeError(ValidationError):
    """The local time falls into a daylight-saving gap."""


class AmbiguousTimeError(ValidationError):
    """The local time occurs twice (daylight-saving overlap)."""


@cache
def zone(name: str, field: str = "timezone") -> ZoneInfo:
    """The ZoneInfo for an IANA name, or a ValidationError naming the unknown zone."""
    if not name or not isinstance(name, str):
        raise ValidationError(field, N_("a time zone is required"))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a name too long for a path
        raise ValidationError(field, N_("unknown time zone '{zone}'"), zone=name) from None


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except ValidationError:
        return False
    return True


@cache
def all_zones() -> list[str]:
    """Every IANA zone name known here, sorted (for pickers)."""
    return sorted(z for z in available_timezones() if "/" in z and not z.startswith("Etc/"))


def to_utc(local: datetime, zone_name: str, field: str = "start") -> datetime:
    """The UTC instant of a naive local wall time in `zone_name`.

    An aware `local` (explicit offset) is taken as it is: that is how a caller
    settles an ambiguous or nonexistent time on purpose.
    """
    tzinfo = zone(zone_name, "timezone")
    if local.tzinfo is not None:
        return local.astimezone(UTC)
    candidate = local.replace(tzinfo=tzinfo)
    if not dtz.datetime_exists(candidate):
        raise NonexistentTimeError(
            field,
            N_("{time} does not exist in {zone} "
               "(clocks move forward at the daylight-saving change)"),
            time=local.strftime("%Y-%m-%d %H:%M"), zone=zone_name,
        )
    if dtz.datetime_ambiguous(candidate):
        raise AmbiguousTimeError(
            field,
            N_("{time} occurs twice in {zone} (clocks move back at the daylight-saving change); "
               "give an explicit UTC offset"),
            time=local.strftime("%Y-%m-%d %H:%M"), zone=zone_name,
        )
    return candidate.astimezone(UTC)


def to_local(instant: datetime, zone_name: str) -> datetime:
    """The aware local time in `zone_name` of a UTC instant (naive means UTC)."""
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(zone(zone_name))


def utc_offset_label(instant: datetime, zone_name: str) -> str:
    """'UTC+01:00'-style label of the zone's offset at that instant."""
    offset = to_local(instant, zone_name).utcoffset() or timedelta(0)
    total = int(offset.total_seconds() // 60)
    sign = "+" if total >= 0 else "-"
    hours, minutes = divmod(abs(total), 60)
    return f"UTC{sign}{hours:02d}:{minutes:02d}"


def zones_differ(a: str, b: str, on: date) -> bool:
    """Whether two zones show different wall times at noon UTC on a given day."""
    noon = datetime(on.year, on.month, on.day, 12, tzinfo=UTC)
    return to_local(noon, a).utcoffset() != to_local(noon, b).utcoffset()


def parse_local(text: str, field: str) -> datetime:
    """An ISO 8601 local date-time from the exchange format (offset allowed)."""
    try:
        return datetime.fromisoformat(text)
    except (TypeError, ValueError):
        raise ValidationError(
            field, N_("'{value}' is not a date and time (YYYY-MM-DDTHH:MM)"), value=text
        ) from None
