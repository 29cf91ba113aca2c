"""The programme arranged for reading: day by day in the place's local time, home time beside.

The screen (trip overview, programme tab) and the printed documents name places by the
same rule, `zone_place`, so that screen and paper agree.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import groupby

from delegations.services.dto import AgendaRow, CityRow
from delegations.timezones import to_local


@dataclass(frozen=True)
class ProgrammeLine:
    item: AgendaRow
    home_start: datetime | None  # the same instants in the home zone, when it differs
    home_end: datetime | None


@dataclass(frozen=True)
class ProgrammeDay:
    day: date  # the local date of the place
    zones: tuple[str, ...]  # the zones of that day's items, in order of appearance
    lines: tuple[ProgrammeLine, ...]


def _line(item: AgendaRow, home_zone: str | None) -> ProgrammeLine:
    if not home_zone or item.start.utcoffset() == to_local(item.start, home_zone).utcoffset():
        return ProgrammeLine(item, None, None)
    return ProgrammeLine(item, to_local(item.start, home_zone), to_local(item.end, home_zone))


def programme_days(agenda: Iterable[AgendaRow], home_zone: str | None) -> list[ProgrammeDay]:
    """Agenda items grouped by their local date, in time order."""
    items = sorted(agenda, key=lambda a: (a.start.date(), a.start, a.id))
    days = []
    for day, group in groupby(items, key=lambda a: a.start.date()):
        lines = tuple(_line(item, home_zone) for item in group)
        zones = tuple(dict.fromkeys(line.item.timezone for line in lines))
        days.append(ProgrammeDay(day, zones, lines))
    return days


def has_home_times(days: Sequence[ProgrammeDay]) -> bool:
    return any(line.home_start is not None for day in days for line in day.lines)


def zone_place(zone: str, destinations: Iterable[CityRow], home_name: str = "",
               home_zone: str | None = None, *, at_home: bool = False) -> str:
    """A place people know for a zone: a destination in it, the home city, or the zone's city.

    A visit or forum held at home (`at_home`) names the home city even where a guests'
    city shares its zone (the Kiel forum is not on Stralsund time).
    """
    if at_home and home_name and zone == home_zone:
        return home_name
    for city in destinations:
        if city.timezone == zone:
            return city.name
    if home_name and zone == home_zone:
        return home_name
    return zone.rsplit("/", 1)[-1].replace("_", " ")
