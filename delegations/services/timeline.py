"""The trip laid out day by day: agenda items, travel legs and hotel nights where they fall.

The programme tab shows these days; the arithmetic of days and zones lives in the core.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from delegations.services.dto import AgendaRow, CityRow, StayRow, TravelRow
from delegations.services.programme import zone_place
from delegations.timezones import to_local, to_utc

AGENDA, TRAVEL, CHECK_IN, CHECK_OUT = "agenda", "travel", "check_in", "check_out"
# Hotels have dates only: a check-out is placed in the morning, a check-in in the afternoon.
_STAY_HOURS = {CHECK_OUT: 11, CHECK_IN: 15}


@dataclass(frozen=True)
class Places:
    """What is needed to name zones: the trip's destinations and the home city."""

    destinations: tuple[CityRow, ...]
    home_name: str
    home_zone: str | None
    trip_zone: str  # where the programme happens unless an item says otherwise
    at_home: bool = False  # a visit or forum held in the home city

    def name(self, zone: str) -> str:
        return zone_place(zone, self.destinations, self.home_name, self.home_zone,
                          at_home=self.at_home)

    def home(self, moment: datetime) -> datetime | None:
        """The same instant on the home clock, or None when the clocks agree."""
        if not self.home_zone:
            return None
        there = to_local(moment, self.home_zone)
        return None if there.utcoffset() == moment.utcoffset() else there


@dataclass(frozen=True)
class Entry:
    """One line of a day: `kind` is agenda, travel, check_in or check_out."""

    kind: str
    ident: int
    day: date
    order: datetime  # UTC, for sorting within the day
    row: AgendaRow | TravelRow | StayRow

    @property
    def key(self) -> tuple[str, int]:
        """What a conflict or a selection refers to (both hotel lines share the stay)."""
        return ("stay" if self.kind in _STAY_HOURS else self.kind), self.ident


@dataclass(frozen=True)
class Day:
    day: date
    entries: tuple[Entry, ...]
    in_trip: bool


def _stay_entries(stay: StayRow, zone: str) -> list[Entry]:
    out = []
    for kind, day in ((CHECK_IN, stay.check_in), (CHECK_OUT, stay.check_out)):
        order = to_utc(datetime.combine(day, time(_STAY_HOURS[kind])), zone, "check_in")
        out.append(Entry(kind, stay.id, day, order, stay))
    return out


def _entries(agenda: Iterable[AgendaRow], legs: Iterable[TravelRow],
             stays: Iterable[StayRow], zone: str) -> list[Entry]:
    out = [Entry(AGENDA, a.id, a.start.date(), a.start.astimezone(UTC), a) for a in agenda]
    out += [Entry(TRAVEL, leg.id, leg.depart.date(), leg.depart.astimezone(UTC), leg)
            for leg in legs]
    for stay in stays:
        out += _stay_entries(stay, zone)
    return out


def build_days(start: date, end: date, agenda: Sequence[AgendaRow], legs: Sequence[TravelRow],
               stays: Sequence[StayRow], zone: str) -> list[Day]:
    """Every day of the trip (empty ones too), and any day outside it that has entries."""
    entries = _entries(agenda, legs, stays, zone)
    wanted = {start + timedelta(days=n) for n in range((end - start).days + 1)}
    wanted |= {e.day for e in entries}
    days = []
    for day in sorted(wanted):
        mine = sorted((e for e in entries if e.day == day),
                      key=lambda e: (e.order, e.kind, e.ident))
        days.append(Day(day, tuple(mine), start <= day <= end))
    return days
