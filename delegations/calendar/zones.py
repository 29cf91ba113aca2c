"""Time zones in calendar files: VTIMEZONE components out, TZID names in.

Out: one VTIMEZONE per zone used, built from the IANA database for the years around
the trip, each change of offset as its own observance whose DTSTART is the local time
before the change (RFC 5545 §3.6.5).
In: a TZID may be an IANA name, a Windows name from Outlook/Exchange ("W. Europe
Standard Time"), a vendor path ("/mozilla.org/20050126_1/Europe/Berlin") or a made-up
name ("custom_America/New_York"); anything else is not known.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import cache

from icalendar import Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from delegations.timezones import is_valid_zone, zone


def iana_name(tzid: str | None) -> str | None:
    """The IANA zone a TZID stands for, or None when it is not known."""
    if not tzid:
        return None
    cleaned = tzid.strip().strip('"').strip("/")
    candidates = [cleaned, WINDOWS_TO_OLSON.get(cleaned, "")]
    for prefix in ("custom_", "custom "):
        if cleaned.startswith(prefix):
            candidates.append(cleaned[len(prefix):])
    parts = cleaned.split("/")
    candidates += ["/".join(parts[n:]) for n in range(1, len(parts))]
    return _first_valid(candidates)


def _first_valid(candidates: list[str]) -> str | None:
    for name in candidates:
        if name and (("/" in name) or name == "UTC") and is_valid_zone(name):
            return name
    return None


def _offset(name: str, instant: datetime) -> timedelta:
    return instant.astimezone(zone(name)).utcoffset() or timedelta(0)


def _transitions(name: str, first: date, last: date) -> list[datetime]:
    """UTC instants (to the minute) where the zone's offset or DST flag changes."""
    found = []
    step = timedelta(hours=12)  # offsets never change twice within half a day
    moment = datetime(first.year, first.month, first.day, tzinfo=UTC)
    end = datetime(last.year, last.month, last.day, tzinfo=UTC)
    previous = _state(name, moment)
    while moment < end:
        following = moment + step
        state = _state(name, following)
        if state != previous:
            found.append(_change(name, moment, following, previous))
            previous = state
        moment = following
    return found


def _change(name: str, low: datetime, high: datetime,
            before: tuple[timedelta | None, timedelta | None]) -> datetime:
    """The first whole second after `low` at which the zone is no longer in `before`."""
    low_s, high_s = int(low.timestamp()), int(high.timestamp())
    while high_s - low_s > 1:
        middle = (low_s + high_s) // 2
        if _state(name, datetime.fromtimestamp(middle, UTC)) == before:
            low_s = middle
        else:
            high_s = middle
    return datetime.fromtimestamp(high_s, UTC)


def _state(name: str, instant: datetime) -> tuple[timedelta | None, timedelta | None]:
    local = instant.astimezone(zone(name))
    return local.utcoffset(), local.dst()


def _observance(name: str, instant: datetime,
                before: timedelta) -> TimezoneDaylight | TimezoneStandard:
    local = instant.astimezone(zone(name))
    after = local.utcoffset() or timedelta(0)
    part: TimezoneDaylight | TimezoneStandard = (
        TimezoneDaylight() if local.dst() else TimezoneStandard())
    part.add("DTSTART", (instant + before).replace(tzinfo=None))  # local time before it
    part.add("TZOFFSETFROM", before)
    part.add("TZOFFSETTO", after)
    part.add("TZNAME", local.tzname() or "")
    return part


@cache
def vtimezone(name: str, first: date, last: date) -> Timezone:
    """The VTIMEZONE of an IANA zone, valid from `first` to `last`."""
    component = Timezone()
    component.add("TZID", name)
    component.add("X-LIC-LOCATION", name)
    start = datetime(first.year, first.month, first.day, tzinfo=UTC)
    opening = _offset(name, start)
    component.add_component(_observance(name, start, opening))
    for instant in _transitions(name, first, last):
        before = _offset(name, instant - timedelta(minutes=1))
        component.add_component(_observance(name, instant, before))
    return component
