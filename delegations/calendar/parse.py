"""Reading a calendar file into events, with errors that name the file and the line.

A host's programme may come from any program: Outlook (Windows zone names), Google
(UTC times), Apple (floating times), hand-edited files. The file's syntax must be
sound (one clear error otherwise); events are then taken one by one, repeating ones
expanded within a window of dates.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import recurring_ical_events
from icalendar import Calendar, Component

from delegations.calendar.bounds import (
    Allowance,
    RepeatsTooOften,
    ends_before_start,
    steps,
    zone_problem,
)
from delegations.errors import ValidationError
from delegations.exchange.limits import CALENDAR_EVENTS, check_size
from delegations.exchange.reader import UnreadableFile
from delegations.exchange.textfile import decode
from delegations.i18n import N_, gettext

_CONTENT_LINE = re.compile(r"^[A-Za-z0-9-]+[;:]")


class CalendarFileError(ValidationError):
    """The file is not a readable calendar; the message names the file and line."""


@dataclass(frozen=True)
class Occurrence:
    """One event happening once: the source's UID (plus the occurrence for repeats)."""

    uid: str
    event: Component
    line: int  # where the event begins in the file
    problem: str = ""  # why its repetitions could not be expanded, if so


@dataclass(frozen=True)
class CalendarFile:
    name: str
    calendar: Component
    event_lines: tuple[int, ...]  # first line of each VEVENT, in file order

    @property
    def default_zone(self) -> str:
        """The calendar-wide zone Google and Apple write (X-WR-TIMEZONE), or ''."""
        return str(self.calendar.get("X-WR-TIMEZONE", "")).strip()


def _fail(name: str, line: int | None, reason: str) -> CalendarFileError:
    if line is None:
        return CalendarFileError("", N_("{file}: {reason}"), file=name, reason=reason)
    return CalendarFileError("", N_("{file}, line {line}: {reason}"), file=name, line=line,
                             reason=reason)


def _text(raw: bytes, name: str) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else Windows-1252 as
    old Outlook writes; bytes that fit none fail naming their line (never silently '�')."""
    try:
        return decode(raw, name).text
    except UnreadableFile as err:
        raise CalendarFileError(err.field, err.template, **err.params) from None


def _bad_line(lines: list[str]) -> int | None:
    for number, line in enumerate(lines, 1):
        if line.strip() and not line[:1].isspace() and not _CONTENT_LINE.match(line):
            return number
    return None


def read_calendar(path: str | Path) -> CalendarFile:
    """The calendar in a file; CalendarFileError when it is not one (OSError passes)."""
    name = str(path)
    try:
        check_size(path)
    except UnreadableFile as err:
        raise CalendarFileError(err.field, err.template, **err.params) from None
    text = _text(Path(path).read_bytes(), name)
    lines = text.splitlines()
    if not any(line.upper().startswith("BEGIN:V") for line in lines):
        raise _fail(name, None, N_("not an iCalendar file (no BEGIN:VCALENDAR)"))
    zone = zone_problem(lines)  # before the parser, which would fail without a line
    if zone is not None:
        raise _fail(name, *zone)
    try:
        parsed = Calendar.from_ical(text)
    except (ValueError, IndexError, KeyError) as err:
        raise _fail(name, _bad_line(lines), str(err)) from None
    if parsed.name == "VEVENT":  # a bare event, as some programs send it
        wrapper = Calendar()
        wrapper.add_component(parsed)
        parsed = wrapper
    starts = tuple(n for n, line in enumerate(lines, 1)
                   if line.strip().upper() == "BEGIN:VEVENT")
    if len(starts) > CALENDAR_EVENTS:
        raise _fail(name, starts[CALENDAR_EVENTS], gettext(N_(
            "more than {limit} events in one file; split it into smaller files")).format(
            limit=CALENDAR_EVENTS))
    calendar = CalendarFile(name, parsed, starts)
    _check_events(calendar, lines)
    return calendar


#: Properties an event has at most once (RFC 5545 3.6.1); twice, the file is unsound.
_ONCE = ("UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "LOCATION", "DESCRIPTION",
         "STATUS", "RECURRENCE-ID")


def _check_events(calendar: CalendarFile, lines: list[str]) -> None:
    """Properties the parser could not read make the whole file fail, at their line."""
    for event, first in zip(calendar.calendar.walk("VEVENT"), calendar.event_lines,
                            strict=False):
        twice = next((name for name in _ONCE if isinstance(event.get(name), list)), None)
        if twice is not None:
            line = _property_line(lines, _property_line(lines, first, twice) + 1, twice)
            raise _fail(calendar.name, line, gettext(N_("{name} appears twice in one event"))
                        .format(name=twice))
        for prop, reason in getattr(event, "errors", []):
            line = _quoted_line(lines, first, str(reason)) or _property_line(lines, first, prop)
            raise _fail(calendar.name, line, f"{prop or ''} {reason}".strip())


def _quoted_line(lines: list[str], first: int, reason: str) -> int | None:
    """The line of the event that the parser's message quotes, if it does."""
    for number in range(first, len(lines) + 1):
        text = lines[number - 1].strip()
        if text.upper().startswith("END:VEVENT"):
            break
        if len(text) > 8 and text in reason:
            return number
    return None


def _property_line(lines: list[str], first: int, prop: str | None) -> int:
    for number in range(first, len(lines) + 1):
        line = lines[number - 1].upper()
        if line.startswith("END:VEVENT"):
            break
        if prop and re.match(rf"^{re.escape(prop.upper())}[;:]", line):
            return number
        if not prop and not _CONTENT_LINE.match(line) and not line[:1].isspace():
            return number
    return first


def _uid(event: Component) -> str:
    uid = str(event.get("UID", "")).strip()
    if uid:
        return uid
    basis = f"{event.get('SUMMARY', '')}|{event.get('DTSTART').to_ical()!r}"
    return "nouid-" + hashlib.sha256(basis.encode()).hexdigest()[:20]


def _repeats(group: list[Component]) -> bool:
    return len(group) > 1 or any(k in group[0] for k in ("RRULE", "RDATE", "RECURRENCE-ID"))


def occurrences(calendar: CalendarFile, first: date, last: date) -> tuple[list[Occurrence],
                                                                          list[tuple[int, Any]]]:
    """Events happening between two days (repeats expanded); also (line, event) of events
    without a start."""
    groups: dict[str, list[tuple[Component, int]]] = {}
    startless: list[tuple[int, Any]] = []
    for event, line in zip(calendar.calendar.walk("VEVENT"), calendar.event_lines,
                           strict=False):
        if "DTSTART" not in event:
            startless.append((line, event))
            continue
        groups.setdefault(_uid(event), []).append((event, line))
    found: list[Occurrence] = []
    allowance = Allowance()  # one for the file: a hostile file cannot make the import hang
    for uid, group in groups.items():
        events = [e for e, _ in group]
        line = group[0][1]
        if not _repeats(events):
            found.append(Occurrence(uid, events[0], line))
            continue
        found += _expanded(calendar, uid, events, line, (first, last), allowance)
    return found, startless


def _endless(events: list[Component]) -> bool:
    """A rule with INTERVAL=0 (or less) names the same moment again and again."""
    for event in events:
        for rule in _rules(event):
            if any(_number(value) < 1 for value in rule.get("INTERVAL", [])):
                return True
    return False


def _number(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _expanded(calendar: CalendarFile, uid: str, events: list[Component], line: int,
              window: tuple[date, date], allowance: Allowance) -> list[Occurrence]:
    """The occurrences of a repeating event; if its rule cannot be followed (or would take
    too long to), the event as written once, with the reason."""
    try:
        _check_rules(events, window, allowance)
        expanded = recurring_ical_events.of(_alone(calendar, events)).between(*window)
        allowance.produced(len(expanded))
    except Exception as err:  # the library raises many kinds for rules it cannot follow
        master = next((e for e in events if "RECURRENCE-ID" not in e), events[0])
        return [Occurrence(uid, master, line, problem=str(err) or type(err).__name__)]
    result = []
    for occurrence in expanded:
        rid = occurrence.get("RECURRENCE-ID")
        moment = rid.dt if rid is not None else occurrence.decoded("DTSTART")
        result.append(Occurrence(f"{uid}/{_stamp(moment)}", occurrence, line))
    return result


def _check_rules(events: list[Component], window: tuple[date, date],
                 allowance: Allowance) -> None:
    """RepeatsTooOften, before the library starts, for rules it could not finish soon."""
    if _endless(events):
        raise RepeatsTooOften(gettext(N_("INTERVAL=0 would repeat it without end")))
    needed = within = 0
    first, last = window
    for event in events:
        start = event.decoded("DTSTART")
        for rule in _rules(event):
            if ends_before_start(rule, start):
                raise RepeatsTooOften(gettext(N_("its repetition ends (UNTIL) before it "
                                                 "starts")))
            needed += steps(rule, start, last)
            within += steps(rule, max(_day(start), first), last)
    allowance.before_event(needed, within)


def _day(moment: date | datetime) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _rules(event: Component) -> list[Any]:
    rules = event.get("RRULE")
    return rules if isinstance(rules, list) else [rules] if rules else []


_TZID = re.compile(r"TZID=\"?([^:;\"]+)")


def _alone(calendar: CalendarFile, events: list[Component]) -> Component:
    """A calendar of the events and only the time zones they name."""
    single = Calendar()
    named = {tzid for event in events
             for tzid in _TZID.findall(event.to_ical().decode("utf-8", "replace"))}
    for zone_part in calendar.calendar.walk("VTIMEZONE"):
        if str(zone_part.get("TZID", "")) in named:
            single.add_component(zone_part)
    for event in events:
        single.add_component(event)
    return single


def _stamp(moment: date | datetime) -> str:
    if isinstance(moment, datetime):
        if moment.tzinfo is not None:
            return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
        return moment.strftime("%Y%m%dT%H%M%S")
    return moment.strftime("%Y%m%d")
