"""The rules of the conflict checks, on a plain in-memory picture of a trip (a Plan).

All instants are aware UTC; each thing keeps its own zone for the local days and times
people read. "Everyone" (no attendees, travellers or guests listed) means the
participants who are registered or confirmed; waitlisted and withdrawn people are
nowhere. While nobody is registered yet, the programme is checked for a stand-in
person (the delegation as such): overlaps, arrival and buffers apply before people are
added; nights without a hotel are only reported for real people.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from itertools import pairwise

from dateutil import tz as dtz

from delegations.enums import AgendaKind
from delegations.services.conflict_model import DELEGATION, Conflict, ConflictKind
from delegations.services.settings import BUFFER_MINUTES
from delegations.timezones import to_local, zone

STAND_IN = 0  # the participant id of "the delegation" while nobody is registered
CONNECTION = timedelta(hours=6)  # legs closer than this are one journey (a change of planes)
_NO_PLACE = (AgendaKind.TRANSFER, AgendaKind.FREE)  # moving, or free: no buffer needed


@dataclass(frozen=True)
class Item:
    id: int
    title: str
    kind: AgendaKind
    start: datetime
    end: datetime
    zone: str
    location: str = ""
    address: str = ""
    attendees: tuple[int, ...] = ()

    def local(self, instant: datetime | None = None) -> datetime:
        return to_local(instant or self.start, self.zone)

    @property
    def days(self) -> tuple[date, date]:
        """First and last local day it touches (ending at midnight does not touch the next)."""
        last = self.end - timedelta(microseconds=1) if self.end > self.start else self.end
        return self.local().date(), self.local(last).date()


@dataclass(frozen=True)
class Leg:
    id: int
    label: str
    depart: datetime
    arrive: datetime
    depart_zone: str
    arrive_zone: str
    travellers: tuple[int, ...] = ()


@dataclass(frozen=True)
class Stay:
    id: int
    name: str
    check_in: date
    check_out: date
    guests: tuple[int, ...] = ()


@dataclass(frozen=True)
class Plan:
    start: date
    end: date
    zone: str  # where the trip mostly happens (first destination, else home)
    people: dict[int, str]  # present participants by precedence: id -> name
    items: tuple[Item, ...]
    legs: tuple[Leg, ...] = ()
    stays: tuple[Stay, ...] = ()
    buffer: timedelta = timedelta(minutes=BUFFER_MINUTES.default)

    def who(self, ids: tuple[int, ...]) -> tuple[int, ...]:
        """The present people among `ids`; none listed means everyone present."""
        chosen = ids or tuple(self.people)
        return tuple(p for p in self.people if p in chosen)

    def names(self, ids: Iterable[int]) -> tuple[str, ...]:
        return tuple(self.people[p] for p in ids)


def _pair_conflict(plan: Plan, kind: ConflictKind, item: Item, people: Iterable[int],
                   **more: object) -> Conflict:
    named = tuple(p for p in plan.people if p in set(people))
    ids = tuple(p for p in named if p != STAND_IN)  # the stand-in marks nobody
    return Conflict(kind=kind, participant_ids=ids, people=plan.names(named),
                    day=item.local().date(), when=item.local(), **more)  # type: ignore[arg-type]


# ---------------------------------------------------------------------------- items alone


def outside_trip(plan: Plan) -> Iterator[Conflict]:
    """Items touching a local day before the trip's start or after its end."""
    for item in plan.items:
        first, last = item.days
        if first < plan.start or last > plan.end:
            yield Conflict(ConflictKind.OUTSIDE_TRIP, agenda_ids=(item.id,), day=first,
                           subjects=(item.title,), when=item.local())


def ambiguous_times(plan: Plan) -> Iterator[Conflict]:
    """Items whose local start or end reads the same twice (autumn overlap)."""
    for item in plan.items:
        for instant in dict.fromkeys((item.start, item.end)):
            local = item.local(instant)
            if dtz.datetime_ambiguous(local.replace(tzinfo=zone(item.zone))):
                yield Conflict(ConflictKind.AMBIGUOUS_TIME, agenda_ids=(item.id,),
                               day=local.date(), subjects=(item.title,), when=item.local(),
                               moment=local, zone=item.zone)
                break


# ---------------------------------------------------------------------------- people


def _busy(plan: Plan) -> list[Item]:
    return sorted((i for i in plan.items if i.kind != AgendaKind.FREE),
                  key=lambda i: (i.start, i.end, i.id))


def double_booked(plan: Plan) -> Iterator[Conflict]:
    """Pairs of overlapping items with someone in both (free time overlaps nothing)."""
    items = _busy(plan)
    for n, first in enumerate(items):
        for second in items[n + 1:]:
            if second.start >= first.end:
                break
            common = set(plan.who(first.attendees)) & set(plan.who(second.attendees))
            if common:
                yield _pair_conflict(plan, ConflictKind.DOUBLE_BOOKED, second, common,
                                     agenda_ids=(first.id, second.id),
                                     subjects=(first.title, second.title))


def _overlaps(item: Item, leg: Leg) -> bool:
    return item.start < leg.arrive and leg.depart < item.end


def while_travelling(plan: Plan, excused: set[tuple[int, int]]) -> Iterator[Conflict]:
    """Items during a leg the person takes; (item, person) pairs in `excused` are reported
    already (before arrival / after departure)."""
    for item in _busy(plan):
        for leg in plan.legs:
            if not _overlaps(item, leg):
                continue
            common = (set(plan.who(item.attendees)) & set(plan.who(leg.travellers)))
            common -= {p for (i, p) in excused if i == item.id}
            if common:
                yield _pair_conflict(plan, ConflictKind.WHILE_TRAVELLING, item, common,
                                     agenda_ids=(item.id,), travel_ids=(leg.id,),
                                     subjects=(item.title, leg.label))


def legs_of(plan: Plan, person: int) -> list[Leg]:
    """The legs a person travels on, by departure."""
    return sorted((leg for leg in plan.legs if person in plan.who(leg.travellers)),
                  key=lambda leg: (leg.depart, leg.id))


def journey_ends(plan: Plan, legs: list[Leg]) -> tuple[Leg | None, Leg | None]:
    """The leg that brings a person there and the one that takes them away.

    Legs closer than CONNECTION are one journey: the arrival is the last leg of the first
    journey, the departure the first leg of the last. A single journey is the way there
    if it ends before the middle of the trip, the way back if it starts after it, and
    otherwise (a day trip) both: its first leg arrives, its last departs.
    """
    if not legs:
        return None, None
    i = 0
    while i + 1 < len(legs) and legs[i + 1].depart - legs[i].arrive <= CONNECTION:
        i += 1
    j = len(legs) - 1
    while j > 0 and legs[j].depart - legs[j - 1].arrive <= CONNECTION:
        j -= 1
    if i < j:
        return legs[i], legs[j]
    middle = _midpoint(plan)
    if legs[-1].arrive <= middle:
        return legs[-1], None
    if legs[0].depart >= middle:
        return None, legs[0]
    return legs[0], legs[-1]


def _midpoint(plan: Plan) -> datetime:
    first = datetime.combine(plan.start, time(), zone(plan.zone))
    last = datetime.combine(plan.end + timedelta(days=1), time(), zone(plan.zone))
    return first + (last - first) / 2


def arrival_departure(plan: Plan) -> tuple[list[Conflict], set[tuple[int, int]]]:
    """Items before a person's arrival lands or after their departure left; also the
    (item, person) pairs so reported."""
    found: dict[tuple[ConflictKind, int, int], set[int]] = defaultdict(set)
    for person in plan.people:
        arrival, departure = journey_ends(plan, legs_of(plan, person))
        for item in _busy(plan):
            if person not in plan.who(item.attendees):
                continue
            if arrival is not None and item.start < arrival.arrive:
                found[ConflictKind.BEFORE_ARRIVAL, item.id, arrival.id].add(person)
            elif departure is not None and item.end > departure.depart:
                found[ConflictKind.AFTER_DEPARTURE, item.id, departure.id].add(person)
    items = {i.id: i for i in plan.items}
    legs = {leg.id: leg for leg in plan.legs}
    conflicts = []
    for (kind, item_id, leg_id), people in found.items():
        item, leg = items[item_id], legs[leg_id]
        moment = (to_local(leg.arrive, leg.arrive_zone) if kind == ConflictKind.BEFORE_ARRIVAL
                  else to_local(leg.depart, leg.depart_zone))
        conflicts.append(_pair_conflict(plan, kind, item, people, agenda_ids=(item.id,),
                                        travel_ids=(leg.id,), subjects=(item.title, leg.label),
                                        moment=moment))
    excused = {(item_id, p) for (_, item_id, _), people in found.items() for p in people}
    return conflicts, excused


def _place(text: str) -> str:
    return " ".join(text.split()).casefold()


def different_places(a: Item, b: Item) -> bool:
    """Known to be elsewhere: by address when both have one, else by location name."""
    if _place(a.address) and _place(b.address):
        return _place(a.address) != _place(b.address)
    if _place(a.location) and _place(b.location):
        return _place(a.location) != _place(b.location)
    return False


def too_little_time(plan: Plan) -> Iterator[Conflict]:
    """Consecutive items of a person at different places with less than the buffer between."""
    found: dict[tuple[int, int], set[int]] = defaultdict(set)
    for person in plan.people:
        mine = [i for i in _busy(plan) if person in plan.who(i.attendees)]
        for before, after in pairwise(mine):
            gap = after.start - before.end
            if (timedelta(0) <= gap < plan.buffer and before.kind not in _NO_PLACE
                    and after.kind not in _NO_PLACE and different_places(before, after)):
                found[before.id, after.id].add(person)
    items = {i.id: i for i in plan.items}
    for (before_id, after_id), people in found.items():
        before, after = items[before_id], items[after_id]
        minutes = int((after.start - before.end).total_seconds() // 60)
        yield _pair_conflict(plan, ConflictKind.TOO_LITTLE_TIME, after, people,
                             agenda_ids=(before.id, after.id),
                             subjects=(before.title, after.title),
                             numbers=(minutes, int(plan.buffer.total_seconds() // 60)))


# ---------------------------------------------------------------------------- nights


def _nights(plan: Plan, person: int) -> Iterator[date]:
    """The nights a person spends there: from arrival day to the night before leaving."""
    arrival, departure = journey_ends(plan, legs_of(plan, person))
    first = to_local(arrival.arrive, arrival.arrive_zone).date() if arrival else plan.start
    leave = to_local(departure.depart, departure.depart_zone).date() if departure else plan.end
    night = first
    while night < leave:
        yield night
        night += timedelta(days=1)


def _bedded(plan: Plan, person: int, night: date) -> bool:
    """A hotel of theirs covers the night, or they spend it on a leg (night train)."""
    if any(s.check_in <= night < s.check_out and person in plan.who(s.guests)
           for s in plan.stays):
        return True
    small_hours = datetime.combine(night + timedelta(days=1), time(3), zone(plan.zone))
    return any(leg.depart <= small_hours < leg.arrive for leg in legs_of(plan, person))


def no_accommodation(plan: Plan) -> Iterator[Conflict]:
    """Nights someone is there without a hotel of theirs, one conflict per night."""
    missing: dict[date, list[int]] = defaultdict(list)
    for person in (p for p in plan.people if p != STAND_IN):
        for night in _nights(plan, person):
            if not _bedded(plan, person, night):
                missing[night].append(person)
    for night, people in sorted(missing.items()):
        yield Conflict(ConflictKind.NO_ACCOMMODATION, participant_ids=tuple(people),
                       day=night, people=plan.names(people))


def all_conflicts(plan: Plan) -> list[Conflict]:
    """Every check on the plan, sorted by day, time, kind and ids."""
    if not plan.people:
        plan = replace(plan, people={STAND_IN: DELEGATION})
    ends, excused = arrival_departure(plan)
    found = [*outside_trip(plan), *ambiguous_times(plan), *double_booked(plan), *ends,
             *while_travelling(plan, excused), *too_little_time(plan),
             *no_accommodation(plan)]
    return sorted(found, key=Conflict.sort_key)
