"""Bounds on the work a calendar file may cause, so that no file can hang an import.

A rule such as `FREQ=SECONDLY` from 1990, or one that can never match
(`FREQ=HOURLY;BYMONTH=2;BYMONTHDAY=30`), makes the recurrence library step through
millions of moments before it finds out; a time zone whose offset "changes" every
second makes every conversion of a time do the same. The library is never interrupted
while it works (it holds locks of its own, and a zone interrupted half-way would hang the
next conversion): instead the steps a rule needs are estimated from the rule itself
before it is expanded, occurrences are counted as they come, and a deadline is checked
between events. A rule over the bound is imported once with a note; a time zone whose
changes do not repeat yearly is refused, naming its line.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from delegations.i18n import N_, gettext

#: Steps the library may take for one event's rule (an hourly rule since 2000: 230 000).
EVENT_STEPS = 500_000
#: Occurrences one event may have within the trip (every quarter hour for 50 days: 4 800).
EVENT_OCCURRENCES = 5_000
#: Steps, occurrences and seconds all the repeating events of one file may take together.
FILE_STEPS = 3_000_000
FILE_OCCURRENCES = 20_000
FILE_SECONDS = 20.0
#: Time zones one file may define (a real file defines one per zone it uses: a few).
FILE_ZONES = 50
#: Steps one change of a time zone may take (on a day of the year since 1601: 160 000).
ZONE_STEPS = 200_000

_PERIOD = {"SECONDLY": 1, "MINUTELY": 60, "HOURLY": 3600, "DAILY": 86_400,
           "WEEKLY": 604_800, "MONTHLY": 2_629_746, "YEARLY": 31_556_952}
_DAYS = {"WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
_DAY_PARTS = ("BYMONTH", "BYWEEKNO", "BYYEARDAY", "BYMONTHDAY", "BYDAY")
_TIME_PARTS = (("BYHOUR", "DAILY"), ("BYMINUTE", "HOURLY"), ("BYSECOND", "MINUTELY"))
_ORDER = list(_PERIOD)


class RepeatsTooOften(Exception):
    """The expansion was not done; the message says why, for the import's note."""


def too_often() -> str:
    return gettext(N_("it repeats too often to be worked out"))


@dataclass
class Allowance:
    """What is left of one file's allowance for repeating events."""

    steps: int = FILE_STEPS
    occurrences: int = FILE_OCCURRENCES
    deadline: float = field(default_factory=lambda: time.monotonic() + FILE_SECONDS)

    def before_event(self, steps: int, within: int) -> None:
        """Reserve `steps` (and at most `within` occurrences) for the next event, or
        RepeatsTooOften; checked between events, never while the library works."""
        if (steps > min(EVENT_STEPS, self.steps) or within > EVENT_OCCURRENCES
                or within > self.occurrences or time.monotonic() > self.deadline):
            raise RepeatsTooOften(too_often())
        self.steps -= steps

    def produced(self, count: int) -> None:
        """Count occurrences as they come; RepeatsTooOften once the file has too many."""
        self.occurrences -= count
        if self.occurrences < 0:
            raise RepeatsTooOften(too_often())


def steps(rule: Any, start: date | datetime, end: date | datetime) -> int:
    """An upper estimate of the moments the library steps through for `rule` (an
    icalendar vRecur) from `start` until `end`."""
    freq = str(_first(rule.get("FREQ")) or "").upper()
    if freq not in _PERIOD:
        return 0
    interval = max(1, _int(_first(rule.get("INTERVAL")), 1))
    until = _first(rule.get("UNTIL"))
    if until is not None and _seconds(until) < _seconds(end):
        end = until
    span = max(0.0, _seconds(end) - _seconds(start))
    periods = int(span // (_PERIOD[freq] * interval)) + 1
    return periods * _per_period(rule, freq)


def _per_period(rule: Any, freq: str) -> int:
    """How many candidate moments one period of the rule may hold."""
    count = _DAYS.get(freq, 1) if any(rule.get(p) for p in _DAY_PARTS) else 1
    for part, coarsest in _TIME_PARTS:
        if _ORDER.index(freq) >= _ORDER.index(coarsest):
            count *= max(1, len(rule.get(part) or []))
    return count


def ends_before_start(rule: Any, start: date | datetime) -> bool:
    until = _first(rule.get("UNTIL"))
    return until is not None and _seconds(until) < _seconds(start)


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _int(value: Any, default: int) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _seconds(moment: date | datetime) -> float:
    if isinstance(moment, datetime):
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.timestamp()
    return datetime(moment.year, moment.month, moment.day, tzinfo=UTC).timestamp()


# ---------------------------------------------------------------------- time zones

_ZONE_END = date(2038, 12, 31)  # the library stops zone rules there
_OFFSET = re.compile(r"^[+-](?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?$")
_OBSERVANCE = re.compile(r"^BEGIN:(STANDARD|DAYLIGHT)$", re.IGNORECASE)


def zone_problem(lines: list[str]) -> tuple[int, str] | None:
    """(line, reason) of the first VTIMEZONE part a conversion could not finish, else None.

    A change of offset must repeat at most yearly, as in every real zone, pick few moments
    a year, and say when it starts and what the offsets are.
    """
    inside, begun, seen, zones = False, 0, dict[str, tuple[int, str]](), 0
    for number, line in _unfolded(lines):
        upper = line.upper()
        if upper in ("BEGIN:VTIMEZONE", "END:VTIMEZONE"):
            inside = upper.startswith("BEGIN")
            zones += inside
            if zones > FILE_ZONES:
                return number, gettext(N_("more than {count} time zones in one file")).format(
                    count=FILE_ZONES)
        elif inside and _OBSERVANCE.match(upper):
            begun, seen = number, {}
        elif inside and begun and upper.startswith(("END:STANDARD", "END:DAYLIGHT")):
            problem = _observance_problem(begun, seen)
            if problem is not None:
                return problem
            begun = 0
        elif inside and begun:
            seen.setdefault(re.split(r"[;:]", upper, maxsplit=1)[0], (number, line))
    return None


def _observance_problem(begun: int, seen: dict[str, tuple[int, str]]) -> tuple[int, str] | None:
    missing = sorted({"DTSTART", "TZOFFSETFROM", "TZOFFSETTO"} - set(seen))
    if missing:
        return begun, gettext(N_("a change of time zone without {name}")).format(
            name=missing[0])
    for name in ("TZOFFSETFROM", "TZOFFSETTO"):
        number, line = seen[name]
        if not _OFFSET.match(line.split(":", 1)[-1].strip()):
            return number, gettext(N_("{name} is not an offset such as +0100")).format(
                name=name)
    if "RRULE" in seen and not _yearly(seen["RRULE"][1], seen["DTSTART"][1]):
        return seen["RRULE"][0], gettext(N_("a change of time zone must repeat at most "
                                            "once a year, on few days"))
    return None


def _yearly(rule_line: str, start_line: str) -> bool:
    """A zone rule that repeats yearly and picks few moments a year."""
    from icalendar.prop import vDDDTypes, vRecur

    try:
        rule = vRecur.from_ical(rule_line.split(":", 1)[1])
        start = vDDDTypes.from_ical(start_line.split(":", 1)[1])
    except (ValueError, IndexError, TypeError):
        return False
    freq = str(_first(rule.get("FREQ")) or "").upper()
    return freq == "YEARLY" and steps(rule, start, _ZONE_END) <= ZONE_STEPS


def _unfolded(lines: list[str]) -> list[tuple[int, str]]:
    """Content lines with their folded continuations joined, each with its first line."""
    out: list[tuple[int, str]] = []
    for number, line in enumerate(lines, 1):
        if line[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + line[1:])
        else:
            out.append((number, line.strip()))
    return out
